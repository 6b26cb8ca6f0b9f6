// tests/unit/vm/stdlib_json_test.cpp — encoding/json's struct field rules (json_fields.h):
// tag syntax as reflect.StructTag.Lookup, options, "-", embedded promotion and Go's
// dominance rule (the shallowest field wins; two equally tagged at one depth hide each other).
#include <gtest/gtest.h>

#include "stdlib/json_fields.h"
#include "stdlib/reflect_value.h"

namespace gort::stdlib::json {
namespace {

using vm::FieldDesc;
using vm::Kind;
using vm::TypeDesc;

FieldDesc fd(const char* name, const TypeDesc* t, const char* tag = "", bool embedded = false) {
  FieldDesc f;
  f.name = name;
  f.type = t;
  f.tag = tag;
  f.embedded = embedded;
  f.exported = name[0] >= 'A' && name[0] <= 'Z';
  return f;
}

TypeDesc make_struct(const char* str, std::vector<FieldDesc> fields) {
  TypeDesc t;
  t.kind = Kind::Struct;
  t.str = str;
  t.named = true;
  t.fields = std::move(fields);
  vm::finish_type(t);
  return t;
}

TEST(JsonFields, TagLookup) {
  std::string v;
  EXPECT_TRUE(tag_lookup(R"(json:"name,omitempty" xml:"n")", "json", &v));
  EXPECT_EQ(v, "name,omitempty");
  EXPECT_TRUE(tag_lookup(R"(json:"name,omitempty" xml:"n")", "xml", &v));
  EXPECT_EQ(v, "n");
  EXPECT_FALSE(tag_lookup(R"(json:"x")", "yaml", &v));
  EXPECT_FALSE(tag_lookup(R"(json:x)", "json", &v));          // unquoted: malformed
  EXPECT_TRUE(tag_lookup(R"(a:"q\"uote")", "a", &v));
  EXPECT_EQ(v, "q\"uote");
}

TEST(JsonFields, NamesOptionsAndSkips) {
  const TypeDesc* str = vm::basic_type(Kind::String);
  const TypeDesc* i = vm::basic_type(Kind::Int);
  TypeDesc t = make_struct("main.T", {fd("Name", str, R"(json:"name")"), fd("Age", i, R"(json:"age,omitempty,string")"),
                                      fd("Skip", str, R"(json:"-")"), fd("Dash", str, R"(json:"-,")"),
                                      fd("hidden", i), fd("Plain", i), fd("Bad", i, R"(json:"a\"b")")});
  FieldCache cache;
  const auto& f = cache.fields(&t);
  ASSERT_EQ(f.size(), 5u);
  EXPECT_EQ(f[0].name, "name");
  EXPECT_TRUE(f[0].tagged);
  EXPECT_EQ(f[1].name, "age");
  EXPECT_TRUE(f[1].omit_empty);
  EXPECT_TRUE(f[1].quoted);
  EXPECT_EQ(f[2].name, "-");
  EXPECT_EQ(f[3].name, "Plain");
  EXPECT_FALSE(f[3].tagged);
  EXPECT_EQ(f[4].name, "Bad");   // an invalid tag name falls back to the field name
  EXPECT_EQ(&cache.fields(&t), &f);   // cached
}

TEST(JsonFields, EmbeddedPromotionAndDominance) {
  const TypeDesc* i = vm::basic_type(Kind::Int);
  TypeDesc inner = make_struct("main.Inner", {fd("ID", i), fd("X", i), fd("Y", i, R"(json:"y")")});
  TypeDesc other = make_struct("main.Other", {fd("X", i), fd("Y", i, R"(json:"y")")});
  TypeDesc outer = make_struct("main.Outer", {fd("Inner", &inner, "", true), fd("Other", &other, "", true),
                                              fd("ID", i, R"(json:"id")")});
  FieldCache cache;
  const auto& f = cache.fields(&outer);
  // ID (Inner, depth 2) and id (Outer) are different names; X and y appear twice at depth 2
  // with equal tagging: both hidden.
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].name, "ID");
  EXPECT_EQ(f[0].index, (std::vector<int>{0, 0}));
  EXPECT_EQ(f[1].name, "id");
  EXPECT_EQ(f[1].index, (std::vector<int>{2}));
}

TEST(JsonFields, TaggedEmbeddedStructIsAField) {
  const TypeDesc* i = vm::basic_type(Kind::Int);
  TypeDesc inner = make_struct("main.Inner", {fd("A", i)});
  TypeDesc outer = make_struct("main.Outer", {fd("Inner", &inner, R"(json:"inner")", true), fd("A", i)});
  FieldCache cache;
  const auto& f = cache.fields(&outer);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].name, "inner");
  EXPECT_EQ(f[1].name, "A");
}

// The guard json's and DeepEqual's recursive walks use: it says stop well before the thread's
// stack ends, after a depth no JSON document of sane nesting reaches.
[[gnu::noinline]] int recurse(const StackGuard& g, int depth) {
  volatile char pad[256];
  pad[depth % 256] = 1;
  if (!g.room() || depth > 1000000) return depth;
  int r = recurse(g, depth + 1);
  pad[0] = pad[1];   // used after the call: a real frame per level, not a loop
  return r;
}

TEST(JsonFields, StackGuardStopsDeepRecursion) {
  StackGuard g;
  EXPECT_TRUE(g.room());
  int depth = recurse(g, 0);
  EXPECT_GT(depth, 5000);
  EXPECT_LT(depth, 1000000);
}

}  // namespace
}  // namespace gort::stdlib::json
