// tests/unit/vm/obj_test_util.h — helpers for the object library's tests: building type
// descriptors by hand (as the compiler would), Go-style slices of ints, reading them back.
#pragma once
#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "vm/object.h"

namespace gort::vm::test {

// Descriptors must stay at a fixed address (objects point at their layouts): a deque.
struct Types {
  std::deque<TypeDesc> store;
  TypeDesc* add(TypeDesc t) {
    store.push_back(std::move(t));
    finish_type(store.back());
    return &store.back();
  }
  const TypeDesc* slice_of(const TypeDesc* e) {
    TypeDesc t; t.kind = Kind::Slice; t.elem = e; t.str = "[]" + e->str; return add(t);
  }
  const TypeDesc* array_of(const TypeDesc* e, int64_t n) {
    TypeDesc t; t.kind = Kind::Array; t.elem = e; t.len = n;
    t.str = "[" + std::to_string(n) + "]" + e->str; return add(t);
  }
  const TypeDesc* ptr_to(const TypeDesc* e) {
    TypeDesc t; t.kind = Kind::Pointer; t.elem = e; t.str = "*" + e->str; return add(t);
  }
  const TypeDesc* map_of(const TypeDesc* k, const TypeDesc* v) {
    TypeDesc t; t.kind = Kind::Map; t.key = k; t.elem = v;
    t.str = "map[" + k->str + "]" + v->str; return add(t);
  }
  const TypeDesc* strukt(const std::string& name, std::vector<std::pair<std::string, const TypeDesc*>> fs) {
    TypeDesc t; t.kind = Kind::Struct; t.str = name; t.named = true;
    for (auto& [n, ft] : fs) { FieldDesc f; f.name = n; f.type = ft; t.fields.push_back(f); }
    return add(t);
  }
  const TypeDesc* iface(const std::string& name, std::vector<std::string> methods) {
    TypeDesc t; t.kind = Kind::Interface; t.str = name; t.named = true;
    for (auto& m : methods) { MethodDesc d; d.name = m; t.methods.push_back(d); }
    return add(t);
  }
};

inline const TypeDesc* T_int() { return basic_type(Kind::Int); }
inline const TypeDesc* T_str() { return basic_type(Kind::String); }
inline const TypeDesc* T_f64() { return basic_type(Kind::Float64); }

inline Value I(int64_t v) { return Value::from_int(v); }
inline Value F(double v) { return Value::from_float(v); }
inline Value O(Obj* o) { return Value::from_obj(o); }
inline Value S(std::string_view s) { return Value::from_obj(str_new(s)); }

inline std::vector<int64_t> ints_of(const Obj* s) {
  std::vector<int64_t> out;
  Fault f;
  for (int64_t i = 0; i < slice_len(s); ++i) {
    Value v;
    EXPECT_TRUE(slice_load(s, i, &v, f));   // any representation (compact []byte too)
    out.push_back(v.i);
  }
  return out;
}

inline Obj* int_slice(std::vector<int64_t> v) {
  std::vector<Value> vals;
  for (int64_t x : v) vals.push_back(I(x));
  return slice_append(T_int(), nullptr, vals.data(), int64_t(vals.size()));
}

}  // namespace gort::vm::test
