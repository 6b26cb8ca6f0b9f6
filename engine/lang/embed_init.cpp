// engine/lang/embed_init.cpp — the value of a //go:embed variable (gc's staticdata.WriteEmbed):
// its type picks the kind (string, []byte — also named ones, as gc tests the kind — or
// embed.FS, also through an alias), the files its patterns named are listed in embed.FS's
// order, and an initializer is synthesized: a string constant, a []byte conversion of one, or
// embed.build(one packed constant) for an FS (engine/lang/std/go/embed/embed.go).
#include <algorithm>
#include <set>
#include <tuple>

#include "lang/context.h"
#include "lang/embed.h"
#include "lang/frontend.h"
#include "lang/type_preds.h"

namespace gort::lang {

namespace {

enum class EmbedKind { Unknown, Bytes, String, Files };

EmbedKind kind_of(Type* t) {
  if (t->kind == TypeKind::Named) {
    TypeName* n = static_cast<Named*>(t)->obj;
    if (n && n->name == "FS" && n->pkg && n->pkg->path == "embed") return EmbedKind::Files;
  }
  Type* u = underlying(t);
  if (!u) return EmbedKind::Unknown;
  if (u->kind == TypeKind::Basic && static_cast<Basic*>(u)->bkind == BasicKind::String) return EmbedKind::String;
  if (u->kind == TypeKind::Slice) {
    Basic* e = as_basic(static_cast<Slice*>(u)->elem);
    if (e && e->bkind == BasicKind::Uint8) return EmbedKind::Bytes;
  }
  return EmbedKind::Unknown;
}

// embed.FS's order: by directory, then by element ("q/" sorts as q in ".").
std::tuple<std::string, std::string> split(const std::string& name) {
  std::string n = name;
  if (!n.empty() && n.back() == '/') n.pop_back();
  size_t i = n.rfind('/');
  if (i == std::string::npos) return {".", n};
  return {n.substr(0, i), n.substr(i + 1)};
}

BasicLit* string_lit(File& f, Pos at, std::string data, Type* t) {
  auto* lit = f.arena.make<BasicLit>();
  lit->pos = at;
  lit->tok = Tok::String;
  lit->tv.mode = Mode::Constant;
  lit->tv.type = t;
  lit->tv.val = ConstValue::make_string(data);
  lit->value = std::move(data);
  return lit;
}

}  // namespace

void init_embed_vars(Program& prog, const std::vector<ValueSpec*>& specs, const EmbedPatternFiles& patterns,
                     const EmbedFiles* fs, std::vector<Diagnostic>& diags) {
  std::vector<VarInit> inits;
  std::set<Var*> embedded;
  for (ValueSpec* vs : specs) {
    if (vs->embeds.empty() || vs->names.size() != 1 || !vs->names[0]->obj) continue;
    auto* v = static_cast<Var*>(vs->names[0]->obj);
    Pos vpos{v->line, v->col};
    EmbedKind kind = kind_of(v->type);
    if (kind == EmbedKind::Unknown) {
      diags.push_back({vpos, "go:embed cannot apply to var of type " + type_string(v->type)});
      continue;
    }
    // embedFileList: the patterns' files once each, with their directories for an FS.
    std::set<std::string> have;
    std::vector<std::string> list;
    for (const EmbedPattern& p : vs->embeds) {
      auto it = patterns.find(p.pattern);
      if (it == patterns.end()) continue;  // not resolved: go build reported it
      for (const std::string& file : it->second) {
        if (have.insert(file).second) list.push_back(file);
        if (kind != EmbedKind::Files) continue;
        for (std::string d = file; d.find('/') != std::string::npos;) {
          d = d.substr(0, d.rfind('/'));
          if (!have.insert(d).second) break;
          list.push_back(d + "/");
        }
      }
    }
    std::sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) { return split(a) < split(b); });
    if (kind != EmbedKind::Files && list.size() != 1) {
      diags.push_back({vpos, "invalid go:embed: multiple files for type " + type_string(v->type)});
      break;  // gc then indexes the empty list it returned: it stops there, printing what it has
    }
    File& f = *prog.file;
    Expr* rhs = nullptr;
    if (kind == EmbedKind::String) {
      rhs = string_lit(f, vpos, fs ? fs->read(list[0]) : "", v->type);
    } else if (kind == EmbedKind::Bytes) {
      auto* c = f.arena.make<CallExpr>();
      c->pos = vpos;
      c->call_kind = CallKind::Conversion;
      c->tv.mode = Mode::Value;
      c->tv.type = v->type;
      c->args.push_back(string_lit(f, vpos, fs ? fs->read(list[0]) : "", prog.ctx->basic(BasicKind::String)));
      rhs = c;
    } else {
      // embed.build(packed): name NUL len NUL data, per file (embed.go).
      auto pit = prog.ctx->std_pkgs.find("embed");
      Object* build = pit == prog.ctx->std_pkgs.end() ? nullptr : pit->second->scope->lookup_local("build");
      if (!build || build->kind != ObjKind::Func) {
        diags.push_back({vpos, "internal error: embed.build missing"});
        continue;
      }
      std::string packed;
      for (const std::string& name : list) {
        std::string data = name.back() == '/' || !fs ? std::string() : fs->read(name);
        packed += name;
        packed += '\0';
        packed += std::to_string(data.size());
        packed += '\0';
        packed += data;
      }
      auto* id = f.arena.make<Ident>();
      id->pos = vpos;
      id->name = "build";
      id->obj = build;
      id->tv.mode = Mode::Value;
      id->tv.type = build->type;
      auto* c = f.arena.make<CallExpr>();
      c->pos = vpos;
      c->fun = id;
      c->call_kind = CallKind::Func;
      c->tv.mode = Mode::Value;
      c->tv.type = v->type;
      c->args.push_back(string_lit(f, vpos, std::move(packed), prog.ctx->basic(BasicKind::String)));
      rhs = c;
    }
    embedded.insert(v);
    VarInit vi;
    vi.lhs.push_back(v);
    vi.rhs = rhs;
    inits.push_back(vi);
  }
  if (inits.empty()) return;
  // The variable's own (zero) entry goes: the embedded value is there before any initializer.
  auto& vis = prog.var_inits;
  vis.erase(std::remove_if(vis.begin(), vis.end(),
                           [&](const VarInit& vi) { return vi.lhs.size() == 1 && embedded.count(vi.lhs[0]); }),
            vis.end());
  vis.insert(vis.begin(), inits.begin(), inits.end());
}

}  // namespace gort::lang
