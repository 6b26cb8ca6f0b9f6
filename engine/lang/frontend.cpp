// engine/lang/frontend.cpp — check_source (scan → parse → check) and gc-style diagnostics.
#include "lang/frontend.h"

#include <algorithm>

#include "lang/checker.h"
#include "lang/context.h"
#include "lang/parser.h"
#include "lang/testmain.h"

namespace gort::lang {

Program::Program() = default;
Program::~Program() = default;
Program::Program(Program&&) noexcept = default;
Program& Program::operator=(Program&&) noexcept = default;

std::string format_diagnostics(const std::string& filename, const std::vector<Diagnostic>& diags) {
  std::string out;
  int n = 0;
  for (const Diagnostic& d : diags) {
    if (n == 10) {
      // The parser stops at its 10th error with a positioned "too many errors" (gc's
      // base.ErrorfAt); the type checker's errors end with a bare one.
      if (d.msg == "too many errors" && d.pos.valid())
        out += filename + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": ";
      out += "too many errors\n";
      break;
    }
    if (d.pos.valid()) out += filename + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": ";
    out += d.msg + "\n";
    n++;
  }
  return out;
}

const SourceFile* locate_line(const std::vector<SourceFile>& files, int line, int* local) {
  for (const SourceFile& f : files) {
    if (line > f.line_base && line <= f.line_base + f.nlines) {
      if (local) *local = line - f.line_base;
      return &f;
    }
  }
  return nullptr;
}

std::string format_diagnostics(const std::vector<SourceFile>& files, const std::vector<Diagnostic>& diags) {
  // One file (a test program's generated main aside): as check_source, "prog.go:3:5". Several:
  // as `go build` in a module, "./util.go:3:5".
  size_t user = 0;
  for (const SourceFile& f : files) user += f.name != kTestMainFile;
  std::string prefix = user > 1 ? "./" : "";
  std::string out;
  int n = 0;
  auto pos = [&](Pos p) {
    int local = p.line;
    const SourceFile* f = locate_line(files, p.line, &local);
    std::string name = f ? f->name : (files.empty() ? "prog.go" : files[0].name);
    return name + ":" + std::to_string(local) + ":" + std::to_string(p.col) + ": ";
  };
  for (const Diagnostic& d : diags) {
    if (n == 10) {
      if (d.msg == "too many errors" && d.pos.valid()) out += prefix + pos(d.pos);
      out += "too many errors\n";
      break;
    }
    if (d.pos.valid()) out += (d.loader ? "" : prefix) + pos(d.pos);
    out += d.msg + "\n";
    n++;
  }
  return out;
}

namespace {
// What //go:embed needs between the steps (embed.h): the patterns' files and the var specs.
struct EmbedState {
  EmbedPatternFiles patterns;
  std::vector<ValueSpec*> specs;
  std::vector<Diagnostic> late;  // gc's errors after type checking (attach_embed_directives)
};
bool check_parsed(Program& out, std::string_view src, const CheckOptions& opts, std::vector<Diagnostic>& diags,
                  const EmbedState& embeds);

// Steps 1 and 2 of embed.h over the package's parsed files (before they are merged). False
// when go build stops (diags then holds only its error); the early directive errors join
// diags (type checking follows them), the late ones wait in st.
bool embed_front(const std::vector<File*>& files, const CheckOptions& opts, EmbedState* st,
                 std::vector<Diagnostic>& diags) {
  std::vector<const File*> cf(files.begin(), files.end());
  std::vector<Diagnostic> errs;
  // Without files (vet, tools) the patterns are not resolved and the variables stay zero.
  if (opts.files && !resolve_embed_patterns(cf, opts.files, &st->patterns, errs)) {
    diags = std::move(errs);  // go build stops before compiling anything
    return false;
  }
  for (File* f : files) {
    attach_embed_directives(*f, diags, st->late);
    for (PragmaSite& s : f->pragma_sites)
      if (s.spec && !s.spec->embeds.empty()) st->specs.push_back(s.spec);
  }
  return true;
}
}  // namespace

bool check_source(std::string_view src, const std::string& filename, const CheckOptions& opts,
                  Program& out, std::vector<Diagnostic>& diags) {
  out = Program();
  out.file = parse_file(src, filename, diags);
  EmbedState st;
  if (!embed_front({out.file.get()}, opts, &st, diags)) return false;
  return check_parsed(out, src, opts, diags, st);
}

bool check_files(std::vector<SourceFile> files, const CheckOptions& opts, Program& out,
                 std::vector<Diagnostic>& diags) {
  out = Program();
  if (files.empty()) files.push_back({"prog.go", "", 0, 0});
  std::stable_sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.name < b.name; });
  int base = 0;
  for (SourceFile& f : files) {
    f.line_base = base;
    f.nlines = int(std::count(f.text.begin(), f.text.end(), '\n')) + 1;
    base += f.nlines;
  }
  std::vector<std::unique_ptr<File>> parsed;
  for (const SourceFile& f : files) parsed.push_back(parse_file(f.text, f.name, diags, f.line_base));
  // `go run` leaves _test.go files out; they are part of the package only when it is run as a
  // test program (no func main in the other files).
  bool has_main = false;
  for (size_t k = 0; k < parsed.size(); k++) {
    if (is_test_file_name(files[k].name)) continue;
    for (Decl* d : parsed[k]->decls)
      if (d->is_func && !static_cast<FuncDecl*>(d)->recv && static_cast<FuncDecl*>(d)->name &&
          static_cast<FuncDecl*>(d)->name->name == "main")
        has_main = true;
  }
  if (has_main && !opts.go_test) {   // (go test keeps them; without any, nothing to drop)
    for (size_t k = parsed.size(); k-- > 0;) {
      if (!is_test_file_name(files[k].name) || parsed.size() == 1) continue;
      parsed.erase(parsed.begin() + long(k));
      files.erase(files.begin() + long(k));
    }
  }
  if (opts.test_main && diags.empty()) {
    std::string tm = test_main_source(parsed, files, opts.go_test, &out.entry);
    if (!tm.empty()) {
      SourceFile g{kTestMainFile, std::move(tm), base, 0};
      g.nlines = int(std::count(g.text.begin(), g.text.end(), '\n')) + 1;
      parsed.push_back(parse_file(g.text, g.name, diags, g.line_base));
      files.push_back(std::move(g));
      out.is_test = true;
    }
  }
  EmbedState st;
  {
    std::vector<File*> all;
    for (auto& p : parsed) all.push_back(p.get());
    if (!embed_front(all, opts, &st, diags)) {
      out.sources = std::move(files);
      return false;
    }
  }
  // One package: the first file's AST holds every file's imports and declarations (the other
  // ASTs stay alive: their arenas own the nodes).
  File& first = *parsed[0];
  for (size_t k = 1; k < parsed.size(); k++) {
    File& f = *parsed[k];
    if (f.package_name && first.package_name && f.package_name->name != first.package_name->name &&
        files[k].name != kTestMainFile)
      // go build's wording (it has no position either).
      diags.push_back({Pos{}, "found packages " + first.package_name->name + " (" + files[0].name + ") and " +
                                  f.package_name->name + " (" + files[k].name + ") in /home/user"});
    first.imports.insert(first.imports.end(), f.imports.begin(), f.imports.end());
    first.decls.insert(first.decls.end(), f.decls.begin(), f.decls.end());
    if (f.go_minor > 0 && (first.go_minor == 0 || f.go_minor < first.go_minor)) first.go_minor = f.go_minor;
  }
  out.file = std::move(parsed[0]);
  for (size_t k = 1; k < parsed.size(); k++) out.more_files.push_back(std::move(parsed[k]));
  out.sources = std::move(files);
  return check_parsed(out, out.sources[0].text, opts, diags, st);
}

namespace {

bool check_parsed(Program& out, std::string_view src, const CheckOptions& opts, std::vector<Diagnostic>& diags,
                  const EmbedState& embeds) {
  out.ctx = std::make_unique<TypeContext>();
  // Syntax errors: gc does not type-check. A few parser errors are not syntax errors (gc's
  // noder checks only SyntaxErrors()): with only those, type checking goes on and they count
  // as reported first.
  auto not_syntax = [](const Diagnostic& d) {
    return is_early_embed_error(d.msg) || d.msg == "range clause permits at most two iteration variables" ||
           (d.msg.rfind("expression in ", 0) == 0 && d.msg.find(" must not be parenthesized") != std::string::npos);
  };
  if (!std::all_of(diags.begin(), diags.end(), not_syntax)) return false;
  std::vector<Diagnostic> parse_errs = std::move(diags);
  diags.clear();
  File& f = *out.file;
  // The newest version gort implements (1.24: range over functions, generic type aliases), so
  // a program from a current tutorial runs as it is; --go, go.mod or //go:build lower it.
  constexpr int kDefaultGoMinor = 24;
  int go_minor = opts.go_minor;
  if (go_minor <= 0) go_minor = f.go_minor > 0 ? std::min(f.go_minor, kDefaultGoMinor) : kDefaultGoMinor;
  out.go_minor = go_minor;
  std::string pkgname = f.package_name ? f.package_name->name : "main";
  Package* pkg = out.ctx->make_package("main", pkgname);
  std::vector<Diagnostic> errs;
  Checker c(*out.ctx, pkg, f, errs, go_minor, false);
  c.src_ = src;
  if (out.sources.size() > 1) c.sources_ = &out.sources;
  c.check_package(&out);
  // gc writes the embedded data after type checking succeeded (staticdata.WriteEmbed).
  if (errs.empty() && parse_errs.empty()) {
    if (!embeds.late.empty()) errs = embeds.late;
    else if (!embeds.specs.empty() && opts.files) init_embed_vars(out, embeds.specs, embeds.patterns, opts.files, errs);
  }
  if (!out.ctx->std_go_order.empty()) {
    // Imported packages written in Go initialize first, dependencies before their importers.
    Program std_part;
    for (Package* p : out.ctx->std_go_order) {
      Checker* sc = out.ctx->std_checkers[p];
      sc->contribute_std(&std_part);
      out.std_go.push_back({p, &sc->file()});
    }
    auto prepend = [](auto& into, auto& first) { into.insert(into.begin(), first.begin(), first.end()); };
    prepend(out.globals, std_part.globals);
    prepend(out.var_inits, std_part.var_inits);
    prepend(out.inits, std_part.inits);
    prepend(out.instances, std_part.instances);
  }
  errs.insert(errs.begin(), parse_errs.begin(), parse_errs.end());
  // gc prints errors sorted by position, but stops at the 10th *reported* one ("L:C: too many
  // errors" at that error's position), so which ten are shown depends on the report order:
  // the branch/label errors come first (gc's parser finds them, before type checking), then
  // the type checker's in its checking order. An error equal to the previous one on the same
  // line is not counted (base.ErrorfAt).
  auto is_branch = [](const std::string& m) {
    return m.find(" is not in a loop") != std::string::npos || m.rfind("label ", 0) == 0 ||
           m.rfind("goto ", 0) == 0 || m.rfind("break label not defined: ", 0) == 0 ||
           m.rfind("continue label not defined: ", 0) == 0 ||
           m.rfind("invalid break label ", 0) == 0 || m.rfind("invalid continue label ", 0) == 0 ||
           m.rfind("fallthrough statement out of place", 0) == 0 ||
           m.rfind("cannot fallthrough final case in switch", 0) == 0;
  };
  std::stable_partition(errs.begin(), errs.end(), [&](const Diagnostic& d) { return is_branch(d.msg); });
  std::vector<Diagnostic> reported;
  bool too_many = false;
  for (auto& d : errs) {
    if (!reported.empty() && reported.back().pos.line == d.pos.line && reported.back().msg == d.msg) continue;
    if (reported.size() == 10) {
      too_many = true;
      break;
    }
    reported.push_back(d);
  }
  too_many = too_many || reported.size() == 10;  // gc stops at the 10th error itself
  Pos tenth = too_many ? reported.back().pos : Pos{};
  std::stable_sort(reported.begin(), reported.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  for (auto& d : reported) {
    if (!diags.empty() && diags.back().pos == d.pos && diags.back().msg == d.msg) continue;
    diags.push_back(d);
  }
  if (too_many) diags.push_back({tenth, "too many errors"});
  return diags.empty();
}

}  // namespace

}  // namespace gort::lang
