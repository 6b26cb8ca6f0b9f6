// engine/stdlib/sort_natives.cpp — package sort on sort_impl.h (Go's own algorithms, so ties
// land where Go puts them). Slice/SliceStable call the Go less func synchronously and swap
// slot values (aggregate elements are owned objects: swapping the Obj* moves ownership).
#include <cmath>
#include <utility>

#include "vm/race.h"
#include "stdlib/natives.h"
#include "stdlib/sort_impl.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

struct SlotSwap {
  Value* d;
  uint8_t* b = nullptr;   // sort.Slice of a compact []byte: its bytes instead of d
  void swap(int64_t i, int64_t j) {
    if (b) { std::swap(b[i], b[j]); return; }
    Value t = d[i]; d[i] = d[j]; d[j] = t;
  }
};
struct IntData : SlotSwap { bool less(int64_t i, int64_t j) { return d[i].i < d[j].i; } };
struct FloatData : SlotSwap {
  bool less(int64_t i, int64_t j) { return d[i].f < d[j].f || (std::isnan(d[i].f) && !std::isnan(d[j].f)); }
};
struct StringData : SlotSwap {
  bool less(int64_t i, int64_t j) { return vm::str_compare(d[i].o, d[j].o) < 0; }
};

// less from a Go func value; after a failure (panic in less) every comparison is false so the
// algorithm finishes quickly, and the panic is raised afterwards.
struct FuncData : SlotSwap {
  NativeCtx* c;
  Obj* fn;
  bool failed = false;
  std::string panic_text;
  bool less(int64_t i, int64_t j) {
    if (failed) return false;
    Value args[2] = {int_val(i), int_val(j)};
    Value res{};
    if (!call_func(*c, fn, args, 2, &res, 1, &panic_text)) {
      failed = true;
      return false;
    }
    return res.i != 0;
  }
};

// sort.Interface through its methods.
struct IfaceData {
  NativeCtx* c;
  const TypeDesc* t;
  Value v;
  bool failed = false;
  std::string panic_text;
  bool less(int64_t i, int64_t j) {
    if (failed) return false;
    Value args[2] = {int_val(i), int_val(j)};
    Value res{};
    if (!call_method(*c, t, v, "Less", args, 2, &res, 1, &panic_text)) { failed = true; return false; }
    return res.i != 0;
  }
  void swap(int64_t i, int64_t j) {
    if (failed) return;
    Value args[2] = {int_val(i), int_val(j)};
    if (!call_method(*c, t, v, "Swap", args, 2, nullptr, 0, &panic_text)) failed = true;
  }
};

// Sorting reads and writes every element: under --race, accesses by the calling Go line.
void race_elems(NativeCtx& c, Value* d, int64_t n, bool write) {
  if (!vm::race::on() || !d) return;
  for (int64_t i = 0; i < n; ++i) vm::race::access_from_native(c.gs, c.g, &d[i], write);
}

template <class D>
NativeStatus sort_slots(NativeCtx& c) {
  int64_t n;
  Value* d = slice_data(c.args[0].o, &n);
  race_elems(c, d, n, true);
  D data;
  data.d = d;
  sortimpl::sort(data, n);
  return NativeStatus::Done;
}

template <class D>
NativeStatus sorted_slots(NativeCtx& c) {
  int64_t n;
  Value* d = slice_data(c.args[0].o, &n);
  race_elems(c, d, n, false);
  D data;
  data.d = d;
  bool ok = true;
  for (int64_t i = n - 1; i > 0; i--)
    if (data.less(i, i - 1)) { ok = false; break; }
  c.args[0] = bool_val(ok);
  return NativeStatus::Done;
}

// x any holding a slice: its element slots.
bool any_slice(NativeCtx& c, Obj* x, Value** d, uint8_t** b, int64_t* n, NativeStatus* st) {
  const TypeDesc* t = vm::iface_type(x);
  if (!t || t->kind != vm::Kind::Slice) {
    vm::Fault f;
    f.runtime_error = false;
    f.msg = "reflect: call of Swapper on " + std::string(t ? t->str : "nil") + " Value";
    *st = vm::native_panic_fault(c, f);
    return false;
  }
  Obj* s = vm::iface_data(x).o;
  *b = vm::slice_bytes(s);
  *n = vm::slice_len(s);
  *d = *b ? nullptr : slice_data(s, n);
  return true;
}

NativeStatus slice_sort(NativeCtx& c, bool stable) {
  Value* d;
  uint8_t* b;
  int64_t n;
  NativeStatus st;
  if (!any_slice(c, c.args[0].o, &d, &b, &n, &st)) return st;
  race_elems(c, d, n, true);
  FuncData data;
  data.d = d;
  data.b = b;
  data.c = &c;
  data.fn = c.args[1].o;
  if (stable) sortimpl::stable(data, n);
  else sortimpl::sort(data, n);
  if (data.failed) return panic_string(c, data.panic_text);
  return NativeStatus::Done;
}
NativeStatus s_slice(NativeCtx& c) { return slice_sort(c, false); }
NativeStatus s_slice_stable(NativeCtx& c) { return slice_sort(c, true); }
NativeStatus s_slice_is_sorted(NativeCtx& c) {
  Value* d;
  uint8_t* b;
  int64_t n;
  NativeStatus st;
  if (!any_slice(c, c.args[0].o, &d, &b, &n, &st)) return st;
  FuncData data;
  data.d = d;
  data.b = b;
  data.c = &c;
  data.fn = c.args[1].o;
  bool ok = true;
  for (int64_t i = n - 1; i > 0; i--)
    if (data.less(i, i - 1)) { ok = false; break; }
  if (data.failed) return panic_string(c, data.panic_text);
  c.args[0] = bool_val(ok);
  return NativeStatus::Done;
}

NativeStatus iface_sort(NativeCtx& c, bool stable) {
  Obj* x = c.args[0].o;
  IfaceData data{&c, vm::iface_type(x), vm::iface_data(x), false, {}};
  Value len{};
  if (!call_method(c, data.t, data.v, "Len", nullptr, 0, &len, 1, &data.panic_text))
    return panic_string(c, data.panic_text.empty() ? "sort: nil Interface" : data.panic_text);
  if (stable) sortimpl::stable(data, len.i);
  else sortimpl::sort(data, len.i);
  if (data.failed) return panic_string(c, data.panic_text);
  return NativeStatus::Done;
}
NativeStatus s_sort(NativeCtx& c) { return iface_sort(c, false); }
NativeStatus s_stable(NativeCtx& c) { return iface_sort(c, true); }

NativeStatus s_search(NativeCtx& c) {
  int64_t n = c.args[0].i;
  Obj* f = c.args[1].o;
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
    Value arg = int_val(h), res{};
    std::string pt;
    if (!call_func(c, f, &arg, 1, &res, 1, &pt)) return panic_string(c, pt);
    if (!res.i) i = h + 1; else j = h;
  }
  c.args[0] = int_val(i);
  return NativeStatus::Done;
}
NativeStatus s_search_ints(NativeCtx& c) {
  int64_t n;
  Value* d = slice_data(c.args[0].o, &n);
  int64_t x = c.args[1].i, i = 0, j = n;
  while (i < j) {
    int64_t h = (i + j) / 2;
    if (d[h].i < x) i = h + 1; else j = h;
  }
  c.args[0] = int_val(i);
  return NativeStatus::Done;
}
NativeStatus s_search_strings(NativeCtx& c) {
  int64_t n;
  Value* d = slice_data(c.args[0].o, &n);
  Obj* x = c.args[1].o;
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = (i + j) / 2;
    if (vm::str_compare(d[h].o, x) < 0) i = h + 1; else j = h;
  }
  c.args[0] = int_val(i);
  return NativeStatus::Done;
}


// ---- IntSlice / StringSlice / Float64Slice methods (receiver: the slice) ----
template <class D>
NativeStatus m_len(NativeCtx& c) { c.args[0] = int_val(vm::slice_len(c.args[0].o)); return NativeStatus::Done; }
template <class D>
NativeStatus m_less(NativeCtx& c) {
  int64_t n;
  D data;
  data.d = slice_data(c.args[0].o, &n);
  int64_t i = c.args[1].i, j = c.args[2].i;
  if (i < 0 || i >= n || j < 0 || j >= n)
    return panic_runtime(c, "runtime error: index out of range [" + std::to_string(i < 0 || i >= n ? i : j) +
                                "] with length " + std::to_string(n));
  c.args[0] = bool_val(data.less(i, j));
  return NativeStatus::Done;
}
NativeStatus m_swap(NativeCtx& c) {
  int64_t n;
  Value* d = slice_data(c.args[0].o, &n);
  int64_t i = c.args[1].i, j = c.args[2].i;
  if (i < 0 || i >= n || j < 0 || j >= n)
    return panic_runtime(c, "runtime error: index out of range [" + std::to_string(i < 0 || i >= n ? i : j) +
                                "] with length " + std::to_string(n));
  Value t = d[i];
  d[i] = d[j];
  d[j] = t;
  return NativeStatus::Done;
}

// sort.Reverse: a *sort.reverse {Interface} whose Less swaps its arguments.
Obj* inner_of(NativeCtx& c) { return rt::obj_slots(c.args[0].o)[0].o; }
NativeStatus rev_len(NativeCtx& c) {
  Obj* in = inner_of(c);
  Value res{};
  std::string pt;
  if (!call_method(c, vm::iface_type(in), vm::iface_data(in), "Len", nullptr, 0, &res, 1, &pt)) return panic_string(c, pt);
  c.args[0] = res;
  return NativeStatus::Done;
}
NativeStatus rev_less(NativeCtx& c) {
  Obj* in = inner_of(c);
  Value args[2] = {c.args[2], c.args[1]}, res{};
  std::string pt;
  if (!call_method(c, vm::iface_type(in), vm::iface_data(in), "Less", args, 2, &res, 1, &pt)) return panic_string(c, pt);
  c.args[0] = res;
  return NativeStatus::Done;
}
NativeStatus rev_swap(NativeCtx& c) {
  Obj* in = inner_of(c);
  Value args[2] = {c.args[1], c.args[2]};
  std::string pt;
  if (!call_method(c, vm::iface_type(in), vm::iface_data(in), "Swap", args, 2, nullptr, 0, &pt)) return panic_string(c, pt);
  return NativeStatus::Done;
}
const TypeDesc* reverse_ptr() {
  static const TypeDesc* t = [] {
    auto* iface = new TypeDesc();
    iface->kind = vm::Kind::Interface;
    iface->str = "sort.Interface";
    iface->named = true;
    for (const char* m : {"Len", "Less", "Swap"}) {
      vm::MethodDesc d;
      d.name = m;
      iface->methods.push_back(d);
    }
    auto* s = new TypeDesc();
    s->kind = vm::Kind::Struct;
    s->str = "sort.reverse";
    s->named = true;
    vm::FieldDesc f;
    f.name = "Interface";
    f.type = iface;
    f.embedded = true;
    f.exported = true;
    s->fields = {f};
    vm::finish_type(*s);
    auto* p = new TypeDesc();
    p->kind = vm::Kind::Pointer;
    p->str = "*sort.reverse";
    p->elem = s;
    vm::MethodDesc a, b, d;
    a.name = "Len"; a.native = rev_len; a.ptr_recv = true;
    b.name = "Less"; b.native = rev_less; b.ptr_recv = true;
    d.name = "Swap"; d.native = rev_swap; d.ptr_recv = true;
    p->methods = {a, b, d};
    vm::finish_type(*p);
    return p;
  }();
  return t;
}
NativeStatus s_reverse(NativeCtx& c) {
  const TypeDesc* pt = reverse_ptr();
  Obj* o = vm::agg_new(pt->elem);
  rt::obj_slots(o)[0] = c.args[0];
  c.args[0] = Value::from_obj(vm::iface_new(pt, Value::from_obj(o)));
  return NativeStatus::Done;
}
NativeStatus s_is_sorted(NativeCtx& c) {
  Obj* x = c.args[0].o;
  IfaceData data{&c, vm::iface_type(x), vm::iface_data(x), false, {}};
  Value len{};
  if (!call_method(c, data.t, data.v, "Len", nullptr, 0, &len, 1, &data.panic_text))
    return panic_string(c, data.panic_text);
  bool ok = true;
  for (int64_t i = len.i - 1; i > 0; i--)
    if (data.less(i, i - 1)) { ok = false; break; }
  if (data.failed) return panic_string(c, data.panic_text);
  c.args[0] = bool_val(ok);
  return NativeStatus::Done;
}

}  // namespace

void add_sort_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"sort.Sort", s_sort}, {"sort.Stable", s_stable}, {"sort.Ints", sort_slots<IntData>},
      {"sort.Strings", sort_slots<StringData>}, {"sort.Float64s", sort_slots<FloatData>},
      {"sort.IntsAreSorted", sorted_slots<IntData>}, {"sort.StringsAreSorted", sorted_slots<StringData>},
      {"sort.Slice", s_slice}, {"sort.SliceStable", s_slice_stable}, {"sort.SliceIsSorted", s_slice_is_sorted},
      {"sort.Search", s_search}, {"sort.SearchInts", s_search_ints}, {"sort.SearchStrings", s_search_strings},
      {"sort.Reverse", s_reverse}, {"sort.IsSorted", s_is_sorted}, {"sort.Float64sAreSorted", sorted_slots<FloatData>},
      {"sort.IntSlice.Len", m_len<IntData>}, {"sort.IntSlice.Less", m_less<IntData>},
      {"sort.IntSlice.Swap", m_swap}, {"sort.IntSlice.Sort", sort_slots<IntData>},
      {"sort.StringSlice.Len", m_len<StringData>}, {"sort.StringSlice.Less", m_less<StringData>},
      {"sort.StringSlice.Swap", m_swap}, {"sort.StringSlice.Sort", sort_slots<StringData>},
      {"sort.Float64Slice.Len", m_len<FloatData>}, {"sort.Float64Slice.Less", m_less<FloatData>},
      {"sort.Float64Slice.Swap", m_swap}, {"sort.Float64Slice.Sort", sort_slots<FloatData>},
  });
}

}  // namespace gort::stdlib
