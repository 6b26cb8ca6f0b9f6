// engine/stdlib/rand_natives.cpp — package math/rand. The generator is a 64-bit SplitMix-style
// stream (not Go's ALFG: outputs differ from Go's, as the brief allows), seeded per run from
// RunOptions::seed via set_seed so --seed reproduces a run. Derivations (Intn, Int63n, Perm,
// Shuffle, Float64) follow Go's algorithms so their argument checks and panics match.
#include <atomic>
#include <mutex>

#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

uint64_t splitmix(uint64_t* s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::mutex g_mu;
uint64_t g_state = 0x853c49e6748fea9bULL;

// A source: the global one, or a *rand.rngSource object's state slot.
struct Src {
  uint64_t* state = nullptr;  // null: global
  int64_t int63() {
    if (state) return static_cast<int64_t>(splitmix(state) >> 1);
    std::lock_guard<std::mutex> lk(g_mu);
    return static_cast<int64_t>(splitmix(&g_state) >> 1);
  }
  int32_t int31() { return static_cast<int32_t>(int63() >> 32); }
  int64_t int63n(int64_t n) {
    if ((n & (n - 1)) == 0) return int63() & (n - 1);
    int64_t max = static_cast<int64_t>((1ULL << 63) - 1 - (1ULL << 63) % static_cast<uint64_t>(n));
    int64_t v = int63();
    while (v > max) v = int63();
    return v % n;
  }
  int32_t int31n(int32_t n) {
    if ((n & (n - 1)) == 0) return int31() & (n - 1);
    int32_t max = static_cast<int32_t>((1U << 31) - 1 - (1U << 31) % static_cast<uint32_t>(n));
    int32_t v = int31();
    while (v > max) v = int31();
    return v % n;
  }
  int64_t intn(int64_t n) { return n <= INT32_MAX ? int31n(static_cast<int32_t>(n)) : int63n(n); }
  double float64() {
    for (;;) {
      double f = static_cast<double>(int63()) / 9223372036854775808.0;
      if (f < 1) return f;
    }
  }
};

const TypeDesc* rng_source_ptr();

NativeStatus src_int63(NativeCtx& c) {
  Src s{reinterpret_cast<uint64_t*>(&rt::obj_slots(c.args[0].o)[0])};
  c.args[0].i = s.int63();
  return NativeStatus::Done;
}
NativeStatus src_seed(NativeCtx& c) {
  rt::obj_slots(c.args[0].o)[0].u = static_cast<uint64_t>(c.args[1].i);
  return NativeStatus::Done;
}

const TypeDesc* rng_source_ptr() {
  static const TypeDesc* t = [] {
    auto* s = new TypeDesc();
    s->kind = vm::Kind::Struct;
    s->str = "rand.rngSource";
    s->named = true;
    vm::FieldDesc f;
    f.name = "state";
    f.type = vm::basic_type(vm::Kind::Uint64);
    s->fields = {f};
    vm::finish_type(*s);
    auto* p = new TypeDesc();
    p->kind = vm::Kind::Pointer;
    p->str = "*rand.rngSource";
    p->elem = s;
    vm::MethodDesc a, b;
    a.name = "Int63"; a.native = src_int63; a.ptr_recv = true;
    b.name = "Seed"; b.native = src_seed; b.ptr_recv = true;
    p->methods = {a, b};
    vm::finish_type(*p);
    return p;
  }();
  return t;
}

// The Src of a *rand.Rand receiver: its own rngSource when it is one (fast path); a user
// Source implementation is not supported (the global source is used instead).
Src rand_src(Value r) {
  if (!r.o) return Src{};
  Obj* iface = rt::obj_slots(r.o)[0].o;
  if (vm::iface_type(iface) == rng_source_ptr())
    return Src{reinterpret_cast<uint64_t*>(&rt::obj_slots(vm::iface_data(iface).o)[0])};
  return Src{};
}

NativeStatus do_intn(NativeCtx& c, Src s, int64_t n) {
  if (n <= 0) return panic_string(c, "invalid argument to Intn");
  c.args[0].i = s.intn(n);
  return NativeStatus::Done;
}
NativeStatus do_perm(NativeCtx& c, Src s, int64_t n) {
  if (n < 0) return panic_string(c, "invalid argument to Perm");
  std::vector<int64_t> m(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    int64_t j = s.intn(i + 1);
    m[i] = m[j];
    m[j] = i;
  }
  c.args[0] = Value::from_obj(make_int_slice(m));
  return NativeStatus::Done;
}

NativeStatus r_seed(NativeCtx& c) {
  std::lock_guard<std::mutex> lk(g_mu);
  g_state = static_cast<uint64_t>(c.args[0].i);
  return NativeStatus::Done;
}
NativeStatus r_int(NativeCtx& c) { c.args[0].i = Src{}.int63(); return NativeStatus::Done; }
NativeStatus r_intn(NativeCtx& c) { return do_intn(c, Src{}, c.args[0].i); }
NativeStatus r_int31(NativeCtx& c) { c.args[0].i = Src{}.int31(); return NativeStatus::Done; }
NativeStatus r_int31n(NativeCtx& c) {
  if (c.args[0].i <= 0) return panic_string(c, "invalid argument to Int31n");
  c.args[0].i = Src{}.int31n(static_cast<int32_t>(c.args[0].i));
  return NativeStatus::Done;
}
NativeStatus r_int63(NativeCtx& c) { c.args[0].i = Src{}.int63(); return NativeStatus::Done; }
NativeStatus r_int63n(NativeCtx& c) {
  if (c.args[0].i <= 0) return panic_string(c, "invalid argument to Int63n");
  c.args[0].i = Src{}.int63n(c.args[0].i);
  return NativeStatus::Done;
}
NativeStatus r_float64(NativeCtx& c) { c.args[0].f = Src{}.float64(); return NativeStatus::Done; }
NativeStatus r_float32(NativeCtx& c) {
  for (;;) {
    float f = static_cast<float>(Src{}.float64());
    if (f != 1) { c.args[0].f = f; return NativeStatus::Done; }
  }
}
NativeStatus r_perm(NativeCtx& c) { return do_perm(c, Src{}, c.args[0].i); }
NativeStatus r_shuffle(NativeCtx& c) {
  int64_t n = c.args[0].i;
  Obj* swap = c.args[1].o;
  if (n < 0) return panic_string(c, "invalid argument to Shuffle");
  Src s{};
  for (int64_t i = n - 1; i > 0; --i) {
    int64_t j = s.intn(i + 1);
    Value args[2] = {int_val(i), int_val(j)};
    std::string pt;
    if (!call_func(c, swap, args, 2, nullptr, 0, &pt)) return panic_string(c, pt);
  }
  return NativeStatus::Done;
}
NativeStatus r_new_source(NativeCtx& c) {
  const TypeDesc* pt = rng_source_ptr();
  Obj* o = vm::agg_new(pt->elem);
  rt::obj_slots(o)[0].u = static_cast<uint64_t>(c.args[0].i);
  c.args[0] = Value::from_obj(vm::iface_new(pt, Value::from_obj(o)));
  return NativeStatus::Done;
}
NativeStatus r_new(NativeCtx& c) {
  Obj* o = vm::agg_new(rand_rand());
  rt::obj_slots(o)[0] = c.args[0];
  c.args[0] = Value::from_obj(o);
  return NativeStatus::Done;
}
NativeStatus rr_intn(NativeCtx& c) { return do_intn(c, rand_src(c.args[0]), c.args[1].i); }
NativeStatus rr_int(NativeCtx& c) { c.args[0].i = rand_src(c.args[0]).int63(); return NativeStatus::Done; }
NativeStatus rr_float64(NativeCtx& c) { c.args[0].f = rand_src(c.args[0]).float64(); return NativeStatus::Done; }
NativeStatus rr_perm(NativeCtx& c) { return do_perm(c, rand_src(c.args[0]), c.args[1].i); }

}  // namespace

void set_seed(uint64_t seed) {
  std::lock_guard<std::mutex> lk(g_mu);
  g_state = seed;
}

void add_rand_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"math/rand.Seed", r_seed}, {"math/rand.Int", r_int}, {"math/rand.Intn", r_intn},
      {"math/rand.Int31", r_int31}, {"math/rand.Int31n", r_int31n}, {"math/rand.Int63", r_int63},
      {"math/rand.Int63n", r_int63n}, {"math/rand.Float64", r_float64}, {"math/rand.Float32", r_float32},
      {"math/rand.Perm", r_perm}, {"math/rand.Shuffle", r_shuffle}, {"math/rand.NewSource", r_new_source},
      {"math/rand.New", r_new}, {"(*math/rand.Rand).Intn", rr_intn}, {"(*math/rand.Rand).Int", rr_int},
      {"(*math/rand.Rand).Float64", rr_float64}, {"(*math/rand.Rand).Perm", rr_perm},
  });
}

}  // namespace gort::stdlib
