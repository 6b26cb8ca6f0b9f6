// engine/vm/interp.cpp — the dispatch loop: every instruction's semantics, calls/returns,
// deferred calls, panics (runtime errors included) and their unwinding.
//
// Hot state lives in locals: `code` (current Proto's instructions), `pc`, `R` (host pointer to
// the current frame's R[0]). R is a pointer into the G's stack, which may move when a call
// grows it, so every path that can grow the stack or leave the loop does STORE_FRAME (write pc
// back to the Frame) before and LOAD_FRAME (recompute code/pc/R from the Frame) after.
//
// Panics (Go's gopanic): the deferred calls of the goroutine run on top of the panicking
// frames (nothing is popped first, so an unrecovered panic's traceback still shows where it
// happened). A deferred call that calls recover() marks the panic recovered; when it returns,
// the frames above the one that deferred it are dropped and that frame continues at its
// Proto::recover_pc (remaining defers, then return of the named results).
#include "vm/interp.h"

#include <cstring>
#include <memory>

#include "vm/hot.h"
#include "vm/interp_detail.h"
#include "vm/native.h"
#include "vm/object.h"
#include "vm/race.h"

// Direct threading needs GCC/Clang's labels-as-values. Not under wasm, which has no indirect
// jumps: clang lowers `goto *` to a br_table over label numbers, so a plain switch (one
// br_table on the opcode) does the same with a table lookup less.
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__) && !defined(GORT_NO_COMPUTED_GOTO)
#define GORT_COMPUTED_GOTO 1
#else
#define GORT_COMPUTED_GOTO 0
#endif
#define GORT_HOT_OPS(X)                                                                   \
  X(MOVE) X(LOADK) X(LOADI) X(ADD_INT) X(SUB_INT) X(MUL_INT) X(ADDI_INT) X(LT_INT)         \
  X(ADD_FLOAT) X(MUL_FLOAT) X(JMP) X(JMP_IF) X(JMP_IFNOT) X(JLT_INT) X(JGE_INT) X(JLE_INT) \
  X(JGT_INT) X(JEQ_INT) X(JNE_INT) X(JLT_INTI) X(JGE_INTI) X(JLE_INTI) X(JGT_INTI)         \
  X(JEQ_INTI) X(JNE_INTI) X(CALL) X(RET)

namespace gort::vm {
namespace {

// Integer array objects (hand-assembled tests): payload = [length][elements...]; no pointers.
const rt::Layout kIntArrayLayout{rt::LayoutKind::Bytes, 0, 0, nullptr, nullptr, "[]int"};

std::unique_ptr<Value[]> g_globals;

uint64_t max_slots(const GState& gs) { return gs.max_stack_bytes / sizeof(Value); }

std::string index_error(int64_t i, int64_t len) {
  return "runtime error: index out of range [" + std::to_string(i) + "] with length " +
         std::to_string(len);
}

// Applies the wake results of the primitive the G blocked in (or that completed at once).
// Returns false when a parked send was woken by close (the VM then panics).
bool deliver(GState& gs, const rt::G* g) {
  Resume r = gs.resume;
  gs.resume = Resume::None;
  Value* s = gs.stack.data();
  switch (r) {
    case Resume::None: return true;
    case Resume::Send: return g->wake_ok;
    case Resume::Recv: s[gs.resume_slot] = g->wake_value; return true;
    case Resume::Recv2:
      s[gs.resume_slot] = g->wake_value;
      s[gs.resume_slot + 1].i = g->wake_ok;
      return true;
    case Resume::Select:
      s[gs.resume_slot].i = g->wake_index;
      s[gs.resume_slot + 1] = g->wake_value;
      s[gs.resume_slot + 2].i = g->wake_ok;
      // A send case woken by close reports wake_ok == false with its index.
      return true;
  }
  return true;
}

int64_t shl(uint64_t x, int64_t s) { return s >= 64 ? 0 : static_cast<int64_t>(x << s); }
int64_t shr(int64_t x, int64_t s) { return s >= 64 ? (x < 0 ? -1 : 0) : (x >> s); }
int64_t shru(uint64_t x, int64_t s) { return s >= 64 ? 0 : static_cast<int64_t>(x >> s); }

double to_f32(double d) { return static_cast<double>(static_cast<float>(d)); }

// ---- the fast loop ----
// GCC cannot keep ip/R in registers across execute()'s hundreds of cases (its many calls spill
// them to the stack: two extra memory operations per instruction). run_hot is a small loop
// over the hottest instructions only, with the whole state in locals. It returns at the first
// instruction it does not handle — or that needs a slow path (a panic, stack growth, a special
// RET) — with ip pointing AT that instruction, which execute() then runs in full. It returns
// true when a back-edge poll asks the G to yield (the jump has been taken).
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__) && !defined(GORT_NO_COMPUTED_GOTO)
#define GORT_HOT_GOTO 1
#else
#define GORT_HOT_GOTO 0  // wasm has no indirect jumps: a switch becomes one br_table
#endif

// Natively the CALL/RET state is set up by the first CALL/RET (cheaper entry for short runs);
// under wasm V8's code for run_hot was faster with it set up on entry (fib(38) under Node,
// branch perfcall: see bench/results.md).
#ifndef GORT_HOT_LAZY_FRAMES
#if defined(__EMSCRIPTEN__)
#define GORT_HOT_LAZY_FRAMES 0
#else
#define GORT_HOT_LAZY_FRAMES 1
#endif
#endif

// Opcode -> 1 + its position in `ops`, the index into a label table that lists `ops` after
// one fallback label at 0 (for every opcode not in `ops`). execute() and run_hot each have one.
struct OpSlots {
  uint8_t v[static_cast<size_t>(Opcode::COUNT_) + 1] = {};
  template <size_t N>
  constexpr explicit OpSlots(const Opcode (&ops)[N]) {
    for (size_t k = 0; k < N; ++k) v[static_cast<size_t>(ops[k])] = static_cast<uint8_t>(k + 1);
  }
};
#define GORT_OPCODE(name) Opcode::name,
#if GORT_COMPUTED_GOTO
constexpr Opcode kExecOpList[] = {GORT_HOT_OPS(GORT_OPCODE)};
constexpr OpSlots kExecSlots{kExecOpList};  // execute(): 0 is the switch
#endif
#if GORT_HOT_GOTO
constexpr Opcode kFastOpList[] = {GORT_FAST_OPS(GORT_OPCODE)};
constexpr OpSlots kFastSlots{kFastOpList};  // run_hot: 0 leaves it
#endif
#undef GORT_OPCODE

// CALL_NATIVE's first try: native n's fast path (vm/native.h), if it has one and takes this call.
inline bool fast_native_done(const Module& m, uint32_t n, Value* args, const rt::G* g) {
  FastNativeFn fast = n < m.fast_natives.size() ? m.fast_natives[n] : nullptr;
  return fast && fast(args, g);
}

// Which instructions run_hot handles, and which of those transfer control (jumps, CALL, RET).
struct FastOps {
  bool fast[static_cast<size_t>(Opcode::COUNT_)] = {};
  constexpr FastOps() {
#define GORT_FAST_FLAG(name) fast[static_cast<size_t>(Opcode::name)] = true;
    GORT_FAST_OPS(GORT_FAST_FLAG)
#undef GORT_FAST_FLAG
  }
};
constexpr FastOps kFastOps;

// run_hot's instructions by kind, one table lookup: 0 not handled there, 1 handled, 2 handled
// and transfers control (jumps, CALL, RET, the fused pairs).
struct HotKinds {
  uint8_t v[static_cast<size_t>(Opcode::COUNT_)] = {};
  constexpr HotKinds() {
    for (size_t i = 0; i < static_cast<size_t>(Opcode::COUNT_); ++i) {
      auto op = static_cast<Opcode>(i);
      bool transfer = (op >= Opcode::JMP && op <= Opcode::JNE_INTI) || op == Opcode::CALL ||
                      op == Opcode::RET || op >= Opcode::ADDI_CALL;  // fused pairs: last
      v[i] = !kFastOps.fast[i] ? 0 : transfer ? 2 : 1;
    }
  }
};
constexpr HotKinds kHotKinds;

// Entering and leaving run_hot moves its state in and out of registers (~40 instructions): worth
// it for a run of fast instructions or a jump/call/return (loops, calls), not for one fast
// instruction between two slow ones (mu.Lock(); count++; mu.Unlock() in a loop), which
// execute() runs itself.
inline bool worth_run_hot(const Instr* ip, const Instr* end) {
  uint8_t k = kHotKinds.v[static_cast<size_t>(ip->op)];
  if (k != 1) return k == 2;
  return ip + 1 < end && kHotKinds.v[static_cast<size_t>(ip[1].op)] != 0;
}

#if !GORT_HOT_TAIL
// Out of line: keeps the rare check's code and registers out of run_hot's hot paths.
__attribute__((noinline)) bool yield_check(const GState& gs, const rt::G* g) {
  // Go code a native called cannot yield (it runs on the native's C++ stack), but it must
  // still stop when the program ends (a time limit, Stop): execute() then unwinds it.
  return g && (gs.sync_calls == 0 ? rt::should_yield(*g) : rt::nested_should_stop(*g));
}

__attribute__((noinline)) bool run_hot(HotState& st, GState& gs, const Module& m, const rt::G* g) {
  const Instr* ip = st.ip;
  const Instr* code = st.code;
  Value* R = st.R;
  uint32_t countdown = 16 - (st.polls & 15);  // polls until the next look at the flags
  bool yield = false;
  const Value* consts = st.proto->consts.data();
  // What only CALL and RET need is set up by the first of them (FRAMES_READY): a loop that
  // enters for two instructions between natives (mu.Lock(); n++; mu.Unlock()) pays no more
  // than before. Loop invariants: the stack only moves when it grows (CALL leaves for that) or
  // at a GC with the world stopped (never inside this loop), and protos never change.
  const HotProto* hot = nullptr;
  Value* stack = nullptr;
  uint32_t stack_size = 0;
  uint32_t rbase = 0;  // the top frame's base
  // The frames: fp is the top one; CALL pushes within the capacity (a full array goes the slow
  // way), and the size is written back at L_out. Frames above `fentry` were pushed here with
  // no flags and have a caller, so their RET needs no check.
  Frame* fbase = nullptr;
  Frame* fp = nullptr;
  Frame* flast = nullptr;
  Frame* fentry = nullptr;
  // Without prepare()'s table (hand-assembled tests) CALL and RET go the slow way.
#define FRAMES_READY()                                                 \
  if (__builtin_expect(fp == nullptr, 0)) {                            \
    if (m.hot.empty()) goto L_out;                                     \
    hot = m.hot.data();                                                \
    stack = gs.stack.data();                                           \
    stack_size = gs.stack.size();                                      \
    rbase = static_cast<uint32_t>(R - stack);                          \
    fbase = gs.frames.data();                                          \
    fp = fentry = fbase + gs.frames.size() - 1;                        \
    flast = fbase + gs.frames.capacity() - 1;                          \
  }
#if !GORT_HOT_LAZY_FRAMES
  FRAMES_READY();
#endif
  // gs.used_slots (top frame's base + nregs, read only by the GC and the slow paths) is set
  // once at L_out instead of at every CALL and RET.
  Instr in;
#if GORT_HOT_GOTO
  static void* const labels[] = {
      &&L_out,
#define GORT_FAST_LABEL(name) &&F_##name,
      GORT_FAST_OPS(GORT_FAST_LABEL)
#undef GORT_FAST_LABEL
  };
#define NEXT()                                                         \
  do {                                                                 \
    in = *ip;                                                          \
    goto* labels[kFastSlots.v[static_cast<size_t>(in.op)]];            \
  } while (0)
#define OP(name) F_##name:
  NEXT();
#else
#define NEXT() continue
#define OP(name) case Opcode::name:
  for (;;) {
    in = *ip;
    switch (in.op) {
#endif
  // Each handler runs the instruction at ip (in) and advances ip itself.
  // A countdown (one decrement and branch per poll): the flags themselves are read on every
  // 16th poll only, as execute() does.
#define POLL()                                                                           \
  if (__builtin_expect(--countdown == 0, 0)) {                                           \
    countdown = 16;                                                                      \
    if (yield_check(gs, g)) {                                                            \
      yield = true;                                                                      \
      goto L_out;                                                                        \
    }                                                                                    \
  }
    OP(MOVE) R[in.a] = R[in.b]; ++ip; NEXT();
    OP(LOADK) R[in.a] = consts[in.b]; ++ip; NEXT();
    OP(LOADI) R[in.a].i = in.sb(); ++ip; NEXT();
    OP(ADD_INT) R[in.a].u = R[in.b].u + R[in.c].u; ++ip; NEXT();
    OP(SUB_INT) R[in.a].u = R[in.b].u - R[in.c].u; ++ip; NEXT();
    OP(MUL_INT) R[in.a].u = R[in.b].u * R[in.c].u; ++ip; NEXT();
    OP(ADDI_INT) R[in.a].u = R[in.b].u + static_cast<uint64_t>(int64_t{in.sc()}); ++ip; NEXT();
    OP(AND_INT) R[in.a].u = R[in.b].u & R[in.c].u; ++ip; NEXT();
    OP(OR_INT) R[in.a].u = R[in.b].u | R[in.c].u; ++ip; NEXT();
    OP(XOR_INT) R[in.a].u = R[in.b].u ^ R[in.c].u; ++ip; NEXT();
    OP(EQ_INT) R[in.a].i = R[in.b].i == R[in.c].i; ++ip; NEXT();
    OP(NE_INT) R[in.a].i = R[in.b].i != R[in.c].i; ++ip; NEXT();
    OP(LT_INT) R[in.a].i = R[in.b].i < R[in.c].i; ++ip; NEXT();
    OP(LE_INT) R[in.a].i = R[in.b].i <= R[in.c].i; ++ip; NEXT();
    OP(LT_UINT) R[in.a].i = R[in.b].u < R[in.c].u; ++ip; NEXT();
    OP(LE_UINT) R[in.a].i = R[in.b].u <= R[in.c].u; ++ip; NEXT();
    OP(ADD_FLOAT) R[in.a].f = R[in.b].f + R[in.c].f; ++ip; NEXT();
    OP(SUB_FLOAT) R[in.a].f = R[in.b].f - R[in.c].f; ++ip; NEXT();
    OP(MUL_FLOAT) R[in.a].f = R[in.b].f * R[in.c].f; ++ip; NEXT();
    OP(DIV_FLOAT) R[in.a].f = R[in.b].f / R[in.c].f; ++ip; NEXT();
    OP(LT_FLOAT) R[in.a].i = R[in.b].f < R[in.c].f; ++ip; NEXT();
    OP(LE_FLOAT) R[in.a].i = R[in.b].f <= R[in.c].f; ++ip; NEXT();
    OP(EQ_FLOAT) R[in.a].i = R[in.b].f == R[in.c].f; ++ip; NEXT();
    OP(NOT) R[in.a].i = R[in.b].i == 0; ++ip; NEXT();
    // Division and shifts leave for execute() when they would panic (or, for MinInt64 / -1,
    // need Go's wrap-around), so a loop with `i % 3` stays in this loop.
    OP(DIV_INT) {
      int64_t d = R[in.c].i;
      if (d == 0 || d == -1) goto L_out;
      R[in.a].i = R[in.b].i / d; ++ip; NEXT();
    }
    OP(REM_INT) {
      int64_t d = R[in.c].i;
      if (d == 0 || d == -1) goto L_out;
      R[in.a].i = R[in.b].i % d; ++ip; NEXT();
    }
    OP(DIV_UINT) {
      uint64_t d = R[in.c].u;
      if (d == 0) goto L_out;
      R[in.a].u = R[in.b].u / d; ++ip; NEXT();
    }
    OP(REM_UINT) {
      uint64_t d = R[in.c].u;
      if (d == 0) goto L_out;
      R[in.a].u = R[in.b].u % d; ++ip; NEXT();
    }
    OP(NEG_INT) R[in.a].u = 0 - R[in.b].u; ++ip; NEXT();
    OP(ANDNOT_INT) R[in.a].u = R[in.b].u & ~R[in.c].u; ++ip; NEXT();
    OP(BITNOT_INT) R[in.a].u = ~R[in.b].u; ++ip; NEXT();
    OP(SHL_INT)
      if (R[in.c].i < 0) goto L_out;
      R[in.a].i = shl(R[in.b].u, R[in.c].i); ++ip; NEXT();
    OP(SHR_INT)
      if (R[in.c].i < 0) goto L_out;
      R[in.a].i = shr(R[in.b].i, R[in.c].i); ++ip; NEXT();
    OP(SHR_UINT)
      if (R[in.c].i < 0) goto L_out;
      R[in.a].i = shru(R[in.b].u, R[in.c].i); ++ip; NEXT();
    OP(WRAP_I8) R[in.a].i = static_cast<int8_t>(R[in.b].u); ++ip; NEXT();
    OP(WRAP_I16) R[in.a].i = static_cast<int16_t>(R[in.b].u); ++ip; NEXT();
    OP(WRAP_I32) R[in.a].i = static_cast<int32_t>(R[in.b].u); ++ip; NEXT();
    OP(WRAP_U8) R[in.a].u = static_cast<uint8_t>(R[in.b].u); ++ip; NEXT();
    OP(WRAP_U16) R[in.a].u = static_cast<uint16_t>(R[in.b].u); ++ip; NEXT();
    OP(WRAP_U32) R[in.a].u = static_cast<uint32_t>(R[in.b].u); ++ip; NEXT();
    OP(NE_FLOAT) R[in.a].i = R[in.b].f != R[in.c].f; ++ip; NEXT();
    OP(NEG_FLOAT) R[in.a].f = -R[in.b].f; ++ip; NEXT();
    OP(INT_TO_FLOAT) R[in.a].f = static_cast<double>(R[in.b].i); ++ip; NEXT();
    // A native (mu.Lock(), a std function): called here with the G's state as execute()
    // keeps it (frames, used slots and the top frame's pc, which a GC or a nested Go call
    // inside the native reads). One that completes at once with nothing left to do lets
    // the loop go on; any other outcome is finished by execute() (HotState::native_pending).
    OP(CALL_NATIVE) {
      // Its fast path first (vm/native.h): none of the bookkeeping below is needed for it.
      if (fast_native_done(m, in.b, R + in.a, g)) {
        ++ip;
        NEXT();
      }
      if (fp) {
        gs.frames.set_size(static_cast<size_t>(fp - fbase) + 1);
        gs.used_slots = rbase + m.protos[fp->proto].nregs;
      }
      ++ip;
      Frame& top = gs.frames.back();
      top.pc = static_cast<uint32_t>(ip - code);
      uint32_t base = top.base + in.a;
      NativeCtx ctx{const_cast<rt::G*>(g), gs, R + in.a, base, &m};
      gs.parked_native = in.b;  // as in execute(): a fatal error inside it names it
      NativeStatus ns = m.natives[in.b](ctx);
      // Both outcomes reload R and the frames; doing it once before this test measured 2% more
      // instructions on the mutex loop (callgrind, 379.8M -> 387.8M), so each path has its own.
      if (ns == NativeStatus::Done && gs.resume == Resume::None && gs.race_pending.empty() &&
          !(g && rt::program_ending())) {
        gs.parked_native = -1;
        // A nested Go call inside the native may have moved the stack or the frames.
        R = gs.stack.data() + gs.frames.back().base;
        if (fp) {
          fp = nullptr;
          FRAMES_READY();
        }
        NEXT();
      }
      st.native_pending = true;
      st.native_status = ns;
      st.native_base = base;
      st.native_call_closure = ctx.call_closure;
      st.native_call_then = ctx.call_then;
      R = gs.stack.data() + gs.frames.back().base;
      if (fp) {  // L_out takes the current function from fp
        fp = nullptr;
        FRAMES_READY();
      }
      goto L_out;
    }
    // A closure's captured variables and package variables: what a goroutine's loop body
    // touches between two natives (mu.Lock(); count++; mu.Unlock() is CAPTURE, BOX_LOAD,
    // ADDI, BOX_STORE between the calls), kept here so the body is one run_hot entry.
    OP(CAPTURE) R[in.a] = Value::from_obj(closure_of(R[in.b].o)->captures[in.c]); ++ip; NEXT();
    OP(BOX_LOAD) R[in.a] = rt::obj_slots(R[in.b].o)[0]; ++ip; NEXT();
    OP(BOX_STORE) rt::obj_slots(R[in.a].o)[0] = R[in.b]; ++ip; NEXT();
    OP(LOADG) R[in.a] = g_globals[in.b]; ++ip; NEXT();
    OP(STOREG) g_globals[in.b] = R[in.a]; ++ip; NEXT();
    OP(JMP)
    H_JMP:
      ip += 1 + in.sb();
      if (in.sb() < 0) POLL();
      NEXT();
    OP(JMP_IF)
      ++ip;
      if (R[in.a].i != 0) { ip += in.sb(); if (in.sb() < 0) POLL(); }
      NEXT();
    OP(JMP_IFNOT)
      ++ip;
      if (R[in.a].i == 0) { ip += in.sb(); if (in.sb() < 0) POLL(); }
      NEXT();
#define FJCMP(OP_, cmp)                                                                \
    OP(OP_)                                                                            \
      ++ip;                                                                            \
      if (R[in.a].i cmp R[in.b].i) { ip += in.sc(); if (in.sc() < 0) POLL(); }         \
      NEXT();
    FJCMP(JLT_INT, <) FJCMP(JGE_INT, >=) FJCMP(JLE_INT, <=)
    FJCMP(JGT_INT, >) FJCMP(JEQ_INT, ==) FJCMP(JNE_INT, !=)
#undef FJCMP
#define FJCMPI(OP_, cmp)                                                               \
    OP(OP_)                                                                            \
      ++ip;                                                                            \
      if (R[in.a].i cmp int64_t{in.sb()}) { ip += in.sc(); if (in.sc() < 0) POLL(); }  \
      NEXT();
    FJCMPI(JLT_INTI, <) FJCMPI(JGE_INTI, >=) FJCMPI(JLE_INTI, <=)
    FJCMPI(JGT_INTI, >) FJCMPI(JEQ_INTI, ==) FJCMPI(JNE_INTI, !=)
#undef FJCMPI
    // Fused pairs (prepare.cpp): the first half, then straight into the second one's handler
    // with ip and `in` on it, as if it had been dispatched.
    OP(ADDI_CALL)
      R[in.a].u = R[in.b].u + static_cast<uint64_t>(int64_t{in.sc()});
      in = *++ip;
      goto H_CALL;
    OP(MOVE_CALL)
      R[in.a] = R[in.b];
      in = *++ip;
      goto H_CALL;
    OP(ADD_RET)
      R[in.a].u = R[in.b].u + R[in.c].u;
      in = *++ip;
      goto H_RET;
    OP(ADDI_JMP)
      R[in.a].u = R[in.b].u + static_cast<uint64_t>(int64_t{in.sc()});
      in = *++ip;
      goto H_JMP;
#define FJCMPI_RET(OP_, cmp)                                                           \
    OP(OP_)                                                                            \
      ++ip;                                                                            \
      if (R[in.a].i cmp int64_t{in.sb()}) {                                            \
        ip += in.sc();                                                                 \
        if (in.sc() < 0) POLL();                                                       \
        NEXT();                                                                        \
      }                                                                                \
      in = *ip;                                                                        \
      goto H_RET;
    FJCMPI_RET(JLT_INTI_RET, <) FJCMPI_RET(JGE_INTI_RET, >=) FJCMPI_RET(JLE_INTI_RET, <=)
    FJCMPI_RET(JGT_INTI_RET, >) FJCMPI_RET(JEQ_INTI_RET, ==) FJCMPI_RET(JNE_INTI_RET, !=)
#undef FJCMPI_RET
    OP(CALL)
    H_CALL: {
      // As execute()'s CALL; a stack that must grow or a full frame array goes the slow way.
      // (Before the first CALL/RET both frame pointers are null: FRAMES_READY sets them up.)
      if (__builtin_expect(fp == flast, 0)) {
        FRAMES_READY();
        if (fp == flast) goto L_out;
      }
      const HotProto& callee = hot[in.b];
      uint32_t base = rbase + in.a;
      if (base + callee.nregs > stack_size) goto L_out;
      fp->pc = static_cast<uint32_t>(ip + 1 - code);
      ++fp;
      *fp = Frame{in.b, 0, base, 0};
      code = ip = callee.code;
      consts = callee.consts;
      rbase = base;
      R = stack + base;
      if (callee.zero)
        std::memset(static_cast<void*>(R + callee.nparams), 0,
                    sizeof(Value) * (callee.nregs - callee.nparams));
      POLL();
      NEXT();
    }
    OP(RET)
    H_RET: {
      // Only a plain return to a Go caller; deferred calls, sync calls, continuations and
      // the goroutine's last frame go the slow way (frames pushed here are none of those).
      if (fp <= fentry) {  // also before the first CALL/RET: both null
        FRAMES_READY();
        if (fp == fbase || fp->flags != 0) goto L_out;
      }
      if (in.a != 0) {
        if (in.b == 1) R[0] = R[in.a];
        else std::memmove(static_cast<void*>(R), R + in.a, sizeof(Value) * in.b);
      }
      --fp;
      const HotProto& caller = hot[fp->proto];
      code = caller.code;
      consts = caller.consts;
      ip = code + fp->pc;
      rbase = fp->base;
      R = stack + rbase;
      NEXT();
    }
#undef POLL
#if !GORT_HOT_GOTO
      default: goto L_out;
    }
  }
#endif
#undef OP
#undef NEXT
L_out:
#undef FRAMES_READY
  const Proto* proto = st.proto;
  if (fp) {  // a CALL or RET ran
    gs.frames.set_size(static_cast<size_t>(fp - fbase) + 1);
    proto = &m.protos[fp->proto];
    gs.used_slots = rbase + proto->nregs;
  }
  st.ip = ip;
  st.code = code;
  st.proto = proto;
  st.R = R;
  st.polls = 16 - countdown;
  return yield;
}

// Binaryen (emcc's wasm-opt) inlines every function that has one caller, whatever clang's
// noinline says: run_hot would become part of execute(), one function of ~160 KB of machine
// code in which V8 keeps run_hot's state on the stack. Calling it through a pointer the
// optimizer cannot see through keeps it a function of its own.
#if defined(__EMSCRIPTEN__) && !defined(GORT_HOT_INLINE)
bool (*volatile run_hot_fn)(HotState&, GState&, const Module&, const rt::G*) = run_hot;
#define GORT_RUN_HOT run_hot_fn
#else
#define GORT_RUN_HOT run_hot
#endif
#endif  // !GORT_HOT_TAIL

}  // namespace

bool start(GState& gs, const Module& m, uint32_t entry, const Value* args, int nargs) {
  const Proto& p = m.protos[entry];
  gs.frames.clear();
  gs.defers.clear();
  gs.panics.clear();
  gs.sync_calls = 0;
  gs.parked_native = -1;
  gs.creator_proto = -1;
  if (!gs.stack.ensure(p.nregs, max_slots(gs))) return false;
  Value* R = gs.stack.data();
  std::memset(static_cast<void*>(R), 0, sizeof(Value) * p.nregs);
  for (int i = 0; i < nargs; ++i) R[i] = args[i];
  gs.frames.push_back(Frame{entry, 0, 0, 0});
  gs.used_slots = p.nregs;
  return true;
}

// Pushes a frame for func value `fn` at the top of the stack (above the current top frame)
// with `args`. Natives run at once: returns their status through *native (Done when the
// native finished). Returns false on stack overflow.
bool push_call(GState& gs, const Module& m, const rt::G* g, Obj* fn, const Value* args, int nargs,
               uint32_t flags, NativeStatus* native) {
  const Frame& top = gs.frames.back();
  uint32_t base = top.base + m.protos[top.proto].nregs;
  ClosureObj* c = closure_of(fn);
  *native = NativeStatus::Done;
  if (c->fn < 0) {
    // A native deferred call: run it right here with its arguments above the frame.
    if (!gs.stack.ensure(uint64_t{base} + nargs + 16, max_slots(gs))) return false;
    Value* w = gs.stack.data() + base;
    for (int i = 0; i < nargs; ++i) w[i] = args[i];
    NativeCtx ctx{const_cast<rt::G*>(g), gs, w, base, &m};
    ctx.closure = fn;
    *native = m.natives[static_cast<size_t>(-c->fn - 1)](ctx);
    return true;
  }
  const Proto& callee = m.protos[static_cast<size_t>(c->fn)];
  uint64_t topslot = uint64_t{base} + callee.nregs + 1;
  if (!gs.stack.ensure(topslot, max_slots(gs))) return false;
  Value* R = gs.stack.data() + base;
  std::memset(static_cast<void*>(R), 0, sizeof(Value) * callee.nregs);
  for (int i = 0; i < nargs && i < callee.nparams; ++i) R[i] = args[i];
  if (callee.ncaptures > 0 && nargs < callee.nparams) R[callee.nparams - 1] = Value::from_obj(fn);
  gs.frames.push_back(Frame{static_cast<uint32_t>(c->fn), 0, base, flags});
  gs.used_slots = static_cast<uint32_t>(base + callee.nregs);
  return true;
}

Value* globals() { return g_globals.get(); }

Exec execute(GState& gs, const Module& m, const rt::G* g) {
  const Proto* proto;
  const Instr* code;
  const Instr* ip;  // next instruction (a pointer, not an index: one add less per dispatch)
  Value* R;
  Obj* pending_panic = nullptr;  // value being raised (see do_panic)
  Value* G = g_globals.get();
  Instr in;
#if GORT_COMPUTED_GOTO
  // Direct threading for the hottest instructions (labels-as-values, GCC/Clang): each ends
  // by jumping straight to the next one's code; every other opcode goes through the switch.
  // The table is static (built at compile time) and indexed through kExecSlots: filling a
  // 182-entry table on the stack at every entry cost ~460 instructions, and execute() is
  // entered at every resume of a G — 28% of all instructions of the concurrent prime sieve.
  static void* const labels[] = {
      &&L_SLOW,
#define HOT(name) &&L_##name,
      GORT_HOT_OPS(HOT)
#undef HOT
  };
#define DISPATCH()                                                     \
  do {                                                                 \
    in = *ip++;                                                        \
    goto* labels[kExecSlots.v[static_cast<size_t>(in.op)]];            \
  } while (0)
#define HOTCASE(name) case Opcode::name: L_##name:
#else
#define DISPATCH() break
#define HOTCASE(name) case Opcode::name:
#endif

#define LOAD_FRAME()                                   \
  do {                                                 \
    const Frame& f_ = gs.frames.back();                \
    proto = &m.protos[f_.proto];                       \
    code = proto->code.data();                         \
    ip = code + f_.pc;                                        \
    R = gs.stack.data() + f_.base;                     \
  } while (0)
#define STORE_FRAME() (gs.frames.back().pc = static_cast<uint32_t>(ip - code))
  // A Go panic with the interface value `v`: the faulting instruction's pc is kept for the
  // traceback's line number.
#define RAISE(v)                                       \
  do {                                                 \
    pending_panic = (v);                               \
    --ip;                                       \
    STORE_FRAME();                                     \
    goto do_panic;                                     \
  } while (0)
#define PANIC(msg) RAISE(runtime_error_value(msg))
#define PANIC_FAULT(f) RAISE(fault_value(f))
  // The preemption flags are atomics (sequentially consistent loads under wasm threads):
  // look at them on every 16th poll only — still microseconds apart in any loop.
  uint32_t polls = 0;
#define POLL_YIELD()                                   \
  do {                                                 \
    if ((++polls & 15) == 0 && g &&                                                  \
        (gs.sync_calls == 0 ? rt::should_yield(*g) : rt::nested_should_stop(*g))) {        \
      STORE_FRAME();                                   \
      return Exec::Yielded;                            \
    }                                                  \
  } while (0)

  // Leaves execute() with e — except that Go code a native called (gs.sync_calls) cannot
  // leave: it runs on the native's C++ stack. With threads, a G that parks (or lost its P in
  // a host call) there keeps its M (rt::park_on_m) and resumes as run_g would resume it.
#define RETURN_EXEC(e)                                                                  \
  do {                                                                                  \
    Exec re_ = (e);                                                                     \
    if ((re_ == Exec::Parked || re_ == Exec::NoP) && gs.sync_calls && g &&              \
        (re_ == Exec::NoP || !g->no_park)) {                                            \
      rt::G& pg_ = *const_cast<rt::G*>(g);                                              \
      if (!(re_ == Exec::Parked ? rt::park_on_m(pg_) : rt::wait_for_p_on_m(pg_)))       \
        return Exec::Yielded; /* the program ended meanwhile */                         \
      goto resumed;                                                                     \
    }                                                                                   \
    return re_;                                                                         \
  } while (0)

  // A blocking primitive must be called with the G's state saved: pc already points past
  // the instruction, and `resume` says where the wake results go when run_g is called again.
#define BLOCKING(call, how, slot)                                                \
  do {                                                                           \
    if (!g) GORT_THROW("vm: blocking operation without a runtime G");            \
    STORE_FRAME();                                                               \
    gs.resume = (how);                                                           \
    gs.resume_slot = gs.frames.back().base + (slot);                             \
    rt::Op op_ = (call);                                                         \
    if (op_ == rt::Op::Park) RETURN_EXEC(Exec::Parked);                          \
    if (op_ == rt::Op::Panic) {                                                  \
      gs.resume = Resume::None;                                                  \
      PANIC(g->panic_msg ? g->panic_msg : "blocking operation failed");          \
    }                                                                            \
    /* Done: a send completed (wake_ok only means something after a park). */   \
    if (gs.resume == Resume::Send) gs.resume = Resume::None;                     \
    deliver(gs, g);                                                              \
  } while (0)
#define PANIC_PLAIN(text_)                                                       \
  do {                                                                           \
    Fault pf_;                                                                   \
    pf_.msg = (text_);                                                           \
    pf_.runtime_error = false;                                                   \
    PANIC_FAULT(pf_);                                                            \
  } while (0)

  // What follows a native's call (in execute's CALL_NATIVE, or after run_hot called it:
  // HotState::native_pending), ip past the instruction. `next` (break in the switch, continue
  // outside it) goes on to the next instruction: a plain block, not do-while, for that reason.
#define AFTER_NATIVE(ctx, st, next)                                                      \
  {                                                                                      \
    if ((st) != NativeStatus::Park) gs.parked_native = -1;                               \
    if ((st) == NativeStatus::Done) {                                                    \
      if (gs.resume != Resume::None) deliver(gs, g); /* primitive completed at once */   \
      if (!gs.race_pending.empty()) race::run_pending(gs, g);                            \
      /* A fatal error inside the native (sync misuse) ends the program: no more Go. */  \
      if (g && rt::program_ending()) return Exec::Yielded;                               \
    } else {                                                                             \
      Exec e_;                                                                           \
      if (native_status(gs, m, g, (ctx), (st), &e_, &pending_panic)) RETURN_EXEC(e_);     \
      if (pending_panic) { --ip; STORE_FRAME(); goto do_panic; }                         \
      if ((st) == NativeStatus::Call) { LOAD_FRAME(); next; }                            \
    }                                                                                    \
    R = gs.stack.data() + gs.frames.back().base; /* nested calls may move the stack */   \
    next;                                                                                \
  }

resumed:  // run_g came back to a G that parked, or park_on_m returned (RETURN_EXEC)
  gs.parked_native = -1;
  if (!gs.race_pending.empty()) race::run_pending(gs, g);  // a sync op that parked (--race)
  if (gs.resume != Resume::None) {
    bool was_select = gs.resume == Resume::Select;
    if (!deliver(gs, g)) {
      LOAD_FRAME();  // pc is past the send; PANIC steps back onto it (traceback line)
      PANIC("send on closed channel");
    }
    if (was_select) {
      // A send case woken because its channel was closed: "send on closed channel".
      const Frame& f = gs.frames.back();
      const Instr& ext = m.protos[f.proto].code[f.pc - 1];
      Value* s = gs.stack.data() + gs.resume_slot;
      if (s[0].i >= 0 && ((ext.a >> s[0].i) & 1) && !s[2].i) {
        LOAD_FRAME();
        --ip;  // PANIC steps back once more: the SELECT itself
        PANIC("send on closed channel");
      }
    }
  }
  LOAD_FRAME();
  for (;;) {
    {
    if (worth_run_hot(ip, code + proto->code.size())) {
      HotState hs{ip, code, proto, R, polls};
#if GORT_HOT_TAIL
      bool yield = run_hot_tail(hs, gs, m, g);
#else
      bool yield = GORT_RUN_HOT(hs, gs, m, g);
#endif
      ip = hs.ip;
      code = hs.code;
      proto = hs.proto;
      R = hs.R;
      polls = hs.polls;
      if (yield) {
        STORE_FRAME();
        return Exec::Yielded;
      }
      if (hs.native_pending) {
        NativeCtx ctx{const_cast<rt::G*>(g), gs, gs.stack.data() + hs.native_base, hs.native_base, &m};
        ctx.call_closure = hs.native_call_closure;
        ctx.call_then = hs.native_call_then;
        NativeStatus st = hs.native_status;
        AFTER_NATIVE(ctx, st, continue);
      }
    }
    in = *ip++;
#if GORT_COMPUTED_GOTO
    goto* labels[kExecSlots.v[static_cast<size_t>(in.op)]];
  L_SLOW:
#endif
    switch (in.op) {
      case Opcode::NOP:
      case Opcode::EXT:
      case Opcode::EXT_R: break;
      case Opcode::MOVE_CALL:  // fused (prepare.cpp): the MOVE only, the CALL follows
      HOTCASE(MOVE) R[in.a] = R[in.b]; DISPATCH();
      HOTCASE(LOADK) R[in.a] = proto->consts[in.b]; DISPATCH();
      HOTCASE(LOADI) R[in.a].i = in.sb(); DISPATCH();
      // Go's integers wrap: do the arithmetic unsigned (defined behaviour in C++).
      case Opcode::ADD_RET:  // fused (prepare.cpp): the ADD only, the RET follows
      HOTCASE(ADD_INT) R[in.a].u = R[in.b].u + R[in.c].u; DISPATCH();
      HOTCASE(SUB_INT) R[in.a].u = R[in.b].u - R[in.c].u; DISPATCH();
      HOTCASE(MUL_INT) R[in.a].u = R[in.b].u * R[in.c].u; DISPATCH();
      case Opcode::DIV_INT: {
        int64_t d = R[in.c].i;
        if (d == 0) PANIC("runtime error: integer divide by zero");
        // MinInt64 / -1 overflows in C++ (a trap on x86); Go defines it as MinInt64.
        R[in.a].i = (d == -1) ? static_cast<int64_t>(0 - R[in.b].u) : R[in.b].i / d;
        break;
      }
      case Opcode::REM_INT: {
        int64_t d = R[in.c].i;
        if (d == 0) PANIC("runtime error: integer divide by zero");
        R[in.a].i = (d == -1) ? 0 : R[in.b].i % d;
        break;
      }
      case Opcode::DIV_UINT: {
        uint64_t d = R[in.c].u;
        if (d == 0) PANIC("runtime error: integer divide by zero");
        R[in.a].u = R[in.b].u / d;
        break;
      }
      case Opcode::REM_UINT: {
        uint64_t d = R[in.c].u;
        if (d == 0) PANIC("runtime error: integer divide by zero");
        R[in.a].u = R[in.b].u % d;
        break;
      }
      case Opcode::ADDI_CALL:  // fused pairs (prepare.cpp): here only their first half
      case Opcode::ADDI_JMP:
      HOTCASE(ADDI_INT) R[in.a].u = R[in.b].u + static_cast<uint64_t>(int64_t{in.sc()}); DISPATCH();
      case Opcode::NEG_INT: R[in.a].u = 0 - R[in.b].u; break;
      case Opcode::AND_INT: R[in.a].u = R[in.b].u & R[in.c].u; break;
      case Opcode::OR_INT: R[in.a].u = R[in.b].u | R[in.c].u; break;
      case Opcode::XOR_INT: R[in.a].u = R[in.b].u ^ R[in.c].u; break;
      case Opcode::ANDNOT_INT: R[in.a].u = R[in.b].u & ~R[in.c].u; break;
      case Opcode::BITNOT_INT: R[in.a].u = ~R[in.b].u; break;
      case Opcode::SHL_INT:
        if (R[in.c].i < 0) PANIC("runtime error: negative shift amount");
        R[in.a].i = shl(R[in.b].u, R[in.c].i);
        break;
      case Opcode::SHR_INT:
        if (R[in.c].i < 0) PANIC("runtime error: negative shift amount");
        R[in.a].i = shr(R[in.b].i, R[in.c].i);
        break;
      case Opcode::SHR_UINT:
        if (R[in.c].i < 0) PANIC("runtime error: negative shift amount");
        R[in.a].i = shru(R[in.b].u, R[in.c].i);
        break;
      case Opcode::WRAP_I8: R[in.a].i = static_cast<int8_t>(R[in.b].u); break;
      case Opcode::WRAP_I16: R[in.a].i = static_cast<int16_t>(R[in.b].u); break;
      case Opcode::WRAP_I32: R[in.a].i = static_cast<int32_t>(R[in.b].u); break;
      case Opcode::WRAP_U8: R[in.a].u = static_cast<uint8_t>(R[in.b].u); break;
      case Opcode::WRAP_U16: R[in.a].u = static_cast<uint16_t>(R[in.b].u); break;
      case Opcode::WRAP_U32: R[in.a].u = static_cast<uint32_t>(R[in.b].u); break;
      case Opcode::EQ_INT: R[in.a].i = R[in.b].i == R[in.c].i; break;
      case Opcode::NE_INT: R[in.a].i = R[in.b].i != R[in.c].i; break;
      HOTCASE(LT_INT) R[in.a].i = R[in.b].i < R[in.c].i; DISPATCH();
      case Opcode::LE_INT: R[in.a].i = R[in.b].i <= R[in.c].i; break;
      case Opcode::LT_UINT: R[in.a].i = R[in.b].u < R[in.c].u; break;
      case Opcode::LE_UINT: R[in.a].i = R[in.b].u <= R[in.c].u; break;
      HOTCASE(ADD_FLOAT) R[in.a].f = R[in.b].f + R[in.c].f; DISPATCH();
      case Opcode::SUB_FLOAT: R[in.a].f = R[in.b].f - R[in.c].f; break;
      HOTCASE(MUL_FLOAT) R[in.a].f = R[in.b].f * R[in.c].f; DISPATCH();
      case Opcode::DIV_FLOAT: R[in.a].f = R[in.b].f / R[in.c].f; break;
      case Opcode::NEG_FLOAT: R[in.a].f = -R[in.b].f; break;
      case Opcode::EQ_FLOAT: R[in.a].i = R[in.b].f == R[in.c].f; break;
      case Opcode::NE_FLOAT: R[in.a].i = R[in.b].f != R[in.c].f; break;
      case Opcode::LT_FLOAT: R[in.a].i = R[in.b].f < R[in.c].f; break;
      case Opcode::LE_FLOAT: R[in.a].i = R[in.b].f <= R[in.c].f; break;
      case Opcode::ROUND_F32: R[in.a].f = to_f32(R[in.b].f); break;
      // complex64/complex128: immutable CplxObj (object.h); every result is a new object.
      case Opcode::ADD_CPLX:
        R[in.a] = Value::from_obj(cplx_new(cplx_re(R[in.b].o) + cplx_re(R[in.c].o), cplx_im(R[in.b].o) + cplx_im(R[in.c].o)));
        break;
      case Opcode::SUB_CPLX:
        R[in.a] = Value::from_obj(cplx_new(cplx_re(R[in.b].o) - cplx_re(R[in.c].o), cplx_im(R[in.b].o) - cplx_im(R[in.c].o)));
        break;
      case Opcode::MUL_CPLX: {
        double a = cplx_re(R[in.b].o), b = cplx_im(R[in.b].o), c = cplx_re(R[in.c].o), d = cplx_im(R[in.c].o);
        R[in.a] = Value::from_obj(cplx_new(a * c - b * d, a * d + b * c));
        break;
      }
      case Opcode::DIV_CPLX: {
        double re, im;
        cplx_div(cplx_re(R[in.b].o), cplx_im(R[in.b].o), cplx_re(R[in.c].o), cplx_im(R[in.c].o), &re, &im);
        R[in.a] = Value::from_obj(cplx_new(re, im));
        break;
      }
      case Opcode::NEG_CPLX: R[in.a] = Value::from_obj(cplx_new(-cplx_re(R[in.b].o), -cplx_im(R[in.b].o))); break;
      case Opcode::EQ_CPLX:
        R[in.a].i = cplx_re(R[in.b].o) == cplx_re(R[in.c].o) && cplx_im(R[in.b].o) == cplx_im(R[in.c].o);
        break;
      case Opcode::NE_CPLX:
        R[in.a].i = !(cplx_re(R[in.b].o) == cplx_re(R[in.c].o) && cplx_im(R[in.b].o) == cplx_im(R[in.c].o));
        break;
      case Opcode::CPLX_MAKE: R[in.a] = Value::from_obj(cplx_new(R[in.b].f, R[in.c].f)); break;
      case Opcode::CPLX_REAL: R[in.a].f = cplx_re(R[in.b].o); break;
      case Opcode::CPLX_IMAG: R[in.a].f = cplx_im(R[in.b].o); break;
      case Opcode::ROUND_C64:
        R[in.a] = Value::from_obj(cplx_new(to_f32(cplx_re(R[in.b].o)), to_f32(cplx_im(R[in.b].o))));
        break;
      case Opcode::INT_TO_FLOAT: R[in.a].f = static_cast<double>(R[in.b].i); break;
      case Opcode::UINT_TO_FLOAT: R[in.a].f = static_cast<double>(R[in.b].u); break;
      case Opcode::FLOAT_TO_INT: {
        // Out-of-range conversions are implementation-defined in Go but UB in C++: give
        // amd64's result instead. gc converts to int8/16/32 and uint8/16 with the 32-bit
        // instruction (then truncates): out of int32's range (or NaN) that is MinInt32.
        double f = R[in.b].f;
        if (in.c == 32)
          R[in.a].i = (f > -2147483649.0 && f < 2147483648.0) ? static_cast<int32_t>(f) : INT32_MIN;
        else
          R[in.a].i = (f >= -9.223372036854775808e18 && f < 9.223372036854775808e18)
                          ? static_cast<int64_t>(f) : INT64_MIN;
        break;
      }
      case Opcode::FLOAT_TO_UINT: {
        double f = R[in.b].f;
        if (f >= 0 && f < 1.8446744073709551616e19) R[in.a].u = static_cast<uint64_t>(f);
        else if (f < 0 && f > -9.223372036854775808e18) R[in.a].i = static_cast<int64_t>(f);
        else R[in.a].u = uint64_t{1} << 63;
        break;
      }
      case Opcode::NOT: R[in.a].i = R[in.b].i == 0; break;
      HOTCASE(JMP)
        ip += in.sb();
        if (in.sb() < 0) POLL_YIELD();
        DISPATCH();
      HOTCASE(JMP_IF)
        if (R[in.a].i != 0) { ip += in.sb(); if (in.sb() < 0) POLL_YIELD(); }
        DISPATCH();
      HOTCASE(JMP_IFNOT)
        if (R[in.a].i == 0) { ip += in.sb(); if (in.sb() < 0) POLL_YIELD(); }
        DISPATCH();
#define JCMP(OP, cmp)                                                           \
      HOTCASE(OP)                                                               \
        if (R[in.a].i cmp R[in.b].i) { ip += in.sc(); if (in.sc() < 0) POLL_YIELD(); } \
        DISPATCH();
      JCMP(JLT_INT, <)
      JCMP(JGE_INT, >=)
      JCMP(JLE_INT, <=)
      JCMP(JGT_INT, >)
      JCMP(JEQ_INT, ==)
      JCMP(JNE_INT, !=)
#undef JCMP
#define JCMPI(OP, cmp)                                                          \
      HOTCASE(OP)                                                               \
        if (R[in.a].i cmp int64_t{in.sb()}) { ip += in.sc(); if (in.sc() < 0) POLL_YIELD(); } \
        DISPATCH();
      JCMPI(JLT_INTI, <)
      JCMPI(JGE_INTI, >=)
      JCMPI(JLE_INTI, <=)
      JCMPI(JGT_INTI, >)
      JCMPI(JEQ_INTI, ==)
      JCMPI(JNE_INTI, !=)
#undef JCMPI
#define JCMPI_RET(OP, cmp)                                                      \
      case Opcode::OP:  /* fused (prepare.cpp): the jump only, the RET follows */ \
        if (R[in.a].i cmp int64_t{in.sb()}) { ip += in.sc(); if (in.sc() < 0) POLL_YIELD(); } \
        DISPATCH();
      JCMPI_RET(JLT_INTI_RET, <)
      JCMPI_RET(JGE_INTI_RET, >=)
      JCMPI_RET(JLE_INTI_RET, <=)
      JCMPI_RET(JGT_INTI_RET, >)
      JCMPI_RET(JEQ_INTI_RET, ==)
      JCMPI_RET(JNE_INTI_RET, !=)
#undef JCMPI_RET
      HOTCASE(CALL) {
        // The hot call: the callee is known, so the new frame's state is set directly instead
        // of being read back from gs.frames (LOAD_FRAME) — fewer loads per call.
        const Proto& callee = m.protos[in.b];
        Frame& cur = gs.frames.back();
        cur.pc = static_cast<uint32_t>(ip - code);
        uint32_t base = cur.base + in.a;
        uint32_t top = base + callee.nregs;
        if (top > gs.stack.size()) {
          if (!gs.stack.ensure(top, max_slots(gs))) {
            --ip;  // report the overflow at the call site
            STORE_FRAME();
            return Exec::StackOverflow;
          }
        }
        gs.frames.push_back(Frame{in.b, 0, base, 0});
        gs.used_slots = top;
        proto = &callee;
        code = callee.code.data();
        ip = code;
        R = gs.stack.data() + base;
        // Non-argument registers start zeroed: a pointer register must never see a stale
        // integer left by an earlier frame, or the exact GC scan would follow garbage.
        // (Functions without pointer registers — fib — skip it.)
        if (callee.ptrmask != 0 || !callee.ptrmask_ext.empty())
          std::memset(static_cast<void*>(R + callee.nparams), 0,
                      sizeof(Value) * (callee.nregs - callee.nparams));
        POLL_YIELD();
        break;  // back to the loop's top: run_hot takes over the callee
        DISPATCH();
      }
      case Opcode::CALL_CLOSURE:
      case Opcode::CALL_IFACE: {
        int64_t fn;
        Obj* clo = nullptr;
        if (in.op == Opcode::CALL_CLOSURE) {
          clo = R[in.b].o;
          if (!clo) PANIC(kNilDeref);
          fn = closure_of(clo)->fn;
          R[in.a + in.c] = Value::from_obj(clo);
        } else {
          Obj* iface = R[in.a].o;
          if (!iface) PANIC(kNilDeref);
          const TypeDesc* t = iface_type(iface);
          const MethodDesc* md = find_method(t, m.method_names[in.b]);
          if (!md) GORT_THROW("vm: interface method missing from the dynamic type's method set");
          Value data = iface_data(iface);
          // A value receiver gets its own copy of an aggregate (the callee may modify it).
          if (!md->ptr_recv && t->is_aggregate()) data = copy_value(t, data);
          R[in.a] = data;
          if (md->native) {
            STORE_FRAME();
            uint32_t base = gs.frames.back().base + in.a;
            NativeCtx ctx{const_cast<rt::G*>(g), gs, R + in.a, base, &m};
            NativeStatus st = md->native(ctx);
            if (st != NativeStatus::Done) {
              Exec e;
              if (native_status(gs, m, g, ctx, st, &e, &pending_panic)) RETURN_EXEC(e);
              if (pending_panic) { --ip; STORE_FRAME(); goto do_panic; }
            } else {
              if (gs.resume != Resume::None) deliver(gs, g);
              // --race: a Lock through an interface (sync.Locker, a Cond's L) acquires now.
              if (!gs.race_pending.empty()) race::run_pending(gs, g);
            }
            R = gs.stack.data() + gs.frames.back().base;
            break;
          }
          fn = md->proto;
        }
        if (fn < 0) {
          // A native func value: call it in place.
          STORE_FRAME();
          uint32_t base = gs.frames.back().base + in.a;
          NativeCtx ctx{const_cast<rt::G*>(g), gs, R + in.a, base, &m};
          ctx.closure = in.op == Opcode::CALL_CLOSURE ? clo : nullptr;
          NativeStatus st = m.natives[static_cast<size_t>(-fn - 1)](ctx);
          if (st != NativeStatus::Done) {
            Exec e;
            if (native_status(gs, m, g, ctx, st, &e, &pending_panic)) RETURN_EXEC(e);
            if (pending_panic) { --ip; STORE_FRAME(); goto do_panic; }
          } else {
            if (gs.resume != Resume::None) deliver(gs, g);
            if (!gs.race_pending.empty()) race::run_pending(gs, g);  // (--race) as above
          }
          R = gs.stack.data() + gs.frames.back().base;
          break;
        }
        const Proto& callee = m.protos[static_cast<size_t>(fn)];
        STORE_FRAME();
        uint32_t base = gs.frames.back().base + in.a;
        uint64_t top = uint64_t{base} + callee.nregs + 1;
        if (top > gs.stack.size() && !gs.stack.ensure(top, max_slots(gs))) {
          --ip;
          STORE_FRAME();
          return Exec::StackOverflow;
        }
        gs.frames.push_back(Frame{static_cast<uint32_t>(fn), 0, base, 0});
        gs.used_slots = static_cast<uint32_t>(top - 1);
        LOAD_FRAME();
        // The closure (a hidden last parameter of func literals) sits at R[nargs].
        uint32_t keep = in.op == Opcode::CALL_CLOSURE ? uint32_t{in.c} + 1 : in.c;
        if (keep > callee.nparams) keep = callee.nparams;
        std::memset(static_cast<void*>(R + keep), 0, sizeof(Value) * (callee.nregs - keep));
        POLL_YIELD();
        break;
      }
      HOTCASE(RET) {
        // Results move down to R[0..b) (a single result, the common case, without memmove).
        if (in.a != 0) {
          if (in.b == 1) R[0] = R[in.a];
          else std::memmove(static_cast<void*>(R), R + in.a, sizeof(Value) * in.b);
        }
        uint32_t flags = gs.frames.back().flags;
        gs.frames.pop_back();
        if (gs.frames.empty()) {
          gs.used_slots = 0;
          return Exec::Returned;
        }
        if (flags == 0) {
          // A plain return to the caller: restore its state from its frame.
          const Frame& f = gs.frames.back();
          proto = &m.protos[f.proto];
          code = proto->code.data();
          ip = code + f.pc;
          R = gs.stack.data() + f.base;
          gs.used_slots = f.base + proto->nregs;
          break;  // back to the loop's top: run_hot takes over the caller
          DISPATCH();
        }
        const Frame& f = gs.frames.back();
        gs.used_slots = f.base + m.protos[f.proto].nregs;
        if (flags & kFrameSync) return Exec::Returned;
        if (flags & kFrameThen) {
          // NativeStatus::Call finished its Go call: run the native's continuation.
          auto [then, slot] = gs.take_then();
          NativeCtx ctx{const_cast<rt::G*>(g), gs, gs.stack.data() + slot, slot, &m};
          NativeStatus st = then(ctx);
          if (st != NativeStatus::Done) {
            Exec e;
            if (native_status(gs, m, g, ctx, st, &e, &pending_panic)) RETURN_EXEC(e);
            if (pending_panic) { LOAD_FRAME(); ++ip; STORE_FRAME(); --ip; goto do_panic; }
          }
          LOAD_FRAME();
          break;
        }
        if (flags & kFramePanicDefer) {
          // A deferred call run by a panic returned: recovered → resume the deferring frame
          // at its recovery point; otherwise run the next deferred call.
          PanicRec& p = gs.panics.back();
          if (p.recovered) {
            uint32_t depth = p.defer_depth;
            gs.panics.pop_back();
            // Panics whose deferred calls ran in the frames now unwound were aborted by this
            // one (recovered "first", then panic "again" in the same deferred call): Go drops
            // them, so a later panic's message does not list them.
            while (!gs.panics.empty() && gs.panics.back().call_depth > depth) gs.panics.pop_back();
            gs.frames.resize(depth);
            Frame& rf = gs.frames.back();
            rf.pc = static_cast<uint32_t>(m.protos[rf.proto].recover_pc);
            gs.used_slots = rf.base + m.protos[rf.proto].nregs;
            LOAD_FRAME();
            break;
          }
          pending_panic = nullptr;
          goto continue_panic;
        }
        LOAD_FRAME();
        DISPATCH();
      }
      case Opcode::NEW_INTS: {
        int64_t n = R[in.b].i;
        if (n < 0 || n > (int64_t{1} << 32)) PANIC("runtime error: makeslice: len out of range");
        Obj* o = rt::alloc(&kIntArrayLayout, sizeof(Value) * (static_cast<size_t>(n) + 1));
        rt::obj_slots(o)[0].i = n;
        R[in.a] = Value::from_obj(o);
        break;
      }
      case Opcode::LEN_INTS: {
        Obj* o = R[in.b].o;
        R[in.a].i = o ? rt::obj_slots(o)[0].i : 0;
        break;
      }
      case Opcode::LOAD_INT_AT: {
        Obj* o = R[in.b].o;
        int64_t i = R[in.c].i;
        int64_t len = o ? rt::obj_slots(o)[0].i : 0;
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len)) PANIC(index_error(i, len));
        R[in.a] = rt::obj_slots(o)[1 + i];
        break;
      }
      case Opcode::STORE_INT_AT: {
        Obj* o = R[in.a].o;
        int64_t i = R[in.b].i;
        int64_t len = o ? rt::obj_slots(o)[0].i : 0;
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len)) PANIC(index_error(i, len));
        rt::obj_slots(o)[1 + i] = R[in.c];
        break;
      }
      case Opcode::NILCHECK:
        if (R[in.a].o == nullptr) PANIC(kNilDeref);
        break;
      case Opcode::YIELD:
        if (gs.sync_calls) break;
        if (g) const_cast<rt::G*>(g)->gosched = true;  // runtime.Gosched (scheduler events)
        STORE_FRAME();
        return Exec::Yielded;
      case Opcode::GO:
      case Opcode::GO_CLOSURE: {
        if (!g) GORT_THROW("vm: go statement without a runtime G");
        // GO: b is the proto; GO_CLOSURE: b is the register holding the closure.
        uint32_t entry = in.b;
        int nargs = in.op == Opcode::GO ? m.protos[in.b].nparams : 0;
        if (in.op == Opcode::GO_CLOSURE) {
          Obj* clo = R[in.b].o;
          if (!clo) {   // Go's runtime.newproc1: fatal (not a panic), at the go statement
            --ip;
            STORE_FRAME();
            rt::fatal_error(const_cast<rt::G*>(g), "go of nil func value");
            return Exec::Returned;
          }
          int64_t fn = closure_of(clo)->fn;
          R[in.a + in.c] = Value::from_obj(clo);
          if (fn < 0) {
            // A native func value: the goroutine runs runtime.goNative(args..., f).
            if (static_cast<size_t>(in.c) >= m.go_native_entry.size() || m.go_native_entry[in.c] < 0)
              PANIC_PLAIN("gort: go statement calling a native function is not supported");
            entry = static_cast<uint32_t>(m.go_native_entry[in.c]);
            nargs = in.c + 1;
          } else {
            entry = static_cast<uint32_t>(fn);
            nargs = m.protos[entry].nparams;
            if (nargs > in.c + 1) nargs = in.c + 1;
          }
        }
        rt::G* ng = rt::gnew();
        GState* ngs = static_cast<GState*>(ng->vm);
        std::unique_ptr<GState> fresh;
        if (!ngs) {
          fresh = std::make_unique<GState>();
          ngs = fresh.get();
        }
        ngs->max_stack_bytes = gs.max_stack_bytes;
        ngs->resume = Resume::None;
        if (!start(*ngs, m, entry, R + in.a, nargs))
          GORT_THROW("vm: new goroutine's frame exceeds the stack limit");
        ngs->creator_proto = static_cast<int32_t>(gs.frames.back().proto);
        ngs->creator_pc = static_cast<uint32_t>(ip - code) - 1;
        if (race::on()) race::on_go(gs, g, *ngs, ng->goid.load());
        if (fresh) ng->vm = fresh.release();
        rt::gstart(*const_cast<rt::G*>(g), *ng);
        break;
      }
      case Opcode::CHAN_MAKE: {
        int64_t cap = R[in.b].i;
        if (cap < 0 || cap > (int64_t{1} << 40)) PANIC("makechan: size out of range");
        STORE_FRAME();  // the make's position, for a deadlock's wait-for graph (Hooks::g_pos)
        R[in.a] = Value::from_obj(rt::chan_make(cap, in.c != 0));
        break;
      }
      case Opcode::CHAN_SEND:
        // --race: a send reads the channel and close writes it, so a send that is not ordered
        // with a close is a race (Go's chansend/closechan do the same).
        if (race::on() && R[in.a].o) race::access(gs, g, static_cast<uint32_t>(ip - code) - 1, rt::chan_of(R[in.a].o), false);
        BLOCKING(rt::chan_send(*const_cast<rt::G*>(g), R[in.a].o, R[in.b]), Resume::Send, 0);
        break;
      case Opcode::CHAN_RECV:
      case Opcode::CHAN_RECV2:
        BLOCKING(rt::chan_recv(*const_cast<rt::G*>(g), R[in.b].o),
                 in.op == Opcode::CHAN_RECV ? Resume::Recv : Resume::Recv2, in.a);
        break;
      case Opcode::CHAN_CLOSE: {
        if (!g) GORT_THROW("vm: close without a runtime G");
        // --race: the close happens before a receive that sees it (rt::ChanSync::Acquire).
        if (race::on() && R[in.a].o) {
          race::access(gs, g, static_cast<uint32_t>(ip - code) - 1, rt::chan_of(R[in.a].o), true);
          race::release(gs, g, rt::chan_of(R[in.a].o));
        }
        if (rt::chan_close(*const_cast<rt::G*>(g), R[in.a].o) == rt::Op::Panic)
          PANIC(g->panic_msg ? g->panic_msg : "close of closed channel");
        break;
      }
      case Opcode::CHAN_LEN: R[in.a].i = R[in.b].o ? rt::chan_len(R[in.b].o) : 0; break;
      case Opcode::CHAN_CAP: R[in.a].i = R[in.b].o ? rt::chan_cap(R[in.b].o) : 0; break;
      case Opcode::SELECT: {
        const Instr ext = *ip;
        ip++;  // skip EXT
        int n = in.b;
        rt::SelectCase cases[16];
        for (int i = 0; i < n; ++i) {
          cases[i].ch = R[in.a + 2 * i].o;
          cases[i].is_send = (ext.a >> i) & 1;
          cases[i].send_value = R[in.a + 2 * i + 1];
          if (race::on() && cases[i].is_send && cases[i].ch)
            race::access(gs, g, static_cast<uint32_t>(ip - code) - 2, rt::chan_of(cases[i].ch), false);
        }
        BLOCKING(rt::select(*const_cast<rt::G*>(g), cases, n, ext.b != 0), Resume::Select, in.c);
        // A send case whose channel was closed (at once or while parked) panics.
        break;
      }
      case Opcode::CALL_NATIVE: {
        if (fast_native_done(m, in.b, R + in.a, g)) break;
        STORE_FRAME();
        uint32_t base = gs.frames.back().base + in.a;
        NativeCtx ctx{const_cast<rt::G*>(g), gs, R + in.a, base, &m};
        // Set while the native runs: a fatal error inside it (Unlock of an unlocked mutex)
        // prints its traceback from there, and Go shows the native's frame and the call's
        // line, as for a G parked in it. Kept only if it parks.
        gs.parked_native = in.b;
        NativeStatus st = m.natives[in.b](ctx);
        AFTER_NATIVE(ctx, st, break);
      }
      case Opcode::RACE: {
        // --race: the next instruction is a load or store; check it before it runs.
        bool write = false;
        if (const void* addr = race::target(*ip, R, G, &write))
          race::access(gs, g, static_cast<uint32_t>(ip - code), addr, write);
        else
          race::access_range(gs, g, static_cast<uint32_t>(ip - code), *ip, R);
        break;
      }
      case Opcode::LOADG: R[in.a] = G[in.b]; break;
      case Opcode::STOREG: G[in.b] = R[in.a]; break;
      case Opcode::CLOSURE: {
        const Proto& p = m.protos[in.b];
        Obj* c = closure_new(in.b, p.ncaptures);
        ClosureObj* co = closure_of(c);
        for (int i = 0; i < p.ncaptures; ++i) co->captures[i] = R[in.c + i].o;
        R[in.a] = Value::from_obj(c);
        break;
      }
      case Opcode::NATIVE_FUNC: R[in.a] = Value::from_obj(closure_new(-int64_t{in.b} - 1, 0)); break;
      case Opcode::CAPTURE: R[in.a] = Value::from_obj(closure_of(R[in.b].o)->captures[in.c]); break;
      case Opcode::STR_CONCAT: R[in.a] = Value::from_obj(str_concat(R[in.b].o, R[in.c].o)); break;
      case Opcode::STR_EQ: R[in.a].i = str_equal(R[in.b].o, R[in.c].o); break;
      case Opcode::STR_NE: R[in.a].i = !str_equal(R[in.b].o, R[in.c].o); break;
      case Opcode::STR_LT: R[in.a].i = str_compare(R[in.b].o, R[in.c].o) < 0; break;
      case Opcode::STR_LE: R[in.a].i = str_compare(R[in.b].o, R[in.c].o) <= 0; break;
      case Opcode::STR_LEN: R[in.a].i = str_len(R[in.b].o); break;
      case Opcode::STR_INDEX: {
        Fault f;
        int64_t b;
        if (!str_index(R[in.b].o, R[in.c].i, &b, f)) PANIC_FAULT(f);
        R[in.a].i = b;
        break;
      }
      case Opcode::STR_SLICE: {
        Fault f;
        Obj* o;
        if (!str_slice(R[in.b].o, R[in.c].i, R[in.c + 1].i, &o, f)) PANIC_FAULT(f);
        R[in.a] = Value::from_obj(o);
        break;
      }
      case Opcode::STR_RUNE: {
        int64_t r, w;
        str_decode_rune(R[in.b].o, R[in.c].i, &r, &w);
        R[in.a].i = r;
        R[in.a + 1].i = w;
        break;
      }
      case Opcode::STR_FROM_RUNE: R[in.a] = Value::from_obj(str_from_rune(R[in.b].i)); break;
      case Opcode::STR_FROM_BYTES: R[in.a] = Value::from_obj(str_from_bytes(R[in.b].o)); break;
      case Opcode::STR_FROM_RUNES: R[in.a] = Value::from_obj(str_from_runes(R[in.b].o)); break;
      case Opcode::BYTES_FROM_STR: R[in.a] = Value::from_obj(bytes_from_str(R[in.b].o)); break;
      case Opcode::RUNES_FROM_STR: R[in.a] = Value::from_obj(runes_from_str(R[in.b].o)); break;
      case Opcode::SLICE_MAKE: {
        Fault f;
        Obj* o;
        if (!slice_make(m.type_refs[in.c], R[in.b].i, R[in.b + 1].i, &o, f)) PANIC_FAULT(f);
        R[in.a] = Value::from_obj(o);
        break;
      }
      case Opcode::SLICE_LEN: R[in.a].i = slice_len(R[in.b].o); break;
      case Opcode::SLICE_CAP: R[in.a].i = slice_cap(R[in.b].o); break;
      case Opcode::SLICE_LOAD: {   // (the array may be a compact []byte one: object.h)
        Fault f;
        Value v;
        if (!slice_load(R[in.b].o, R[in.c].i, &v, f)) PANIC_FAULT(f);
        R[in.a] = v;
        break;
      }
      case Opcode::SLICE_STORE: {
        Fault f;
        if (!slice_store(R[in.a].o, R[in.b].i, R[in.c], f)) PANIC_FAULT(f);
        break;
      }
      case Opcode::SLICE_REF: {
        Fault f;
        Value v;
        Obj* s = R[in.b].o;
        if (!slice_load(s, R[in.c].i, &v, f)) PANIC_FAULT(f);
        const SliceObj* so = static_cast<const SliceObj*>(obj_data(s));
        R[in.a] = Value::from_obj(ref_new(so->array, so->off + R[in.c].i));
        break;
      }
      case Opcode::SLICE_SLICE:
      case Opcode::ARRAY_SLICE: {
        const Instr ext = *ip++;
        Fault f;
        Obj* o;
        int64_t lo = R[in.c].i;
        int64_t max = ext.b ? R[in.c + 2].i : kNoSliceMax;
        bool ok;
        if (in.op == Opcode::SLICE_SLICE) {
          int64_t hi = ext.a ? R[in.c + 1].i : slice_len(R[in.b].o);
          ok = slice_slice(R[in.b].o, lo, hi, max, &o, f);
        } else {
          Obj* arr = R[in.b].o;
          if (!arr) PANIC(kNilDeref);
          int64_t n = array_elems(arr);
          int64_t hi = ext.a ? R[in.c + 1].i : n;
          ok = array_slice(arr, n, lo, hi, max, &o, f);
        }
        if (!ok) PANIC_FAULT(f);
        R[in.a] = Value::from_obj(o);
        break;
      }
      case Opcode::SLICE_TO_ARRAY:
      case Opcode::SLICE_TO_ARRPTR: {
        Fault f;
        Obj* o;
        if (!slice_to_array(m.type_refs[in.c], R[in.b].o, in.op == Opcode::SLICE_TO_ARRPTR, &o, f))
          PANIC_FAULT(f);
        R[in.a] = Value::from_obj(o);
        break;
      }
      case Opcode::APPEND:
        R[in.a] = Value::from_obj(slice_append(m.type_refs[in.c], R[in.a].o, R + in.a + 1, in.b));
        break;
      case Opcode::APPEND_SLICE:
        R[in.a] = Value::from_obj(slice_append_slice(m.type_refs[in.c], R[in.a].o, R[in.b].o));
        break;
      case Opcode::APPEND_STR: R[in.a] = Value::from_obj(slice_append_str(R[in.a].o, R[in.b].o)); break;
      case Opcode::COPY: R[in.a].i = slice_copy(m.type_refs[in.c], R[in.a].o, R[in.b].o); break;
      case Opcode::COPY_STR: R[in.a].i = slice_copy_str(R[in.a].o, R[in.b].o); break;
      case Opcode::SLICE_CLEAR: {
        Obj* sl = R[in.a].o;
        const TypeDesc* et = m.type_refs[in.b];
        int64_t n = slice_len(sl);
        Obj* zero = et->is_aggregate() && n > 0 ? agg_new(et) : nullptr;
        for (int64_t i = 0; i < n; ++i) {
          if (zero) agg_assign(et, slice_get(sl, i).o, zero);
          else slice_set(sl, i, Value::zero());
        }
        break;
      }
      case Opcode::AGG_NEW: R[in.a] = Value::from_obj(agg_new(m.type_refs[in.b])); break;
      case Opcode::AGG_COPY:
        if (!R[in.b].o) PANIC(kNilDeref);
        R[in.a] = Value::from_obj(agg_copy(m.type_refs[in.c], R[in.b].o));
        break;
      case Opcode::AGG_ASSIGN:
        if (!R[in.a].o || !R[in.b].o) PANIC(kNilDeref);
        agg_assign(m.type_refs[in.c], R[in.a].o, R[in.b].o);
        break;
      case Opcode::FIELD: {
        Obj* o = R[in.b].o;
        if (!o) PANIC(kNilDeref);
        R[in.a] = rt::obj_slots(o)[in.c];
        break;
      }
      case Opcode::SETFIELD: {
        Obj* o = R[in.a].o;
        if (!o) PANIC(kNilDeref);
        rt::obj_slots(o)[in.b] = R[in.c];
        break;
      }
      case Opcode::ARR_LOAD:
      case Opcode::ARR_STORE: {
        Obj* o = in.op == Opcode::ARR_LOAD ? R[in.b].o : R[in.a].o;
        int64_t i = in.op == Opcode::ARR_LOAD ? R[in.c].i : R[in.b].i;
        if (!o) PANIC(kNilDeref);
        int64_t len = array_elems(o);   // o may be a view ((*[N]E)(s)): array_get/set resolve it
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len)) PANIC(index_error(i, len));
        if (in.op == Opcode::ARR_LOAD) R[in.a] = array_get(o, i);
        else array_set(o, i, R[in.c]);
        break;
      }
      case Opcode::ARR_LEN: R[in.a].i = array_elems(R[in.b].o); break;
      case Opcode::REF:
      case Opcode::REFK: {
        Obj* o = R[in.b].o;
        if (!o) PANIC(kNilDeref);
        int64_t i = in.op == Opcode::REF ? R[in.c].i : in.c;
        int64_t len = array_elems(o);
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len)) PANIC(index_error(i, len));
        R[in.a] = Value::from_obj(ref_new(o, i));
        break;
      }
      case Opcode::REF_LOAD: {
        Fault f;
        Value v;
        if (!ref_load(R[in.b].o, &v, f)) PANIC_FAULT(f);
        R[in.a] = v;
        break;
      }
      case Opcode::REF_STORE: {
        Fault f;
        if (!ref_store(R[in.a].o, R[in.b], f)) PANIC_FAULT(f);
        break;
      }
      case Opcode::BOX_NEW: R[in.a] = Value::from_obj(box_new(m.type_refs[in.b])); break;
      case Opcode::BOX_LOAD: R[in.a] = rt::obj_slots(R[in.b].o)[0]; break;
      case Opcode::BOX_STORE: rt::obj_slots(R[in.a].o)[0] = R[in.b]; break;
      case Opcode::NEW: R[in.a] = Value::from_obj(new_object(m.type_refs[in.b])); break;
      case Opcode::MAP_MAKE:
        R[in.a] = Value::from_obj(map_make(m.type_refs[in.c], R[in.b].i));
        break;
      case Opcode::MAP_GET:
      case Opcode::MAP_GET2: {
        Fault f;
        Value v;
        bool found;
        if (!map_get(R[in.b].o, R[in.c], &v, &found, f)) PANIC_FAULT(f);
        R[in.a] = v;
        if (in.op == Opcode::MAP_GET2) R[in.a + 1].i = found;
        break;
      }
      case Opcode::MAP_SET: {
        Fault f;
        if (!map_set(R[in.a].o, R[in.b], R[in.c], f)) PANIC_FAULT(f);
        break;
      }
      case Opcode::MAP_DELETE: {
        Fault f;
        if (!map_delete(R[in.a].o, R[in.b], f)) PANIC_FAULT(f);
        break;
      }
      case Opcode::MAP_LEN: R[in.a].i = map_len(R[in.b].o); break;
      case Opcode::MAP_CLEAR: if (R[in.a].o) map_clear(R[in.a].o); break;
      case Opcode::MAP_ITER: R[in.a] = Value::from_obj(map_iter_new(R[in.b].o)); break;
      case Opcode::MAP_NEXT:
        if (!map_iter_next(R[in.a].o, &R[in.b], &R[in.b + 1])) ip += in.sc();
        break;
      case Opcode::IFACE_NEW: R[in.a] = Value::from_obj(iface_new(m.type_refs[in.c], R[in.b])); break;
      case Opcode::ASSERT:
      case Opcode::ASSERT2: {
        const Instr ext = *ip++;
        Fault f;
        Value v;
        bool ok;
        bool comma = in.op == Opcode::ASSERT2;
        if (!type_assert(R[in.b].o, m.type_refs[ext.a], m.type_refs[in.c], comma, &v, &ok, f))
          PANIC_FAULT(f);
        R[in.a] = v;
        if (comma) R[in.a + 1].i = ok;
        break;
      }
      case Opcode::EQ_VAL: {
        const Instr ext = *ip++;
        Fault f;
        bool eq;
        if (!values_equal(m.type_refs[ext.a], R[in.b], R[in.c], &eq, f)) PANIC_FAULT(f);
        R[in.a].i = eq ^ (ext.b != 0);  // ext.b: != instead of ==
        break;
      }
      case Opcode::DEFER: {
        DeferRec d;
        d.depth = static_cast<uint32_t>(gs.frames.size());
        d.fn = R[in.a].o;   // nil: Go panics when the call runs, not here (spec, Defer)
        for (int i = 0; i < in.b; ++i) {
          d.args.push_back(R[in.a + 1 + i]);
          d.arg_ptr.push_back(ip->op == Opcode::EXT ? ((ip->a >> i) & 1) != 0 : false);
        }
        if (ip->op == Opcode::EXT) ip++;
        gs.defers.push_back(std::move(d));
        break;
      }
      case Opcode::DEFER_AT: {
        // A defer in a range-over-func body: it belongs to the enclosing function's frame, so
        // it goes below the records of the frames above that one (the iterator's own defers
        // still run when the iterator returns, ours when the function does).
        DeferRec d;
        uint32_t top = static_cast<uint32_t>(gs.frames.size());
        int64_t want = R[in.c].i;
        d.depth = want > 0 && want <= int64_t{top} ? static_cast<uint32_t>(want) : top;
        d.fn = R[in.a].o;
        for (int i = 0; i < in.b; ++i) {
          d.args.push_back(R[in.a + 1 + i]);
          d.arg_ptr.push_back(ip->op == Opcode::EXT ? ((ip->a >> i) & 1) != 0 : false);
        }
        if (ip->op == Opcode::EXT) ip++;
        auto at = gs.defers.end();
        while (at != gs.defers.begin() && (at - 1)->depth > d.depth) --at;
        gs.defers.insert(at, std::move(d));
        break;
      }
      case Opcode::FRAME_DEPTH:
        R[in.a].i = static_cast<int64_t>(gs.frames.size());
        break;
      case Opcode::RANGE_CHECK: {
        // Go's runtime.panicrangestate; states are internal/abi's RF_DONE=0, READY=1,
        // PANIC=2, EXHAUSTED=3.
        int64_t st = R[in.a].i;
        if (in.b == 0) {
          if (st == 0) PANIC("runtime error: range function continued iteration after function for loop body returned false");
          if (st == 2) PANIC("runtime error: range function continued iteration after loop body panic");
          if (st == 3) PANIC("runtime error: range function continued iteration after whole loop exit");
        } else if (st == 2) {
          PANIC("runtime error: range function recovered a loop body panic and did not resume panicking");
        }
        break;
      }
      case Opcode::RUNDEFERS: {
        uint32_t depth = static_cast<uint32_t>(gs.frames.size());
        if (gs.defers.empty() || gs.defers.back().depth != depth) break;
        DeferRec d = std::move(gs.defers.back());
        gs.defers.pop_back();
        if (!d.fn) PANIC(kNilDeref);   // a deferred nil func value, at function exit
        --ip;  // come back here to run the next one
        STORE_FRAME();
        NativeStatus st;
        if (!push_call(gs, m, g, d.fn, d.args.data(), static_cast<int>(d.args.size()), kFrameDefer, &st))
          return Exec::StackOverflow;
        if (closure_of(d.fn)->fn < 0 && st != NativeStatus::Done) {
          uint32_t base = gs.frames.back().base + proto->nregs;
          NativeCtx ctx{const_cast<rt::G*>(g), gs, gs.stack.data() + base, base, &m};
          Exec e;
          if (native_status(gs, m, g, ctx, st, &e, &pending_panic)) RETURN_EXEC(e);
          if (pending_panic) goto do_panic;
        } else if (closure_of(d.fn)->fn < 0 && gs.resume != Resume::None) {
          gs.resume = Resume::None;
        }
        LOAD_FRAME();
        if (closure_of(d.fn)->fn >= 0) POLL_YIELD();
        break;
      }
      case Opcode::PANIC: {
        Obj* v = R[in.a].o;
        if (!v) v = nil_panic_value();
        RAISE(v);
      }
      case Opcode::RECOVER: {
        R[in.a] = Value::zero();
        if (!gs.panics.empty()) {
          PanicRec& p = gs.panics.back();
          // recover() only stops a panic when called directly by the deferred function that
          // the panic is running (Go's rule): that function's frame sits right at call_depth.
          if (!p.recovered && !p.goexit && gs.frames.size() == p.call_depth &&
              (gs.frames.back().flags & kFramePanicDefer)) {
            p.recovered = true;
            R[in.a] = Value::from_obj(p.value);
          }
        }
        break;
      }
      case Opcode::GOEXIT: {
        PanicRec p;
        p.value = nullptr;
        p.goexit = true;
        gs.panics.push_back(p);
        STORE_FRAME();
        goto continue_panic;
      }
      case Opcode::PRINT: {
        std::string s = print_value(m.type_refs[in.b], R[in.a]);
        if (in.c & 1) s = " " + s;
        if (in.c & 2) s += "\n";
        write_output(g, 2, s);
        break;
      }
      case Opcode::COUNT_:
      default:
        GORT_THROW("vm: invalid opcode (unverified code?)");
    }
    }
    continue;

  do_panic:
    // A new panic: record it, then run deferred calls (continue_panic).
    {
      PanicRec p;
      p.value = pending_panic;
      gs.panics.push_back(p);
    }
  continue_panic:
    {
      uint32_t floor = sync_floor(gs);
      if (gs.defers.empty() || gs.defers.back().depth < floor) {
        if (!gs.panics.empty() && gs.panics.back().goexit && floor == 0) {
          // runtime.Goexit after the deferred calls: the goroutine ends. main's G stays
          // blocked so the others can finish; the runtime then reports Go's
          // "no goroutines (main called runtime.Goexit) - deadlock!".
          if (g && g->goid == 1) {
            rt::block_forever(*const_cast<rt::G*>(g), "main called runtime.Goexit");
            return Exec::Parked;
          }
          gs.frames.clear();
          gs.used_slots = 0;
          return Exec::Returned;
        }
        // Nobody recovers: the program dies (or a nested call fails) with Go's message.
        gs.panic_msg = panic_message(gs, m, g);
        return Exec::Panicked;
      }
      DeferRec d = std::move(gs.defers.back());
      gs.defers.pop_back();
      if (!d.fn) {   // a deferred nil func value while panicking: a new panic, as in Go
        pending_panic = runtime_error_value(kNilDeref);
        goto do_panic;
      }
      // Frames deeper than the deferring one are being unwound: a NativeStatus::Call callee
      // among them finishes now, before this deferred call runs, as a `defer` in it would
      // (sync.Once.Do marks itself done when f panics — Go's `defer o.done.Store(1)`).
      for (size_t i = gs.frames.size(); i-- > d.depth;) {
        if (!(gs.frames[i].flags & kFrameThen)) continue;
        gs.frames[i].flags &= ~uint32_t{kFrameThen};
        auto [then, slot] = gs.take_then();
        NativeCtx ctx{const_cast<rt::G*>(g), gs, gs.stack.data() + slot, slot, &m};
        (void)then(ctx);  // only sync.Once's continuation exists, and it cannot fail
      }
      PanicRec& pr = gs.panics.back();
      pr.defer_depth = d.depth;
      NativeStatus st;
      if (!push_call(gs, m, g, d.fn, d.args.data(), static_cast<int>(d.args.size()),
                     kFramePanicDefer, &st))
        return Exec::StackOverflow;
      if (closure_of(d.fn)->fn < 0) {
        // A native deferred call (defer wg.Done(), defer mu.Unlock()) ran already.
        gs.resume = Resume::None;
        if (st == NativeStatus::Panic) {
          pending_panic = take_native_panic(gs);
          goto do_panic;
        }
        goto continue_panic;
      }
      gs.panics.back().call_depth = static_cast<uint32_t>(gs.frames.size());
      LOAD_FRAME();
    }
  }
#undef LOAD_FRAME
#undef STORE_FRAME
#undef DISPATCH
#undef HOTCASE
#undef PANIC
#undef POLL_YIELD
#undef BLOCKING
}

// Go's spelling of a method in tracebacks: "(*main.T).M" → "main.(*T).M".
std::string go_func_name(const std::string& n) {
  if (n.rfind("(*", 0) != 0) return n;
  size_t dot = n.find('.');
  size_t close = n.find(')');
  if (dot == std::string::npos || close == std::string::npos || dot > close) return n;
  return n.substr(2, dot - 2) + ".(*" + n.substr(dot + 1);
}

std::string traceback(const GState& gs, const Module& m) {
  std::string out;
  // A goroutine blocked inside a native (WaitGroup.Wait, Mutex.Lock, Sleep...) shows it first.
  if (gs.parked_native >= 0 && static_cast<size_t>(gs.parked_native) < m.native_names.size())
    out += go_func_name(m.native_names[gs.parked_native]) + "(...)\n\t/usr/local/go/src/runtime/sema.go:0 +0x0\n";
  // Go prints at most 100 frames (a stack overflow has millions), then this marker.
  constexpr size_t kMaxFrames = 100;
  size_t printed = 0;
  for (size_t k = gs.frames.size(); k-- > 0;) {
    if (printed++ == kMaxFrames) {
      out += "...additional frames elided...\n";
      break;
    }
    const Frame& f = gs.frames[k];
    const Proto& p = m.protos[f.proto];
    // The package entry (runtime.main: inits, then main.main) is a runtime frame Go hides.
    if (f.proto == m.entry && k == 0 && gs.frames.size() > 1 && p.name == "runtime.main") continue;
    if (k == 0 && gs.frames.size() > 1 && p.name == "runtime.goNative") continue;  // Go has no such frame
    // Inner frames' pc is one past their CALL (the return address); Go prints the call's line.
    uint32_t pc = f.pc;
    // A blocked goroutine's innermost pc is also past the instruction it blocked in.
    bool blocked = gs.resume != Resume::None || gs.parked_native >= 0;
    if ((k + 1 < gs.frames.size() || blocked) && pc > 0) --pc;
    int line = pc < p.lines.size() ? p.lines[pc] : 0;
    char off[32];
    std::snprintf(off, sizeof off, " +0x%x\n", static_cast<unsigned>(pc * 8));
    // The closure object is a hidden parameter: not an argument Go would show.
    int shown = p.nparams - (p.ncaptures > 0 ? 1 : 0);
    out += go_func_name(p.name) + (shown > 0 ? "(...)\n" : "()\n");
    out += "\t" + m.position(p, line) + off;
  }
  if (gs.creator_proto >= 0 && static_cast<size_t>(gs.creator_proto) < m.protos.size()) {
    const Proto& cp = m.protos[gs.creator_proto];
    uint32_t pc = gs.creator_pc;
    int line = pc < cp.lines.size() ? cp.lines[pc] : 0;
    char off[32];
    std::snprintf(off, sizeof off, " +0x%x\n", static_cast<unsigned>(pc * 8));
    out += "created by " + go_func_name(cp.name) + "\n\t" +
           m.position(cp, line) + off;
  }
  return out;
}

void scan(const GState& gs, const Module& m, rt::Tracer& t) {
  const Value* s = gs.stack.data();
  for (size_t k = 0; k < gs.frames.size(); ++k) {
    const Frame& f = gs.frames[k];
    const Proto& p = m.protos[f.proto];
    // A frame's registers above the next frame's base belong to that frame (calls overlay
    // the caller's window), so scan only up to it.
    uint32_t n = p.nregs;
    if (k + 1 < gs.frames.size() && gs.frames[k + 1].base >= f.base &&
        gs.frames[k + 1].base - f.base < n)
      n = gs.frames[k + 1].base - f.base;
    for (uint32_t r = 0; r < n; ++r)
      if (p.reg_is_ptr(r)) t.mark(s[f.base + r].o);
  }
  for (const DeferRec& d : gs.defers) {
    if (d.fn) t.mark(d.fn);
    for (size_t i = 0; i < d.args.size(); ++i)
      if (d.arg_ptr[i]) t.mark(d.args[i].o);
  }
  for (const PanicRec& p : gs.panics) t.mark(p.value);
}

void reset_globals(const Module& m) {
  // At least one slot, so G is never null even for a module without variables.
  g_globals = std::make_unique<Value[]>(m.nglobals + 1);
  for (uint32_t i = 0; i <= m.nglobals; ++i) g_globals[i] = Value::zero();
}

void scan_globals(const Module& m, rt::Tracer& t) {
  Value* G = g_globals.get();
  if (!G) return;
  for (uint32_t i = 0; i < m.nglobals; ++i)
    if (m.global_is_ptr(i)) t.mark(G[i].o);
}

}  // namespace gort::vm
