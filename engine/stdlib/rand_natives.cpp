// engine/stdlib/rand_natives.cpp — package math/rand, ported from Go 1.19 (rng.go's additive
// lagged Fibonacci generator seeded through seedrand and rngCooked, rand.go's derivations), so
// a program using the default source (seed 1, as Go 1.19) or rand.Seed/NewSource prints the
// same numbers as Go. `gort run --seed N` (N != 0) seeds the default source with N instead.
#include <cstdlib>
#include <mutex>

#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/util.h"

namespace gort::stdlib {

extern const int64_t kRngCooked[607];

namespace {

constexpr int kLen = 607, kTap = 273;
constexpr uint64_t kMask = (uint64_t{1} << 63) - 1;
constexpr int32_t kInt32Max = 0x7fffffff;

int32_t seedrand(int32_t x) {
  const int32_t A = 48271, Q = 44488, R = 3399;
  int32_t hi = x / Q, lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += kInt32Max;
  return x;
}

struct Rng {
  int tap = 0, feed = 0;
  int64_t vec[kLen] = {};
  void seed(int64_t s) {
    tap = 0;
    feed = kLen - kTap;
    s %= kInt32Max;
    if (s < 0) s += kInt32Max;
    if (s == 0) s = 89482311;
    int32_t x = static_cast<int32_t>(s);
    for (int i = -20; i < kLen; i++) {
      x = seedrand(x);
      if (i >= 0) {
        uint64_t u = static_cast<uint64_t>(static_cast<int64_t>(x)) << 40;
        x = seedrand(x);
        u ^= static_cast<uint64_t>(static_cast<int64_t>(x)) << 20;
        x = seedrand(x);
        u ^= static_cast<uint64_t>(static_cast<int64_t>(x));
        u ^= static_cast<uint64_t>(kRngCooked[i]);
        vec[i] = static_cast<int64_t>(u);
      }
    }
  }
  uint64_t uint64() {
    if (--tap < 0) tap += kLen;
    if (--feed < 0) feed += kLen;
    uint64_t x = static_cast<uint64_t>(vec[feed]) + static_cast<uint64_t>(vec[tap]);
    vec[feed] = static_cast<int64_t>(x);
    return x;
  }
  int64_t int63() { return static_cast<int64_t>(uint64() & kMask); }
};

// The global source, locked like Go's lockedSource.
std::mutex g_mu;
Rng& global_rng() {
  static Rng* r = [] {
    auto* x = new Rng();
    x->seed(1);
    return x;
  }();
  return *r;
}

// rand.go's derivations over any Int63 source.
struct Src {
  Rng* rng;       // null: the global source (locked per draw)
  int64_t int63() {
    if (rng) return rng->int63();
    std::lock_guard<std::mutex> lk(g_mu);
    return global_rng().int63();
  }
  uint32_t uint32() { return static_cast<uint32_t>(int63() >> 31); }
  // Uint64 of Go's rngSource (a Source64): the whole 64-bit value of one draw.
  uint64_t uint64() {
    if (rng) return rng->uint64();
    std::lock_guard<std::mutex> lk(g_mu);
    return global_rng().uint64();
  }
  int32_t int31() { return static_cast<int32_t>(int63() >> 32); }
  int64_t int63n(int64_t n) {
    if ((n & (n - 1)) == 0) return int63() & (n - 1);
    int64_t max = static_cast<int64_t>((uint64_t{1} << 63) - 1 - (uint64_t{1} << 63) % static_cast<uint64_t>(n));
    int64_t v = int63();
    while (v > max) v = int63();
    return v % n;
  }
  int32_t int31n(int32_t n) {
    if ((n & (n - 1)) == 0) return int31() & (n - 1);
    int32_t max = static_cast<int32_t>((uint32_t{1} << 31) - 1 - (uint32_t{1} << 31) % static_cast<uint32_t>(n));
    int32_t v = int31();
    while (v > max) v = int31();
    return v % n;
  }
  // rand.go's unexported int31n (Lemire's method), used by Shuffle.
  int32_t int31n_fast(int32_t n) {
    uint32_t v = uint32();
    uint64_t prod = static_cast<uint64_t>(v) * static_cast<uint64_t>(n);
    uint32_t low = static_cast<uint32_t>(prod);
    if (low < static_cast<uint32_t>(n)) {
      uint32_t thresh = static_cast<uint32_t>(-n) % static_cast<uint32_t>(n);
      while (low < thresh) {
        v = uint32();
        prod = static_cast<uint64_t>(v) * static_cast<uint64_t>(n);
        low = static_cast<uint32_t>(prod);
      }
    }
    return static_cast<int32_t>(prod >> 32);
  }
  int64_t intn(int64_t n) { return n <= kInt32Max ? int31n(static_cast<int32_t>(n)) : int63n(n); }
  double float64() {
    for (;;) {
      double f = static_cast<double>(int63()) / 9223372036854775808.0;
      if (f != 1) return f;
    }
  }
};

// *rand.rngSource objects hold a pointer to their C++ Rng (freed by the layout's finalizer).
void free_rng(void* data) { delete static_cast<Rng*>(static_cast<Value*>(data)->p); }
NativeStatus src_int63(NativeCtx& c) {
  c.args[0].i = static_cast<Rng*>(rt::obj_slots(c.args[0].o)[0].p)->int63();
  return NativeStatus::Done;
}
NativeStatus src_seed(NativeCtx& c) {
  static_cast<Rng*>(rt::obj_slots(c.args[0].o)[0].p)->seed(c.args[1].i);
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
    f.type = vm::basic_type(vm::Kind::Uintptr);
    s->fields = {f};
    vm::finish_type(*s);
    s->layout.finalize = free_rng;
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

// The source of a *rand.Rand: its own rngSource (a user-defined Source is not supported: the
// global source is used instead).
Src rand_src(Value r) {
  if (!r.o) return Src{nullptr};
  Obj* iface = rt::obj_slots(r.o)[0].o;
  if (vm::iface_type(iface) == rng_source_ptr())
    return Src{static_cast<Rng*>(rt::obj_slots(vm::iface_data(iface).o)[0].p)};
  return Src{nullptr};
}

NativeStatus do_intn(NativeCtx& c, Src s, int64_t n) {
  if (n <= 0) return panic_string(c, "invalid argument to Intn");
  c.args[0].i = s.intn(n);
  return NativeStatus::Done;
}
NativeStatus do_perm(NativeCtx& c, Src s, int64_t n) {
  if (n < 0) return panic_runtime(c, "runtime error: makeslice: len out of range");
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
  global_rng().seed(c.args[0].i);
  return NativeStatus::Done;
}
NativeStatus r_int(NativeCtx& c) { c.args[0].i = Src{nullptr}.int63(); return NativeStatus::Done; }
NativeStatus r_intn(NativeCtx& c) { return do_intn(c, Src{nullptr}, c.args[0].i); }
NativeStatus r_int31(NativeCtx& c) { c.args[0].i = Src{nullptr}.int31(); return NativeStatus::Done; }
NativeStatus r_int31n(NativeCtx& c) {
  if (c.args[0].i <= 0) return panic_string(c, "invalid argument to Int31n");
  c.args[0].i = Src{nullptr}.int31n(static_cast<int32_t>(c.args[0].i));
  return NativeStatus::Done;
}
NativeStatus r_int63(NativeCtx& c) { c.args[0].i = Src{nullptr}.int63(); return NativeStatus::Done; }
NativeStatus r_uint32(NativeCtx& c) { c.args[0].u = Src{nullptr}.uint32(); return NativeStatus::Done; }
NativeStatus r_uint64(NativeCtx& c) { c.args[0].u = Src{nullptr}.uint64(); return NativeStatus::Done; }
NativeStatus r_int63n(NativeCtx& c) {
  if (c.args[0].i <= 0) return panic_string(c, "invalid argument to Int63n");
  c.args[0].i = Src{nullptr}.int63n(c.args[0].i);
  return NativeStatus::Done;
}
NativeStatus r_float64(NativeCtx& c) { c.args[0].f = Src{nullptr}.float64(); return NativeStatus::Done; }
NativeStatus r_float32(NativeCtx& c) {
  for (;;) {
    float f = static_cast<float>(Src{nullptr}.float64());
    if (f != 1) { c.args[0].f = f; return NativeStatus::Done; }
  }
}
NativeStatus r_perm(NativeCtx& c) { return do_perm(c, Src{nullptr}, c.args[0].i); }
NativeStatus do_shuffle(NativeCtx& c, Src s, int64_t n, Obj* swap) {
  if (n < 0) return panic_string(c, "invalid argument to Shuffle");
  int64_t i = n - 1;
  for (; i > kInt32Max - 1; i--) {
    Value args[2] = {int_val(i), int_val(s.int63n(i + 1))};
    std::string pt;
    if (!call_func(c, swap, args, 2, nullptr, 0, &pt)) return panic_string(c, pt);
  }
  for (; i > 0; i--) {
    Value args[2] = {int_val(i), int_val(s.int31n_fast(static_cast<int32_t>(i + 1)))};
    std::string pt;
    if (!call_func(c, swap, args, 2, nullptr, 0, &pt)) return panic_string(c, pt);
  }
  return NativeStatus::Done;
}
NativeStatus r_shuffle(NativeCtx& c) { return do_shuffle(c, Src{nullptr}, c.args[0].i, c.args[1].o); }
NativeStatus r_new_source(NativeCtx& c) {
  const TypeDesc* pt = rng_source_ptr();
  Obj* o = vm::agg_new(pt->elem);
  auto* rng = new Rng();  // owned by the object (freed by its layout's finalizer)
  rng->seed(c.args[0].i);
  rt::obj_slots(o)[0].p = rng;
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
NativeStatus rr_int63(NativeCtx& c) { c.args[0].i = rand_src(c.args[0]).int63(); return NativeStatus::Done; }
NativeStatus rr_uint32(NativeCtx& c) { c.args[0].u = rand_src(c.args[0]).uint32(); return NativeStatus::Done; }
NativeStatus rr_uint64(NativeCtx& c) { c.args[0].u = rand_src(c.args[0]).uint64(); return NativeStatus::Done; }
NativeStatus rr_int31(NativeCtx& c) { c.args[0].i = rand_src(c.args[0]).int31(); return NativeStatus::Done; }
NativeStatus rr_int63n(NativeCtx& c) {
  if (c.args[1].i <= 0) return panic_string(c, "invalid argument to Int63n");
  c.args[0].i = rand_src(c.args[0]).int63n(c.args[1].i);
  return NativeStatus::Done;
}
NativeStatus rr_int31n(NativeCtx& c) {
  if (c.args[1].i <= 0) return panic_string(c, "invalid argument to Int31n");
  c.args[0].i = rand_src(c.args[0]).int31n(static_cast<int32_t>(c.args[1].i));
  return NativeStatus::Done;
}
NativeStatus rr_float32(NativeCtx& c) {
  Src s = rand_src(c.args[0]);
  for (;;) {
    float f = static_cast<float>(s.float64());
    if (f != 1) { c.args[0].f = f; return NativeStatus::Done; }
  }
}
NativeStatus rr_shuffle(NativeCtx& c) { return do_shuffle(c, rand_src(c.args[0]), c.args[1].i, c.args[2].o); }
NativeStatus rr_seed(NativeCtx& c) {
  Src s = rand_src(c.args[0]);
  if (s.rng) {
    s.rng->seed(c.args[1].i);
  } else {
    std::lock_guard<std::mutex> lk(g_mu);
    global_rng().seed(c.args[1].i);
  }
  return NativeStatus::Done;
}

}  // namespace

void set_seed(uint64_t seed) {
  std::lock_guard<std::mutex> lk(g_mu);
  // 0 = no --seed: Go 1.19's default source is seeded with 1 (deterministic).
  global_rng().seed(seed == 0 ? 1 : static_cast<int64_t>(seed));
}

void add_rand_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"math/rand.Seed", r_seed}, {"math/rand.Int", r_int}, {"math/rand.Intn", r_intn},
      {"math/rand.Int31", r_int31}, {"math/rand.Int31n", r_int31n}, {"math/rand.Int63", r_int63},
      {"math/rand.Int63n", r_int63n}, {"math/rand.Float64", r_float64}, {"math/rand.Float32", r_float32},
      {"math/rand.Perm", r_perm}, {"math/rand.Shuffle", r_shuffle}, {"math/rand.NewSource", r_new_source},
      {"math/rand.New", r_new}, {"(*math/rand.Rand).Intn", rr_intn}, {"(*math/rand.Rand).Int", rr_int},
      {"(*math/rand.Rand).Float64", rr_float64}, {"(*math/rand.Rand).Perm", rr_perm},
      {"(*math/rand.Rand).Int63", rr_int63}, {"(*math/rand.Rand).Int31", rr_int31},
      {"(*math/rand.Rand).Int63n", rr_int63n}, {"(*math/rand.Rand).Int31n", rr_int31n},
      {"(*math/rand.Rand).Float32", rr_float32}, {"(*math/rand.Rand).Seed", rr_seed},
      {"(*math/rand.Rand).Shuffle", rr_shuffle}, {"math/rand.Uint32", r_uint32}, {"math/rand.Uint64", r_uint64},
      {"(*math/rand.Rand).Uint32", rr_uint32}, {"(*math/rand.Rand).Uint64", rr_uint64},
  });
}

}  // namespace gort::stdlib
