// tests/unit/lang/parser_test.cpp — parser: shapes of parsed trees, gc syntax errors, the
// type parameter lists and instantiations, and the nesting-depth guard.
#include <gtest/gtest.h>

#include <algorithm>

#include "lang/frontend.h"
#include "lang/parser.h"

using namespace gort::lang;

namespace {
struct Parsed {
  std::unique_ptr<File> f;
  std::vector<Diagnostic> d;
};
Parsed parse(const std::string& src) {
  Parsed p;
  p.f = parse_file(src, "prog.go", p.d);
  return p;
}
std::string first_error(const std::string& src) {
  Parsed p = parse(src);
  if (p.d.empty()) return "";
  return std::to_string(p.d[0].pos.line) + ":" + std::to_string(p.d[0].pos.col) + ": " + p.d[0].msg;
}
FuncDecl* func(File& f, size_t i) { return static_cast<FuncDecl*>(f.decls[i]); }
}  // namespace

TEST(Parser, FileShape) {
  Parsed p = parse("package main\nimport (\n\t\"fmt\"\n\tt \"time\"\n)\nconst (\n\tA = iota\n\tB\n)\n"
                   "type T struct{ a, b int; *Emb; x string `json:\"x\"` }\nfunc (t *T) M(a, b int, c ...string) (int, error) { return 0, nil }\n"
                   "func main() {}\n");
  ASSERT_TRUE(p.d.empty()) << p.d[0].msg;
  EXPECT_EQ(p.f->package_name->name, "main");
  ASSERT_EQ(p.f->imports.size(), 2u);
  EXPECT_EQ(p.f->imports[1]->name->name, "t");
  EXPECT_EQ(p.f->imports[1]->path, "time");
  GenDecl* consts = static_cast<GenDecl*>(p.f->decls[1]);
  ValueSpec* b = static_cast<ValueSpec*>(consts->specs[1]);
  EXPECT_EQ(b->iota, 1);
  EXPECT_EQ(b->implicit_from, consts->specs[0]);
  TypeSpec* ts = static_cast<TypeSpec*>(static_cast<GenDecl*>(p.f->decls[2])->specs[0]);
  StructType* st = static_cast<StructType*>(ts->type);
  ASSERT_EQ(st->fields.size(), 3u);
  EXPECT_EQ(st->fields[0]->names.size(), 2u);
  EXPECT_TRUE(st->fields[1]->names.empty());
  EXPECT_EQ(st->fields[2]->tag, "json:\"x\"");
  FuncDecl* m = func(*p.f, 3);
  ASSERT_NE(m->recv, nullptr);
  EXPECT_EQ(m->type->params.size(), 2u);
  EXPECT_TRUE(m->type->variadic);
  EXPECT_EQ(m->type->results.size(), 2u);
}

TEST(Parser, PrecedenceAndStatements) {
  Parsed p = parse("package main\nfunc f() {\n\tx := a + b*c << 2 == d && !e\n\tfor i := 0; i < n; i++ {}\n"
                   "\tfor k, v := range m {}\n\tfor range ch {}\n\tswitch y := z.(type) { case int: }\n"
                   "\tselect { case v, ok := <-ch: _ = v; default: }\n\tch <- 1\nL:\n\tfor { break L }\n"
                   "\tgo func() {}()\n\tdefer g(xs...)\n\ts := a[1:2:3]\n\tp := &T{X: 1, Y: []int{1, 2}}\n}\n");
  ASSERT_TRUE(p.d.empty()) << p.d[0].pos.line << ": " << p.d[0].msg;
  auto& body = func(*p.f, 0)->body->list;
  ASSERT_EQ(body.size(), 12u);
  AssignStmt* a = static_cast<AssignStmt*>(body[0]);
  BinaryExpr* land = static_cast<BinaryExpr*>(a->rhs[0]);
  EXPECT_EQ(land->op, Tok::LAnd);
  BinaryExpr* eq = static_cast<BinaryExpr*>(land->x);
  EXPECT_EQ(eq->op, Tok::Eql);
  BinaryExpr* add = static_cast<BinaryExpr*>(eq->x);
  EXPECT_EQ(add->op, Tok::Add);
  EXPECT_EQ(static_cast<BinaryExpr*>(add->y)->op, Tok::Shl);  // b*c << 2 is one precedence level
  EXPECT_EQ(body[1]->kind, StmtKind::For);
  EXPECT_EQ(body[2]->kind, StmtKind::Range);
  EXPECT_EQ(body[3]->kind, StmtKind::Range);
  EXPECT_EQ(body[4]->kind, StmtKind::TypeSwitch);
  EXPECT_EQ(body[5]->kind, StmtKind::Select);
  EXPECT_EQ(body[6]->kind, StmtKind::Send);
  EXPECT_EQ(body[7]->kind, StmtKind::Labeled);
  EXPECT_EQ(body[8]->kind, StmtKind::Go);
  EXPECT_TRUE(static_cast<DeferStmt*>(body[9])->call->has_ellipsis);
  SliceExpr* s = static_cast<SliceExpr*>(static_cast<AssignStmt*>(body[10])->rhs[0]);
  EXPECT_TRUE(s->slice3);
}

TEST(Parser, CompositeLiteralInControlClause) {
  // In "if x == T{}" the brace starts the block; gc requires parentheses.
  Parsed p = parse("package main\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1, 2} {\n\t\t_ = v\n\t}\n}\n");
  EXPECT_TRUE(p.d.empty()) << p.d[0].msg;
}

TEST(Parser, SyntaxErrors) {
  EXPECT_EQ(first_error("package main\nfunc main() {\n\tfmt.Println(\"a\"\n}\n"),
            "3:17: syntax error: unexpected newline in argument list; possibly missing comma or )");
  EXPECT_EQ(first_error("package main\nx := 1\n"), "2:1: syntax error: non-declaration statement outside function body");
  // Go has no empty top-level declaration: a stray ";" is an error (go1.19 build: 1:14, 2:16).
  EXPECT_EQ(first_error("package main;;\nfunc main() {}\n"), "1:14: syntax error: non-declaration statement outside function body");
  EXPECT_EQ(first_error("package main\nfunc main() {};;\n"), "2:16: syntax error: non-declaration statement outside function body");
  EXPECT_EQ(first_error("func main() {}\n"), "1:1: syntax error: package statement must be first");
  EXPECT_EQ(first_error("package main\nfunc main() {\n\tx := 1 y := 2\n}\n"),
            "3:9: syntax error: unexpected name y at end of statement");
  EXPECT_EQ(first_error("package main\nfunc main() {\n\tif x {\n\t} else return\n}\n"),
            "4:9: syntax error: else must be followed by if or statement block");
  EXPECT_EQ(first_error("package main\nfunc main() {\n\tfor i := 0; i < 3; i++ \n\t{}\n}\n"),
            "3:25: syntax error: unexpected newline, expected { after for clause");
  // goto needs a label (go1.19: "unexpected }, expecting name"; current wording "expected").
  EXPECT_EQ(first_error("package main\nfunc main() {\n\tgoto\n}\n"), "4:1: syntax error: unexpected }, expected name");
  EXPECT_EQ(first_error("package main\nfunc main() {\n\tgoto 1\n}\n"),
            "3:7: syntax error: unexpected literal 1, expected name");
}

// Error recovery: gc goes on after a syntax error (skipping to the next statement or
// declaration) and reports up to 10, one per line. Expected lines were produced by go1.19
// `go build` and translated to current wording ("expected" for "expecting", "name x",
// "keyword for", "assignment b = 2" without 1.19's parentheses).
TEST(Parser, RecoversAndReportsSeveralErrors) {
  struct Case {
    const char* src;
    const char* want;
  };
  const Case cases[] = {
      {"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t\t3,\n\t}\n\tfmt.Println(x\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i))\n\t}\n\ty := \n\tif x {\n\t}\n}\n\nfunc f(a int b int) int {\n\tvar z = 3\n\tgo func() {\n\t\tfmt.Println(z)\n\t}()\n\treturn a +\n}\n",
       "prog.go:8:4: syntax error: unexpected newline in composite literal; possibly missing comma or }\nprog.go:11:15: syntax error: unexpected newline in argument list; possibly missing comma or )\nprog.go:12:2: syntax error: unexpected keyword for at end of statement\nprog.go:13:17: syntax error: unexpected ) at end of statement\nprog.go:16:2: syntax error: unexpected keyword if, expected expression\nprog.go:20:14: syntax error: unexpected name b in parameter list; possibly missing comma or )\nprog.go:26:1: syntax error: unexpected }, expected expression\n"},
      {"package main\n\nimport \"fmt\"\n\nfunc main()\n{\n\tfmt.Println(\"hi\")\n}\n\nfunc g() {\n\tx = := 3\n\tswitch x {\n\tcase 1 2:\n\t\tfmt.Println(\"a\")\n\tcase 3:\n\t\tfmt.Println(\"b\"\n\tdefault:\n\t}\n\twhile x < 3 {\n\t}\n}\n",
       "prog.go:6:1: syntax error: unexpected semicolon or newline before {\nprog.go:11:6: syntax error: unexpected :=, expected expression\nprog.go:12:2: syntax error: unexpected keyword switch at end of statement\nprog.go:13:9: syntax error: unexpected literal 2, expected :\nprog.go:16:18: syntax error: unexpected newline in argument list; possibly missing comma or )\nprog.go:19:8: syntax error: unexpected name x at end of statement\nprog.go:21:1: syntax error: non-declaration statement outside function body\n"},
      {"package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := 1\n\tb := 2\n\tif a == 1 {\n\t\tfmt.Println(\"one\")\n\t} else if b = 2 {\n\t\tfmt.Println(\"two\")\n\t}\n\tfmt.Printf(\"%d\\n\", a b)\n\tc := [3]int{1, 2, 3\n\t}\n\tfunc inner() {\n\t}\n\td := a +* b\n\te := (a + b\n\tf := a b c\n\tg := 1\n\th := 2\n\ti := 3\n\tfmt.Println(c, d, e, f, g, h, i)\n\tj := )\n\tk := ]\n\tl := }\n}\n",
       "prog.go:10:14: syntax error: cannot use assignment b = 2 as value\nprog.go:13:23: syntax error: unexpected name b in argument list; possibly missing comma or )\nprog.go:14:21: syntax error: unexpected newline in composite literal; possibly missing comma or }\nprog.go:16:7: syntax error: unexpected name inner, expected (\nprog.go:18:2: syntax error: non-declaration statement outside function body\n"},
      // scanner errors do not stop the parse; for/if/switch headers; 3-index slices (not a
      // syntax error in gc); clause junk (verified with go1.19 build, current wording)
      {"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 5\n\ty := x++\n\tz := x > 3 ? 1 : 2\n\tfor i := 0, j := 0; i < 3; i++ {\n\t}\n\tfmt.Println(x, y, z)\n\t}\n}\n\nfmt.Println(\"outside\")\n",
       "prog.go:7:8: syntax error: unexpected ++ at end of statement\nprog.go:8:13: invalid character U+003F '?'\nprog.go:8:15: syntax error: unexpected literal 1 at end of statement\nprog.go:9:16: syntax error: unexpected :=, expected {\nprog.go:13:1: syntax error: non-declaration statement outside function body\n"},
      {"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tnums := []int{1, 2, 3}\n\tfor _, n := range nums {\n\t\tif n%2 == 0 {\n\t\t\tfmt.Println(\"even\")\n\t\t} else {\n\t\t\tfmt.Println(\"odd\")\n\t\t}\n\t}\n\tm := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2\n\t}\n\ts := \"unterminated\n\tfmt.Println(m, s)\n}\n",
       "prog.go:16:9: syntax error: unexpected newline in composite literal; possibly missing comma or }\nprog.go:18:20: newline in string\n"},
      {"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor (i := 0; i < 3; i++) {\n\t\tfmt.Println(i)\n\t}\n\tfor i := 0, j := 0; i < 3; i++ {\n\t}\n\tif x := 1, y {\n\t}\n\tswitch x := 2 3 {\n\t}\n\tfmt.Println(\"end\")\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i)\n\t}\n\tk := 1 2\n}\n",
       "prog.go:6:9: syntax error: unexpected :=, expected )\nprog.go:9:16: syntax error: unexpected :=, expected {\nprog.go:11:7: syntax error: cannot use x := 1, y as value\nprog.go:13:16: syntax error: unexpected literal 3, expected {\nprog.go:19:9: syntax error: unexpected literal 2 at end of statement\n"},
      {"package main\n\nimport \"fmt\"\n\ntype Person struct {\n\tName string\n\tAge int\n}\n\nfunc (p Person) Greet() string {\n\treturn \"hi \" + p.Name\n}\n\nfunc main() {\n\tp := Person{Name: \"a\", Age: 3}\n\tfmt.Println(p.Greet()\n\tvar x = [3]int{1, 2, 3}\n\tfmt.Println(x[1:2:])\n\tswitch {\n\tcase x[0] > 1:\n\t\tfmt.Println(\"big\")\n\tdefault\n\t\tfmt.Println(\"small\")\n\t}\n}\n",
       "prog.go:16:23: syntax error: unexpected newline in argument list; possibly missing comma or )\nprog.go:17:2: syntax error: unexpected keyword var at end of statement\nprog.go:18:20: final index required in 3-index slice\nprog.go:23:3: syntax error: unexpected name fmt, expected :\nprog.go:24:2: syntax error: unexpected }, expected :\n"},
      // an interface literal as a struct field: gc skips to the next ';' or '}' and goes on
      {"package main\n\ntype Logger struct {\n\tinterface{ Write(string) }\n\tn int\n}\n\nfunc main() {}\n",
       "prog.go:4:2: syntax error: unexpected keyword interface, expected field name or embedded type\n"
       "prog.go:5:2: syntax error: non-declaration statement outside function body\n"},
      // import without quotes: go build's import reader rejects it alone (current go/parser wording)
      {"package main\n\nimport fmt\n\nfunc main {\n}\n", "prog.go:3:11: missing import path\n"},
      // else on its own line, and := at package level
      {"package main\n\nimport \"fmt\"\n\ncount := 0\n\nfunc main() {\n\tif count > 0 {\n\t\tfmt.Println(1)\n\t}\n\telse {\n\t}\n}\n",
       "prog.go:5:1: syntax error: non-declaration statement outside function body\n"
       "prog.go:11:2: syntax error: unexpected keyword else, expected }\n"},
      // if header mistakes do not skip: the block is parsed and later errors are found
      {"package main\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n\tif x == 1\n\t{\n\t}\n\tif x := 3 {\n\t}\n\ty := 1 2\n}\n",
       "prog.go:4:7: syntax error: cannot use assignment x = 2 as value\n"
       "prog.go:6:11: syntax error: unexpected newline, expected { after if clause\n"
       "prog.go:9:7: syntax error: cannot use x := 3 as value\n"
       "prog.go:11:9: syntax error: unexpected literal 2 at end of statement\n"},
  };
  for (const Case& c : cases) {
    Parsed p = parse(c.src);
    EXPECT_EQ(format_diagnostics("prog.go", p.d), c.want) << c.src;
  }
  // At most 10 errors, then "too many errors"; one per line.
  std::string many = "package main\nfunc main() {\n";
  for (int i = 0; i < 15; i++) many += "\tx := ) ]\n";
  many += "}\n";
  Parsed p = parse(many);
  std::string out = format_diagnostics("prog.go", p.d);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 11) << out;
  EXPECT_NE(out.find("prog.go:12:7: syntax error: unexpected ), expected expression\n"), std::string::npos) << out;
  EXPECT_NE(out.find("prog.go:12:7: too many errors\n"), std::string::npos) << out;
}

TEST(Parser, TypeParameterLists) {
  Parsed p = parse("package main\nfunc Map[T, U any, K comparable](x T) U { return f[int, string](x) }\n"
                   "type Pair[K comparable, V interface{ ~int | string }] struct{ k K; v V }\n"
                   "func (p *Pair[K, V]) Get() V { return Pair[K, V]{}.v }\n");
  ASSERT_TRUE(p.d.empty()) << p.d[0].msg;
  FuncDecl* m = func(*p.f, 0);
  ASSERT_EQ(m->tparams.size(), 2u);
  EXPECT_EQ(m->tparams[0]->names.size(), 2u);  // T, U any
  EXPECT_EQ(m->tparams[1]->names[0]->name, "K");
  auto* ts = static_cast<TypeSpec*>(static_cast<GenDecl*>(p.f->decls[1])->specs[0]);
  ASSERT_EQ(ts->tparams.size(), 2u);
  EXPECT_EQ(ts->type->kind, ExprKind::StructType);
  // The receiver's type is an instantiation with two type arguments.
  auto* star = static_cast<StarExpr*>(func(*p.f, 2)->recv->type);
  ASSERT_EQ(star->x->kind, ExprKind::Index);
  EXPECT_EQ(static_cast<IndexExpr*>(star->x)->extra.size(), 1u);
  // An array type declaration is not generic.
  EXPECT_EQ(first_error("package main\nconst N = 3\ntype A [N]int\ntype B [N * 2]int\n"), "");
}

TEST(Parser, ConstraintUnions) {
  Parsed p = parse("package main\ntype Num interface {\n\t~int | ~float64 | MyInt\n\tcomparable\n\tString() string\n}\n"
                   "func Max[T int | float64 | ~string](a, b T) T { return a }\n");
  ASSERT_TRUE(p.d.empty()) << p.d[0].msg;
  auto* ts = static_cast<TypeSpec*>(static_cast<GenDecl*>(p.f->decls[0])->specs[0]);
  auto* it = static_cast<InterfaceType*>(ts->type);
  ASSERT_EQ(it->methods.size(), 3u);
  ASSERT_EQ(it->methods[0]->type->kind, ExprKind::Binary);  // (~int | ~float64) | MyInt
  auto* u = static_cast<BinaryExpr*>(static_cast<BinaryExpr*>(it->methods[0]->type)->x);
  EXPECT_EQ(u->x->kind, ExprKind::Unary);
  EXPECT_EQ(static_cast<UnaryExpr*>(u->x)->op, Tok::Tilde);
  EXPECT_TRUE(it->methods[2]->names.size() == 1);
}

TEST(Parser, GenericSyntaxErrors) {
  EXPECT_EQ(first_error("package main\nfunc F[]() {}\n"), "2:8: syntax error: empty type parameter list");
  EXPECT_EQ(first_error("package main\nfunc F[T]() {}\n"), "2:9: syntax error: missing type constraint");
  EXPECT_EQ(first_error("package main\nvar f = func[T any]() {}\n"),
            "2:13: syntax error: function type must have no type parameters");
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  std::string src = "package main\nvar x = ";
  for (int i = 0; i < 100000; i++) src += "(";
  src += "1";
  Parsed p = parse(src);
  ASSERT_FALSE(p.d.empty());
  EXPECT_NE(p.d[0].msg.find("nesting too deep"), std::string::npos);
  std::string blocks = "package main\nfunc f() {";
  for (int i = 0; i < 100000; i++) blocks += "{";
  p = parse(blocks);
  ASSERT_FALSE(p.d.empty());
}
