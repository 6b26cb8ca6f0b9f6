// tests/unit/vm/obj_string_test.cpp — strings: creation, concat, compare, index/slice with Go's
// bounds texts, UTF-8 decoding (incl. invalid bytes), conversions, static strings.
#include "obj_test_util.h"

using namespace gort;
using namespace gort::vm;
using namespace gort::vm::test;

TEST(ObjString, NewViewLenConcat) {
  Obj* a = str_new("héllo");
  EXPECT_EQ(str_view(a), "héllo");
  EXPECT_EQ(str_len(a), 6);
  EXPECT_EQ(str_new(""), nullptr);               // "" is null
  EXPECT_EQ(str_view(static_cast<Obj*>(nullptr)), "");
  Obj* b = str_new(", world");
  Obj* c = str_concat(a, b);
  EXPECT_EQ(str_view(c), "héllo, world");
  EXPECT_EQ(str_view(a), "héllo");                // operands untouched
  EXPECT_EQ(str_concat(a, nullptr), a);           // "" + s shares s (immutable)
  EXPECT_EQ(str_concat(nullptr, b), b);
  EXPECT_EQ(str_concat(nullptr, nullptr), nullptr);
}

TEST(ObjString, CompareAndEqual) {
  EXPECT_EQ(str_compare(str_new("a"), str_new("b")), -1);
  EXPECT_EQ(str_compare(str_new("b"), str_new("a")), 1);
  EXPECT_EQ(str_compare(str_new("ab"), str_new("a")), 1);
  EXPECT_EQ(str_compare(nullptr, str_new("a")), -1);
  EXPECT_EQ(str_compare(str_new("x"), str_new("x")), 0);
  // Bytewise, unsigned: "\xff" > "a" as in Go.
  EXPECT_EQ(str_compare(str_new("\xff"), str_new("a")), 1);
  EXPECT_TRUE(str_equal(str_new("go"), str_new("go")));
  EXPECT_TRUE(str_equal(nullptr, nullptr));
  EXPECT_FALSE(str_equal(str_new("go"), nullptr));
}

TEST(ObjString, IndexAndSliceBounds) {
  Obj* s = str_new("abc");
  Fault f;
  int64_t b;
  ASSERT_TRUE(str_index(s, 1, &b, f));
  EXPECT_EQ(b, 'b');
  ASSERT_TRUE(str_index(str_new("\xe4"), 0, &b, f));
  EXPECT_EQ(b, 0xe4);                              // bytes are unsigned
  EXPECT_FALSE(str_index(s, 5, &b, f));
  EXPECT_EQ(f.msg, "runtime error: index out of range [5] with length 3");
  EXPECT_TRUE(f.runtime_error);
  EXPECT_FALSE(str_index(s, -1, &b, f));
  EXPECT_EQ(f.msg, "runtime error: index out of range [-1]");

  Obj* out;
  ASSERT_TRUE(str_slice(s, 1, 3, &out, f));
  EXPECT_EQ(str_view(out), "bc");
  ASSERT_TRUE(str_slice(s, 3, 3, &out, f));
  EXPECT_EQ(str_view(out), "");
  EXPECT_FALSE(str_slice(s, 0, 5, &out, f));
  EXPECT_EQ(f.msg, "runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_FALSE(str_slice(s, 5, 3, &out, f));
  EXPECT_EQ(f.msg, "runtime error: slice bounds out of range [5:3]");
  EXPECT_FALSE(str_slice(s, 2, 1, &out, f));
  EXPECT_EQ(f.msg, "runtime error: slice bounds out of range [2:1]");
  EXPECT_FALSE(str_slice(s, -1, 2, &out, f));
  EXPECT_EQ(f.msg, "runtime error: slice bounds out of range [-1:]");
}

TEST(ObjString, DecodeRune) {
  // "a", "é" (2 bytes), "世" (3), "😀" (4), then invalid bytes.
  Obj* s = str_new("a\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80");
  int64_t r, w;
  str_decode_rune(s, 0, &r, &w); EXPECT_EQ(r, 'a'); EXPECT_EQ(w, 1);
  str_decode_rune(s, 1, &r, &w); EXPECT_EQ(r, 0xE9); EXPECT_EQ(w, 2);
  str_decode_rune(s, 3, &r, &w); EXPECT_EQ(r, 0x4E16); EXPECT_EQ(w, 3);
  str_decode_rune(s, 6, &r, &w); EXPECT_EQ(r, 0x1F600); EXPECT_EQ(w, 4);
  str_decode_rune(s, 2, &r, &w); EXPECT_EQ(r, 0xFFFD); EXPECT_EQ(w, 1);   // continuation byte
  struct Case { const char* bytes; int64_t rune, width; };
  const Case cases[] = {
      {"\xff", 0xFFFD, 1},
      {"\xc0\x80", 0xFFFD, 1},            // overlong NUL
      {"\xe0\x80\x80", 0xFFFD, 1},        // overlong
      {"\xed\xa0\x80", 0xFFFD, 1},        // surrogate U+D800
      {"\xf4\x90\x80\x80", 0xFFFD, 1},    // > U+10FFFF
      {"\xe4\xb8", 0xFFFD, 1},            // truncated
      {"\xf4\x8f\xbf\xbf", 0x10FFFF, 4},
      {"\xef\xbf\xbd", 0xFFFD, 3},        // a real U+FFFD is 3 bytes wide
  };
  for (const Case& c : cases) {
    str_decode_rune(str_new(c.bytes), 0, &r, &w);
    EXPECT_EQ(r, c.rune) << c.bytes;
    EXPECT_EQ(w, c.width) << c.bytes;
  }
}

TEST(ObjString, Conversions) {
  EXPECT_EQ(str_view(str_from_rune(0x4E16)), "世");
  EXPECT_EQ(str_view(str_from_rune(-1)), "\xef\xbf\xbd");
  EXPECT_EQ(str_view(str_from_rune(0xD800)), "\xef\xbf\xbd");
  EXPECT_EQ(str_view(str_from_rune(0x110000)), "\xef\xbf\xbd");

  Obj* b = bytes_from_str(str_new("h\xc3\xa9!"));
  EXPECT_EQ(ints_of(b), (std::vector<int64_t>{'h', 0xc3, 0xa9, '!'}));
  EXPECT_NE(bytes_from_str(nullptr), nullptr);     // []byte("") is empty, not nil
  EXPECT_EQ(slice_len(bytes_from_str(nullptr)), 0);
  // The bytes are a copy: changing them leaves the string alone.
  Obj* src = str_new("abc");
  Obj* bs = bytes_from_str(src);
  Fault f;
  ASSERT_TRUE(slice_store(bs, 0, Value::from_int('z'), f));
  EXPECT_EQ(str_view(src), "abc");
  EXPECT_EQ(str_view(str_from_bytes(bs)), "zbc");

  Obj* rs = runes_from_str(str_new("a世\xff"));
  EXPECT_EQ(ints_of(rs), (std::vector<int64_t>{'a', 0x4E16, 0xFFFD}));
  EXPECT_EQ(str_view(str_from_runes(rs)), "a世\xef\xbf\xbd");
  EXPECT_EQ(str_from_runes(nullptr), nullptr);
  EXPECT_EQ(str_from_bytes(nullptr), nullptr);
}

TEST(ObjString, ConversionCapacitiesAsGc) {
  // go run (1.19): b := []byte("hello") → cap 5; d := []byte(dynamic 7 bytes) → cap 32;
  // []byte(dynamic 35 bytes) → cap 48; []rune("héllo") → cap 5; dynamic []rune → 32.
  EXPECT_EQ(slice_cap(bytes_from_str(str_static("hello"))), 5);     // constant (guessed)
  EXPECT_EQ(slice_cap(bytes_from_str(str_new("dynamic"))), 32);     // heap string: dynamic
  EXPECT_EQ(slice_cap(bytes_from_str(str_new(std::string(35, 'x')))), 48);
  EXPECT_EQ(slice_cap(bytes_from_str(str_new("hello"), 1)), 5);     // explicit constant
  EXPECT_EQ(slice_cap(bytes_from_str(str_static("hello"), 0)), 32); // explicit non-constant
  EXPECT_EQ(slice_cap(runes_from_str(str_static("h\xc3\xa9llo"))), 5);
  Obj* r = runes_from_str(str_new("h\xc3\xa9llo"));
  EXPECT_EQ(slice_len(r), 5);
  EXPECT_EQ(slice_cap(r), 32);
  EXPECT_EQ(slice_cap(runes_from_str(str_new(std::string(40, 'y')))), 40);   // 160 B class
  EXPECT_EQ(slice_cap(bytes_from_str(nullptr, 1)), 0);
  free_static_objects();
}

TEST(ObjString, StaticStringsArePinned) {
  Obj* s = str_static("constant");
  EXPECT_EQ(str_view(s), "constant");
  EXPECT_EQ(s->mark, 1);   // the tracer skips marked objects: never enqueued, never swept
  EXPECT_TRUE(str_equal(s, str_new("constant")));
  free_static_objects();
}
