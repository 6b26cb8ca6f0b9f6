// engine/lang/embed_directive.cpp — //go:embed lines as gc's noder reads them: the patterns of
// one line (parseGoEmbed, with go/build's positions), and attaching directives to the var spec
// that follows (cmd/compile/internal/noder: pragma, checkEmbed, "misplaced go:embed directive").
#include <cctype>

#include "lang/embed.h"
#include "lang/frontend.h"
#include "lang/scanner.h"

namespace gort::lang {

namespace {
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// strconv.Unquote of a double-quoted literal, by the scanner (the same escapes and errors).
bool unquote(std::string_view lit, std::string* out) {
  std::vector<Diagnostic> errs;
  Scanner sc(lit, &errs);
  Token t = sc.next();
  if (!errs.empty() || t.tok != Tok::String || t.lit.size() != lit.size()) return false;
  *out = t.value;
  return true;
}
}  // namespace

bool parse_embed_args(std::string_view args, Pos at, std::vector<EmbedPattern>* out, std::string* err) {
  size_t off = 0;  // bytes of the original args consumed (for columns)
  auto trim = [&]() {
    while (off < args.size() && is_space(static_cast<unsigned char>(args[off]))) off++;
  };
  auto invalid = [&](std::string_view rest) {
    *err = "invalid quoted string in //go:embed: " + std::string(rest);
    // go/build trims trailing space before quoting the rest; gc's text has none (comment text).
    while (!err->empty() && is_space(static_cast<unsigned char>(err->back()))) err->pop_back();
    return false;
  };
  for (trim(); off < args.size(); trim()) {
    std::string_view rest = args.substr(off);
    Pos p{at.line, at.col + static_cast<int32_t>(off)};
    std::string path;
    if (rest[0] == '`') {
      size_t i = rest.find('`', 1);
      if (i == std::string_view::npos) return invalid(rest);
      path = std::string(rest.substr(1, i - 1));
      off += i + 1;
    } else if (rest[0] == '"') {
      size_t i = 1;
      for (; i < rest.size(); i++) {
        if (rest[i] == '\\') {
          i++;
          continue;
        }
        if (rest[i] == '"') break;
      }
      if (i >= rest.size()) return invalid(rest);
      if (!unquote(rest.substr(0, i + 1), &path)) return invalid(rest.substr(0, i + 1));
      off += i + 1;
    } else {
      size_t i = 0;
      while (i < rest.size() && !is_space(static_cast<unsigned char>(rest[i]))) i++;
      path = std::string(rest.substr(0, i));
      off += i;
    }
    if (off < args.size() && !is_space(static_cast<unsigned char>(args[off]))) return invalid(args.substr(off));
    out->push_back({std::move(path), p});
  }
  return true;
}

bool is_early_embed_error(const std::string& msg) {
  return msg == "misplaced compiler directive" || msg == "misplaced go:embed directive" ||
         msg == "usage: //go:embed pattern..." || msg.rfind("invalid quoted string in //go:embed: ", 0) == 0;
}

void attach_embed_directives(File& f, std::vector<Diagnostic>& diags, std::vector<Diagnostic>& late) {
  if (f.embed_directives.empty()) return;
  bool have_embed = false;
  for (const ImportSpec* s : f.imports) have_embed = have_embed || s->path == "embed";
  std::vector<PragmaSite*> taken;
  for (const EmbedDirective& d : f.embed_directives) {
    if (!d.line_start) {
      diags.push_back({d.pos, "misplaced compiler directive"});  // gc: "on a line by itself"
      continue;
    }
    std::vector<EmbedPattern> pats;
    std::string err;
    constexpr size_t kw = sizeof("go:embed") - 1;
    if (!parse_embed_args(std::string_view(d.text).substr(kw), Pos{d.pos.line, d.pos.col + int32_t(kw)}, &pats, &err))
    {
      diags.push_back({d.pos, err});
      pats.clear();  // gc: no patterns from a bad line, hence also the usage error
    }
    if (pats.empty()) {
      diags.push_back({d.pos, "usage: //go:embed pattern..."});
      continue;
    }
    // The declaration whose first token is the first token after the directive takes it.
    PragmaSite* site = nullptr;
    for (PragmaSite& s : f.pragma_sites)
      if (s.prev < d.pos && d.pos < s.start) site = &s;
    if (!site) {
      diags.push_back({d.pos, "misplaced go:embed directive"});  // gc's parser: clearPragma
      continue;
    }
    if (!site->spec) {
      late.push_back({d.pos, "misplaced go:embed directive"});  // gc's irgen: checkPragmas
      continue;
    }
    ValueSpec* vs = site->spec;
    if (vs->embeds.empty()) {
      vs->embed_pos = d.pos;
      taken.push_back(site);
    }
    vs->embeds.insert(vs->embeds.end(), pats.begin(), pats.end());
  }
  // checkEmbed, reported once per spec at its first directive.
  for (PragmaSite* s : taken) {
    ValueSpec* vs = s->spec;
    const char* msg = !have_embed ? "go:embed only allowed in Go files that import \"embed\""
                      : vs->names.size() > 1 ? "go:embed cannot apply to multiple vars"
                      : !vs->values.empty()  ? "go:embed cannot apply to var with initializer"
                      : !vs->type            ? "go:embed cannot apply to var without type"
                      : s->in_func           ? "go:embed cannot apply to var inside func"
                                             : nullptr;
    if (msg) {
      late.push_back({vs->embed_pos, msg});
      vs->embeds.clear();
    }
  }
}

}  // namespace gort::lang
