// engine/lang/testmain.cpp — finds a package's tests, benchmarks and examples (cmd/go's
// load.TestPackagesFor + go/doc's example rules, on our AST) and writes the main that runs them.
#include "lang/testmain.h"

#include <algorithm>
#include <cctype>

namespace gort::lang {
namespace {

// The parameter is *<pkg>.<typ> (testing.T / testing.B, whatever the import is called).
bool is_ptr_to(Expr* t, const char* typ) {
  if (!t || t->kind != ExprKind::Star) return false;
  Expr* x = static_cast<StarExpr*>(t)->x;
  if (!x || x->kind != ExprKind::Selector) return false;
  auto* sel = static_cast<SelectorExpr*>(x);
  return sel->sel && sel->sel->name == typ && sel->x && sel->x->kind == ExprKind::Ident;
}

int nfields(const std::vector<Field*>& fs) {
  int n = 0;
  for (Field* f : fs) n += f->names.empty() ? 1 : int(f->names.size());
  return n;
}

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += char(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += char(c);
  }
  return out + "\"";
}

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}

// go/doc's exampleOutput: the last comment group of the body, if it starts with "Output:" or
// "Unordered output:" (any case). Comment groups are read line by line: a run of lines whose
// last `//` comment continues the previous line's (code before the comment is allowed, as in
// `fmt.Println(1) // Output: 1`). Block comments are not read (a documented simplification).
bool example_output(const std::string& text, int first_line, int last_line, std::string* out, bool* unordered) {
  std::vector<std::string> lines;
  size_t off = 0;
  for (int ln = 1; off <= text.size(); ln++) {
    size_t nl = text.find('\n', off);
    if (nl == std::string::npos) nl = text.size();
    if (ln >= first_line && ln <= last_line) lines.push_back(text.substr(off, nl - off));
    off = nl + 1;
  }
  std::vector<std::string> group, last;
  bool in_group = false;
  for (const std::string& l : lines) {
    size_t c = l.find("//");
    // A "//" inside a string literal is rare in examples; good enough for the output marker.
    if (c == std::string::npos) {
      if (in_group) last = group;
      in_group = false;
      group.clear();
      continue;
    }
    bool code_before = trim(l.substr(0, c)) != "";
    if (code_before && in_group) {  // a new trailing comment starts a new group
      last = group;
      group.clear();
    }
    std::string t = l.substr(c + 2);
    if (!t.empty() && t[0] == ' ') t.erase(0, 1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r')) t.pop_back();
    group.push_back(t);
    in_group = true;
  }
  if (in_group) last = group;
  // CommentGroup.Text: leading and trailing blank lines dropped.
  while (!last.empty() && last.front().empty()) last.erase(last.begin());
  if (last.empty()) return false;
  std::string joined;
  for (const std::string& l : last) joined += l + "\n";
  std::string lower;
  for (char ch : joined) lower += char(std::tolower((unsigned char)ch));
  size_t p = 0;
  while (p < lower.size() && (lower[p] == ' ' || lower[p] == '\t')) p++;
  *unordered = false;
  if (lower.compare(p, 10, "unordered ") == 0) {
    *unordered = true;
    p += 10;
    while (p < lower.size() && (lower[p] == ' ' || lower[p] == '\t')) p++;
  }
  if (lower.compare(p, 7, "output:") != 0) return false;
  std::string rest = joined.substr(p + 7);
  size_t s = rest.find_first_not_of(' ');
  rest = s == std::string::npos ? "" : rest.substr(s);
  if (!rest.empty() && rest[0] == '\n') rest.erase(0, 1);
  *out = rest;
  return true;
}

}  // namespace

bool is_test_name(const std::string& name, const std::string& prefix) {
  if (name.compare(0, prefix.size(), prefix) != 0) return false;
  if (name.size() == prefix.size()) return true;
  return !std::islower((unsigned char)name[prefix.size()]);
}

bool is_test_file_name(const std::string& n) {
  return n.size() > 8 && n.compare(n.size() - 8, 8, "_test.go") == 0;
}

std::string test_main_source(const std::vector<std::unique_ptr<File>>& parsed,
                             const std::vector<SourceFile>& files, bool go_test, std::string* entry) {
  std::string tests, benches, examples;
  bool any = false;
  bool user_main = false;
  // go test's rules need a *_test.go file; without one the playground's apply.
  go_test = go_test && std::any_of(files.begin(), files.end(), [](const SourceFile& f) { return is_test_file_name(f.name); });
  for (size_t k = 0; k < parsed.size(); k++) {
    bool test_file = k < files.size() && is_test_file_name(files[k].name);
    for (Decl* d : parsed[k]->decls) {
      if (!d->is_func) continue;
      auto* fd = static_cast<FuncDecl*>(d);
      if (fd->recv || !fd->name || !fd->type || !fd->tparams.empty()) continue;
      const std::string& n = fd->name->name;
      if (n == "main") {
        if (!go_test) return "";
        user_main = true;
        continue;
      }
      if (go_test && !test_file) continue;
      int np = nfields(fd->type->params), nr = nfields(fd->type->results);
      if (nr != 0) continue;
      if (np == 1 && is_test_name(n, "Test") && is_ptr_to(fd->type->params[0]->type, "T")) {
        tests += "\t\t{" + quote(n) + ", " + n + "},\n";
        any = true;
      } else if (np == 1 && is_test_name(n, "Benchmark") && is_ptr_to(fd->type->params[0]->type, "B")) {
        benches += "\t\t{" + quote(n) + ", " + n + "},\n";
        any = true;
      } else if (np == 0 && is_test_name(n, "Example") && fd->body && k < files.size()) {
        std::string out;
        bool unordered = false;
        int first = fd->body->pos.line - files[k].line_base;
        int last = fd->body->rbrace.line - files[k].line_base;
        if (!example_output(files[k].text, first, last, &out, &unordered)) continue;  // compiled, not run
        examples += "\t\t{" + quote(n) + ", " + n + ", " + quote(out) + ", " + (unordered ? "true" : "false") + "},\n";
        any = true;
      }
    }
  }
  if (!any) return "";
  const char* fn = user_main ? kTestEntry : "main";
  if (entry) *entry = fn;
  // -test.bench and -test.run patterns are regular expressions, matched with regexp as Go's
  // testmain does; a program without benchmarks skips compiling regexp (testing's own
  // simpleMatch then reads -run's common forms).
  bool re = !benches.empty();
  return std::string("package main\n\nimport (\n") + (re ? "\t_gort_regexp \"regexp\"\n" : "") +
         "\t\"testing\"\n)\n\nfunc " + fn + "() {\n"
         "\ttesting.Main(" + (re ? "_gort_regexp.MatchString" : "nil") + ",\n\t\t[]testing.InternalTest{\n" + tests + "\t\t},\n"
         "\t\t[]testing.InternalBenchmark{\n" + benches + "\t\t},\n"
         "\t\t[]testing.InternalExample{\n" + examples + "\t\t})\n}\n";
}

}  // namespace gort::lang
