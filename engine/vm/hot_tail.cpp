// engine/vm/hot_tail.cpp — the fast path for the hottest instructions as threaded code: one
// small function per instruction, each ending in a guaranteed tail call ([[clang::musttail]],
// wasm `return_call_indirect`) to the next instruction's handler. Built instead of interp.cpp's
// run_hot where GORT_HOT_TAIL is set (vm/hot.h: the wasm builds with -mtail-call).
//
// Why: under wasm run_hot's switch is one br_table in one big function; V8 keeps part of its
// state on the stack and a long-running activation of it never leaves the code it was entered
// with (no on-stack replacement for wasm). Here the hot state (ip, the frame's registers R, the
// top frame, the instruction word) travels in arguments — registers — and each handler tiers
// up to TurboFan on its own. The rest (the protos' call data, the stack's bounds, the current
// constants, the poll countdown) lives in one TailCtx that CALL and RET update.
//
// The semantics are run_hot's, instruction for instruction (same slow-path exits, same polls,
// so a run under fake time preempts at the same points); see the comments there.
#include "vm/hot.h"

#if GORT_HOT_TAIL

#include <cstring>

#include "runtime/runtime.h"
#include "vm/object.h"

namespace gort::vm {
namespace {

struct TailCtx {
  const HotProto* hot;
  Value* stack;
  const Value* stack_end;  // stack + its size: a callee's registers must end at or below it
  Frame* fbase;
  Frame* fentry;  // frames above this one were pushed here: their RET needs no check
  Frame* flast;   // the frame array's last slot: a CALL there goes the slow way
  const GState* gs;
  const rt::G* g;
  const Instr* code;     // the current proto's code (a CALL stores its return pc against it)
  const Value* consts;   // the current proto's constants
  uint32_t countdown;    // polls until the next look at the preemption flags
  bool yield;
  // Where the chain stopped (written by the exit handler).
  const Instr* ip;
  Value* R;
  Frame* fp;
};

// The instruction word travels whole; its fields (opcode, a, b, c: 16 bits each, little endian
// as wasm and x86 are) are taken out with shifts, not re-read from memory.
using Handler = void (*)(const Instr* ip, Value* R, Frame* fp, TailCtx* cx, uint64_t in);

inline uint64_t word(const Instr* ip) {
  uint64_t w;
  std::memcpy(&w, ip, sizeof w);
  return w;
}
inline uint32_t fa(uint64_t in) { return static_cast<uint32_t>(in >> 16) & 0xffff; }
inline uint32_t fb(uint64_t in) { return static_cast<uint32_t>(in >> 32) & 0xffff; }
inline uint32_t fc(uint64_t in) { return static_cast<uint32_t>(in >> 48); }
inline int64_t fsb(uint64_t in) { return static_cast<int16_t>(in >> 32); }
inline int64_t fsc(uint64_t in) { return static_cast<int16_t>(in >> 48); }

inline int64_t shl(uint64_t x, int64_t s) { return s >= 64 ? 0 : static_cast<int64_t>(x << s); }
inline int64_t shr(int64_t x, int64_t s) { return s >= 64 ? (x < 0 ? -1 : 0) : (x >> s); }
inline int64_t shru(uint64_t x, int64_t s) { return s >= 64 ? 0 : static_cast<int64_t>(x >> s); }

// Out of line: keeps the rare check's code out of the handlers.
__attribute__((noinline)) bool yield_check(const GState& gs, const rt::G* g) {
  // As interp.cpp's: nested Go code stops only when the program ends.
  return g && (gs.sync_calls == 0 ? rt::should_yield(*g) : rt::nested_should_stop(*g));
}

#define HANDLER(name) void h_##name(const Instr* ip, Value* R, Frame* fp, TailCtx* cx, uint64_t in)
HANDLER(out);
#define GORT_TAIL_DECL(name) HANDLER(name);
GORT_FAST_OPS(GORT_TAIL_DECL)
#undef GORT_TAIL_DECL

struct Table {
  Handler h[static_cast<size_t>(Opcode::COUNT_)];
  constexpr Table() : h{} {
    for (auto& x : h) x = &h_out;
#define GORT_TAIL_SET(name) h[static_cast<size_t>(Opcode::name)] = &h_##name;
    GORT_FAST_OPS(GORT_TAIL_SET)
#undef GORT_TAIL_SET
  }
};
constexpr Table kTable;

#define R_A R[fa(in)]
#define R_B R[fb(in)]
#define R_C R[fc(in)]
// Run the handler of the instruction at ip.
#define DISPATCH()                                                      \
  do {                                                                  \
    in = word(ip);                                                      \
    [[clang::musttail]] return kTable.h[in & 0xffff](ip, R, fp, cx, in); \
  } while (0)
#define NEXT_AFTER() \
  do {               \
    ++ip;            \
    DISPATCH();      \
  } while (0)
#define OUT()                                    \
  do {                                           \
    [[clang::musttail]] return h_out(ip, R, fp, cx, in); \
  } while (0)
#define POLL()                                              \
  if (__builtin_expect(--cx->countdown == 0, 0)) {          \
    cx->countdown = 16;                                     \
    if (yield_check(*cx->gs, cx->g)) {                      \
      cx->yield = true;                                     \
      OUT();                                                \
    }                                                       \
  }

HANDLER(out) {
  cx->ip = ip;
  cx->R = R;
  cx->fp = fp;
}

#define SIMPLE(name, stmt) \
  HANDLER(name) {          \
    stmt;                  \
    NEXT_AFTER();          \
  }
SIMPLE(MOVE, R_A = R_B)
SIMPLE(LOADK, R_A = cx->consts[fb(in)])
SIMPLE(LOADI, R_A.i = fsb(in))
SIMPLE(ADD_INT, R_A.u = R_B.u + R_C.u)
SIMPLE(SUB_INT, R_A.u = R_B.u - R_C.u)
SIMPLE(MUL_INT, R_A.u = R_B.u * R_C.u)
SIMPLE(ADDI_INT, R_A.u = R_B.u + static_cast<uint64_t>(fsc(in)))
SIMPLE(AND_INT, R_A.u = R_B.u & R_C.u)
SIMPLE(OR_INT, R_A.u = R_B.u | R_C.u)
SIMPLE(XOR_INT, R_A.u = R_B.u ^ R_C.u)
SIMPLE(EQ_INT, R_A.i = R_B.i == R_C.i)
SIMPLE(NE_INT, R_A.i = R_B.i != R_C.i)
SIMPLE(LT_INT, R_A.i = R_B.i < R_C.i)
SIMPLE(LE_INT, R_A.i = R_B.i <= R_C.i)
SIMPLE(LT_UINT, R_A.i = R_B.u < R_C.u)
SIMPLE(LE_UINT, R_A.i = R_B.u <= R_C.u)
SIMPLE(ADD_FLOAT, R_A.f = R_B.f + R_C.f)
SIMPLE(SUB_FLOAT, R_A.f = R_B.f - R_C.f)
SIMPLE(MUL_FLOAT, R_A.f = R_B.f * R_C.f)
SIMPLE(DIV_FLOAT, R_A.f = R_B.f / R_C.f)
SIMPLE(LT_FLOAT, R_A.i = R_B.f < R_C.f)
SIMPLE(LE_FLOAT, R_A.i = R_B.f <= R_C.f)
SIMPLE(EQ_FLOAT, R_A.i = R_B.f == R_C.f)
SIMPLE(NOT, R_A.i = R_B.i == 0)
SIMPLE(NEG_INT, R_A.u = 0 - R_B.u)
SIMPLE(ANDNOT_INT, R_A.u = R_B.u & ~R_C.u)
SIMPLE(BITNOT_INT, R_A.u = ~R_B.u)
SIMPLE(WRAP_I8, R_A.i = static_cast<int8_t>(R_B.u))
SIMPLE(WRAP_I16, R_A.i = static_cast<int16_t>(R_B.u))
SIMPLE(WRAP_I32, R_A.i = static_cast<int32_t>(R_B.u))
SIMPLE(WRAP_U8, R_A.u = static_cast<uint8_t>(R_B.u))
SIMPLE(WRAP_U16, R_A.u = static_cast<uint16_t>(R_B.u))
SIMPLE(WRAP_U32, R_A.u = static_cast<uint32_t>(R_B.u))
SIMPLE(NE_FLOAT, R_A.i = R_B.f != R_C.f)
SIMPLE(NEG_FLOAT, R_A.f = -R_B.f)
SIMPLE(INT_TO_FLOAT, R_A.f = static_cast<double>(R_B.i))
// Captured variables and package variables (see run_hot in interp.cpp).
SIMPLE(CAPTURE, R_A = Value::from_obj(closure_of(R_B.o)->captures[fc(in)]))
SIMPLE(BOX_LOAD, R_A = rt::obj_slots(R_B.o)[0])
SIMPLE(BOX_STORE, rt::obj_slots(R_A.o)[0] = R_B)
SIMPLE(LOADG, R_A = globals()[fb(in)])
SIMPLE(STOREG, globals()[fb(in)] = R_A)
#undef SIMPLE
// Natives: execute() calls them (run_hot calls those that complete at once itself).
HANDLER(CALL_NATIVE) { OUT(); }

// Division and shifts leave for execute() when they would panic (or, for MinInt64 / -1, need
// Go's wrap-around).
HANDLER(DIV_INT) {
  int64_t d = R_C.i;
  if (d == 0 || d == -1) OUT();
  R_A.i = R_B.i / d;
  NEXT_AFTER();
}
HANDLER(REM_INT) {
  int64_t d = R_C.i;
  if (d == 0 || d == -1) OUT();
  R_A.i = R_B.i % d;
  NEXT_AFTER();
}
HANDLER(DIV_UINT) {
  uint64_t d = R_C.u;
  if (d == 0) OUT();
  R_A.u = R_B.u / d;
  NEXT_AFTER();
}
HANDLER(REM_UINT) {
  uint64_t d = R_C.u;
  if (d == 0) OUT();
  R_A.u = R_B.u % d;
  NEXT_AFTER();
}
HANDLER(SHL_INT) {
  if (R_C.i < 0) OUT();
  R_A.i = shl(R_B.u, R_C.i);
  NEXT_AFTER();
}
HANDLER(SHR_INT) {
  if (R_C.i < 0) OUT();
  R_A.i = shr(R_B.i, R_C.i);
  NEXT_AFTER();
}
HANDLER(SHR_UINT) {
  if (R_C.i < 0) OUT();
  R_A.i = shru(R_B.u, R_C.i);
  NEXT_AFTER();
}

// Control transfer. Backward jumps poll (as execute() does).
#define JMP_BODY()                 \
  ip += 1 + fsb(in);               \
  if (fsb(in) < 0) POLL();         \
  DISPATCH();
HANDLER(JMP) { JMP_BODY() }
HANDLER(JMP_IF) {
  ++ip;
  if (R_A.i != 0) {
    ip += fsb(in);
    if (fsb(in) < 0) POLL();
  }
  DISPATCH();
}
HANDLER(JMP_IFNOT) {
  ++ip;
  if (R_A.i == 0) {
    ip += fsb(in);
    if (fsb(in) < 0) POLL();
  }
  DISPATCH();
}
// Compare-and-branch: R[a] against R[b] (Jxx_INT) or the immediate b (Jxx_INTI).
#define JCMP(name, cmp, rhs)          \
  HANDLER(name) {                     \
    ++ip;                             \
    if (R_A.i cmp (rhs)) {            \
      ip += fsc(in);                  \
      if (fsc(in) < 0) POLL();        \
    }                                 \
    DISPATCH();                       \
  }
JCMP(JLT_INT, <, R_B.i) JCMP(JGE_INT, >=, R_B.i) JCMP(JLE_INT, <=, R_B.i)
JCMP(JGT_INT, >, R_B.i) JCMP(JEQ_INT, ==, R_B.i) JCMP(JNE_INT, !=, R_B.i)
JCMP(JLT_INTI, <, fsb(in)) JCMP(JGE_INTI, >=, fsb(in)) JCMP(JLE_INTI, <=, fsb(in))
JCMP(JGT_INTI, >, fsb(in)) JCMP(JEQ_INTI, ==, fsb(in)) JCMP(JNE_INTI, !=, fsb(in))
#undef JCMP

// As execute()'s CALL; a stack that must grow or a full frame array goes the slow way.
#define CALL_BODY()                                                                   \
  {                                                                                   \
    if (__builtin_expect(fp == cx->flast, 0)) OUT();                                  \
    const HotProto& callee = cx->hot[fb(in)];                                         \
    Value* nR = R + fa(in);                                                           \
    if (nR + callee.nregs > cx->stack_end) OUT();                                     \
    fp->pc = static_cast<uint32_t>(ip + 1 - cx->code);                                \
    ++fp;                                                                             \
    *fp = Frame{fb(in), 0, static_cast<uint32_t>(nR - cx->stack), 0};                 \
    ip = callee.code;                                                                 \
    cx->code = ip;                                                                    \
    cx->consts = callee.consts;                                                       \
    R = nR;                                                                           \
    if (callee.zero)                                                                  \
      std::memset(static_cast<void*>(R + callee.nparams), 0,                          \
                  sizeof(Value) * (callee.nregs - callee.nparams));                   \
    POLL();                                                                           \
    DISPATCH();                                                                       \
  }
// Only a plain return to a Go caller; deferred calls, sync calls, continuations and the
// goroutine's last frame go the slow way (frames pushed here are none of those).
#define RET_BODY()                                                                    \
  {                                                                                   \
    if (fp <= cx->fentry && (fp == cx->fbase || fp->flags != 0)) OUT();               \
    uint32_t a_ = fa(in), n_ = fb(in);                                                \
    if (a_ != 0) {                                                                    \
      if (n_ == 1) R[0] = R[a_];                                                      \
      else std::memmove(static_cast<void*>(R), R + a_, sizeof(Value) * n_);           \
    }                                                                                 \
    --fp;                                                                             \
    const HotProto& caller = cx->hot[fp->proto];                                      \
    cx->code = caller.code;                                                           \
    cx->consts = caller.consts;                                                       \
    ip = caller.code + fp->pc;                                                        \
    R = cx->stack + fp->base;                                                         \
    DISPATCH();                                                                       \
  }
HANDLER(CALL) CALL_BODY()
HANDLER(RET) RET_BODY()

// Fused pairs (prepare.cpp): the first half, then the second one's body with ip and `in` on it.
HANDLER(ADDI_CALL) {
  R_A.u = R_B.u + static_cast<uint64_t>(fsc(in));
  in = word(++ip);
  CALL_BODY()
}
HANDLER(MOVE_CALL) {
  R_A = R_B;
  in = word(++ip);
  CALL_BODY()
}
HANDLER(ADD_RET) {
  R_A.u = R_B.u + R_C.u;
  in = word(++ip);
  RET_BODY()
}
HANDLER(ADDI_JMP) {
  R_A.u = R_B.u + static_cast<uint64_t>(fsc(in));
  in = word(++ip);
  JMP_BODY()
}
#define JCMPI_RET(name, cmp)          \
  HANDLER(name) {                     \
    ++ip;                             \
    if (R_A.i cmp fsb(in)) {          \
      ip += fsc(in);                  \
      if (fsc(in) < 0) POLL();        \
      DISPATCH();                     \
    }                                 \
    in = word(ip);                    \
    RET_BODY()                        \
  }
JCMPI_RET(JLT_INTI_RET, <) JCMPI_RET(JGE_INTI_RET, >=) JCMPI_RET(JLE_INTI_RET, <=)
JCMPI_RET(JGT_INTI_RET, >) JCMPI_RET(JEQ_INTI_RET, ==) JCMPI_RET(JNE_INTI_RET, !=)
#undef JCMPI_RET

}  // namespace

bool run_hot_tail(HotState& st, GState& gs, const Module& m, const rt::G* g) {
  // Without prepare()'s table (hand-assembled tests) the slow loop runs everything.
  if (m.hot.empty() || gs.frames.empty()) return false;
  TailCtx cx;
  cx.hot = m.hot.data();
  cx.stack = gs.stack.data();
  cx.stack_end = cx.stack + gs.stack.size();
  cx.fbase = gs.frames.data();
  Frame* fp = cx.fbase + gs.frames.size() - 1;
  cx.fentry = fp;
  cx.flast = cx.fbase + gs.frames.capacity() - 1;
  cx.gs = &gs;
  cx.g = g;
  cx.code = st.code;
  cx.consts = st.proto->consts.data();
  cx.countdown = 16 - (st.polls & 15);
  cx.yield = false;
  uint64_t in = word(st.ip);
  kTable.h[in & 0xffff](st.ip, st.R, fp, &cx, in);
  // gs.used_slots (the top frame's base + nregs, read only by the GC and the slow paths) and
  // the frame count are written once here instead of at every CALL and RET.
  gs.frames.set_size(static_cast<size_t>(cx.fp - cx.fbase) + 1);
  const Proto* proto = &m.protos[cx.fp->proto];
  gs.used_slots = static_cast<uint32_t>(cx.R - cx.stack) + proto->nregs;
  st.ip = cx.ip;
  st.code = cx.code;
  st.proto = proto;
  st.R = cx.R;
  st.polls = 16 - cx.countdown;
  return cx.yield;
}

}  // namespace gort::vm

#endif  // GORT_HOT_TAIL
