// engine/vm/hot.h — what the dispatch loop (interp.cpp execute) shares with its fast paths for
// the hottest instructions: the state handed over, the set of instructions they run, and which
// implementation is built (run_hot's switch/computed goto in interp.cpp, or hot_tail.cpp's
// handlers chained by wasm tail calls). Internal to engine/vm.
#pragma once
#include <cstdint>

#include "vm/gstate.h"
#include "vm/native.h"
#include "vm/proto.h"

namespace gort::rt { struct G; }

namespace gort::vm {

// The fast path runs from ip until the first instruction it does not handle — or that needs a
// slow path (a panic, stack growth, a special RET) — and leaves ip pointing AT it.
struct HotState {
  const Instr* ip;
  const Instr* code;
  const Proto* proto;
  Value* R;
  uint32_t polls;
  // A native the fast path called whose outcome needs execute()'s general handling (it parked,
  // yielded, panicked, asks for a Go call, left a wake-up to deliver or race events to run, or
  // the program is ending): ip is past its CALL_NATIVE and execute() finishes it.
  bool native_pending = false;
  NativeStatus native_status = NativeStatus::Done;
  uint32_t native_base = 0;             // NativeCtx::base
  Obj* native_call_closure = nullptr;   // NativeCtx::call_closure / call_then (Call)
  NativeStatus (*native_call_then)(NativeCtx&) = nullptr;
};

// The instructions the fast path runs (both implementations handle exactly these).
#define GORT_FAST_OPS(X)                                                                   \
  X(MOVE) X(LOADK) X(LOADI) X(ADD_INT) X(SUB_INT) X(MUL_INT) X(ADDI_INT) X(AND_INT) X(OR_INT) \
  X(XOR_INT) X(EQ_INT) X(NE_INT) X(LT_INT) X(LE_INT) X(LT_UINT) X(LE_UINT) X(ADD_FLOAT)    \
  X(SUB_FLOAT) X(MUL_FLOAT) X(DIV_FLOAT) X(LT_FLOAT) X(LE_FLOAT) X(EQ_FLOAT) X(NOT)         \
  X(DIV_INT) X(REM_INT) X(DIV_UINT) X(REM_UINT) X(NEG_INT) X(ANDNOT_INT) X(BITNOT_INT)      \
  X(SHL_INT) X(SHR_INT) X(SHR_UINT) X(WRAP_I8) X(WRAP_I16) X(WRAP_I32) X(WRAP_U8)           \
  X(WRAP_U16) X(WRAP_U32) X(NE_FLOAT) X(NEG_FLOAT) X(INT_TO_FLOAT) X(JMP)                   \
  X(JMP_IF) X(JMP_IFNOT) X(JLT_INT) X(JGE_INT) X(JLE_INT) X(JGT_INT) X(JEQ_INT) X(JNE_INT)   \
  X(JLT_INTI) X(JGE_INTI) X(JLE_INTI) X(JGT_INTI) X(JEQ_INTI) X(JNE_INTI) X(CALL) X(RET)   \
  X(ADDI_CALL) X(MOVE_CALL) X(ADD_RET) X(ADDI_JMP) X(JLT_INTI_RET) X(JGE_INTI_RET)          \
  X(JLE_INTI_RET) X(JGT_INTI_RET) X(JEQ_INTI_RET) X(JNE_INTI_RET) X(CAPTURE) X(BOX_LOAD)      \
  X(BOX_STORE) X(LOADG) X(STOREG) X(CALL_NATIVE)

// GORT_HOT_TAIL: one function per instruction, each ending in a guaranteed tail call to the
// next one's (threaded code). Wasm has no indirect jumps, so the switch in run_hot becomes a
// br_table in one big function whose state V8 keeps partly on the stack; small handlers take
// their state as arguments (registers) and tier up to TurboFan one by one. Built where the
// compiler guarantees the tail call: clang with wasm tail calls (-mtail-call). Override with
// -DGORT_HOT_TAIL=0/1 (1 also works natively with clang, for testing).
#ifndef GORT_HOT_TAIL
#if defined(__clang__) && defined(__wasm_tail_call__)
#define GORT_HOT_TAIL 1
#else
#define GORT_HOT_TAIL 0
#endif
#endif

#if GORT_HOT_TAIL
// Returns true when a back-edge or call poll asks the G to yield (the jump has been taken).
bool run_hot_tail(HotState& st, GState& gs, const Module& m, const rt::G* g);
#endif

}  // namespace gort::vm
