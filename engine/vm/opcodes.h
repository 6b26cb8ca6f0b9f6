// engine/vm/opcodes.h — the bytecode: one X-macro table of every opcode and its operand kinds.
// The enum, the disassembler and the dispatch loop's jump table are all generated from this
// list (Wren's approach), so adding an opcode is one line here plus its case in interp.cpp.
//
// An instruction is 8 bytes: a 16-bit opcode and three 16-bit operands a, b, c. Instructions
// are typed (ADD_INT vs ADD_FLOAT): the compiler knows every operand's type statically, so the
// loop never dispatches on a value's type for arithmetic.
#pragma once
#include <cstdint>

namespace gort::vm {

// Operand kinds: what an operand field means (used by the disassembler and by verify()).
//   _ unused   R register (frame slot)   K constant-pool index   I signed 16-bit immediate
//   J signed jump offset (relative to the next instruction)   F function index   N count
//   T type index (Module::types)
#define GORT_OPCODES(X)                                                                \
  X(NOP, _, _, _)                                                                      \
  X(EXT, N, N, N)         /* extra operands of the previous instruction (never run) */ \
  X(EXT_R, R, R, R)       /* extra register operands of the previous instruction */   \
  X(MOVE, R, R, _)        /* R[a] = R[b] */                                            \
  X(LOADK, R, K, _)       /* R[a] = K[b] */                                            \
  X(LOADI, R, I, _)       /* R[a] = int(imm) (0 also = nil for pointer registers) */  \
  X(ADD_INT, R, R, R)     /* R[a] = R[b] + R[c] (wraps at 64 bits) */                  \
  X(SUB_INT, R, R, R)                                                                  \
  X(MUL_INT, R, R, R)                                                                  \
  X(DIV_INT, R, R, R)     /* panics on zero divisor; MinInt64/-1 wraps as Go */        \
  X(REM_INT, R, R, R)                                                                  \
  X(DIV_UINT, R, R, R)                                                                 \
  X(REM_UINT, R, R, R)                                                                 \
  X(ADDI_INT, R, R, I)    /* R[a] = R[b] + imm */                                      \
  X(NEG_INT, R, R, _)                                                                  \
  X(AND_INT, R, R, R)                                                                  \
  X(OR_INT, R, R, R)                                                                   \
  X(XOR_INT, R, R, R)                                                                  \
  X(ANDNOT_INT, R, R, R)                                                               \
  X(BITNOT_INT, R, R, _)                                                               \
  X(SHL_INT, R, R, R)     /* count >= 64 gives 0; negative count panics */            \
  X(SHR_INT, R, R, R)     /* arithmetic */                                             \
  X(SHR_UINT, R, R, R)    /* logical */                                                \
  X(WRAP_I8, R, R, _)     /* narrow R[b] to the width of the named type, into R[a] */  \
  X(WRAP_I16, R, R, _)                                                                 \
  X(WRAP_I32, R, R, _)                                                                 \
  X(WRAP_U8, R, R, _)                                                                  \
  X(WRAP_U16, R, R, _)                                                                 \
  X(WRAP_U32, R, R, _)                                                                 \
  X(EQ_INT, R, R, R)      /* R[a] = bool(R[b] == R[c]) (also pointers by identity) */ \
  X(NE_INT, R, R, R)                                                                   \
  X(LT_INT, R, R, R)                                                                   \
  X(LE_INT, R, R, R)                                                                   \
  X(LT_UINT, R, R, R)                                                                  \
  X(LE_UINT, R, R, R)                                                                  \
  X(ADD_FLOAT, R, R, R)                                                                \
  X(SUB_FLOAT, R, R, R)                                                                \
  X(MUL_FLOAT, R, R, R)                                                                \
  X(DIV_FLOAT, R, R, R)   /* IEEE: x/0 is +-Inf or NaN, no panic */                    \
  X(NEG_FLOAT, R, R, _)                                                                \
  X(EQ_FLOAT, R, R, R)                                                                 \
  X(NE_FLOAT, R, R, R)                                                                 \
  X(LT_FLOAT, R, R, R)                                                                 \
  X(LE_FLOAT, R, R, R)                                                                 \
  X(ROUND_F32, R, R, _)   /* float32(R[b]) kept as a double */                         \
  X(INT_TO_FLOAT, R, R, _)                                                             \
  X(UINT_TO_FLOAT, R, R, _)                                                            \
  X(FLOAT_TO_INT, R, R, I)   /* imm 32: as amd64's CVTTSD2SL (int8/16/32, uint8/16 targets) */ \
  X(FLOAT_TO_UINT, R, R, _)                                                            \
  X(ADD_CPLX, R, R, R)    /* complex: CplxObj* operands (null = 0), a new object */    \
  X(SUB_CPLX, R, R, R)                                                                 \
  X(MUL_CPLX, R, R, R)                                                                 \
  X(DIV_CPLX, R, R, R)    /* Go's runtime complex128div (no panic on zero) */          \
  X(NEG_CPLX, R, R, _)                                                                 \
  X(EQ_CPLX, R, R, R)                                                                  \
  X(NE_CPLX, R, R, R)                                                                  \
  X(CPLX_MAKE, R, R, R)   /* R[a] = complex(R[b].f, R[c].f) */                         \
  X(CPLX_REAL, R, R, _)   /* R[a].f = real(R[b]) */                                    \
  X(CPLX_IMAG, R, R, _)                                                                \
  X(ROUND_C64, R, R, _)   /* complex64(R[b]): both parts rounded to float32 */         \
  X(NOT, R, R, _)                                                                      \
  X(JMP, _, J, _)         /* pc += off (a back-edge polls for preemption) */           \
  X(JMP_IF, R, J, _)      /* if R[a] != 0 */                                           \
  X(JMP_IFNOT, R, J, _)                                                                \
  X(JLT_INT, R, R, J)     /* fused compare-and-branch: if R[a] < R[b] */               \
  X(JGE_INT, R, R, J)                                                                  \
  X(JLE_INT, R, R, J)                                                                  \
  X(JGT_INT, R, R, J)                                                                  \
  X(JEQ_INT, R, R, J)                                                                  \
  X(JNE_INT, R, R, J)                                                                  \
  X(JLT_INTI, R, I, J)    /* if R[a] < imm */                                          \
  X(JGE_INTI, R, I, J)                                                                 \
  X(JLE_INTI, R, I, J)                                                                 \
  X(JGT_INTI, R, I, J)                                                                 \
  X(JEQ_INTI, R, I, J)                                                                 \
  X(JNE_INTI, R, I, J)                                                                 \
  X(CALL, R, F, _)        /* call F[b] with its frame based at R[a] (args there) */    \
  X(CALL_CLOSURE, R, R, N) /* call func value R[b] with c args at R[a]; R[a+c]=closure */ \
  X(CALL_IFACE, R, N, N)  /* R[a] iface receiver -> its data; method name #b; c args */ \
  X(RET, R, N, _)         /* return N results from R[a].. into the callee's R[0].. */  \
  X(NEW_INTS, R, R, _)    /* R[a] = new int array object of length R[b] (tests) */     \
  X(LEN_INTS, R, R, _)                                                                 \
  X(LOAD_INT_AT, R, R, R) /* R[a] = R[b][R[c]] (bounds-checked) */                     \
  X(STORE_INT_AT, R, R, R) /* R[a][R[b]] = R[c] (bounds-checked) */                    \
  X(NILCHECK, R, _, _)    /* panics "invalid memory address or nil pointer dereference" */ \
  X(YIELD, _, _, _)       /* runtime.Gosched(): give up the P */                        \
  X(GO, R, F, _)          /* go F[b](R[a]..): args copied now, in this goroutine */    \
  X(GO_CLOSURE, R, R, N)  /* go R[b](R[a]..c args) */                                  \
  X(CHAN_MAKE, R, R, N)   /* R[a] = make(chan T, R[b]); c = element holds a pointer */ \
  X(CHAN_SEND, R, R, _)   /* R[a] <- R[b]   (may park) */                              \
  X(CHAN_RECV, R, R, _)   /* R[a] = <-R[b]  (may park) */                              \
  X(CHAN_RECV2, R, R, _)  /* R[a], R[a+1] = <-R[b] with ok (may park) */               \
  X(CHAN_CLOSE, R, _, _)                                                               \
  X(CHAN_LEN, R, R, _)                                                                 \
  X(CHAN_CAP, R, R, _)                                                                 \
  X(SELECT, R, N, R)      /* cases R[a+2i] chan, R[a+2i+1] send value; b cases;      \
                             R[c] = index (-1 default), R[c+1] value, R[c+2] ok;       \
                             EXT(send mask, has_default) follows */                    \
  X(CALL_NATIVE, R, N, _) /* Module::natives[b](R[a]..) — see native.h */             \
  X(LOADG, R, N, _)       /* R[a] = package variable #b */                             \
  X(STOREG, R, N, _)      /* package variable #b = R[a] */                             \
  X(CLOSURE, R, F, R)     /* R[a] = func value of F[b], captures R[c..c+ncaptures) */  \
  X(NATIVE_FUNC, R, N, _) /* R[a] = func value of native #b */                         \
  X(CAPTURE, R, R, N)     /* R[a] = closure R[b]'s capture #c */                       \
  X(STR_CONCAT, R, R, R)                                                               \
  X(STR_EQ, R, R, R)                                                                   \
  X(STR_NE, R, R, R)                                                                   \
  X(STR_LT, R, R, R)                                                                   \
  X(STR_LE, R, R, R)                                                                   \
  X(STR_LEN, R, R, _)                                                                  \
  X(STR_INDEX, R, R, R)   /* R[a] = byte R[b][R[c]] */                                 \
  X(STR_SLICE, R, R, R)   /* R[a] = R[b][R[c]:R[c+1]] */                               \
  X(STR_RUNE, R, R, R)    /* R[a] = rune at byte R[c] of R[b], R[a+1] = its width */   \
  X(STR_FROM_RUNE, R, R, _)                                                            \
  X(STR_FROM_BYTES, R, R, _)                                                           \
  X(STR_FROM_RUNES, R, R, _)                                                           \
  X(BYTES_FROM_STR, R, R, _)                                                           \
  X(RUNES_FROM_STR, R, R, _)                                                           \
  X(SLICE_MAKE, R, R, T)  /* R[a] = make([]T, R[b], R[b+1]) with elem type c */       \
  X(SLICE_LEN, R, R, _)                                                                \
  X(SLICE_CAP, R, R, _)                                                                \
  X(SLICE_LOAD, R, R, R)  /* R[a] = R[b][R[c]] */                                      \
  X(SLICE_STORE, R, R, R) /* R[a][R[b]] = R[c] */                                      \
  X(SLICE_REF, R, R, R)   /* R[a] = &R[b][R[c]] for a non-aggregate element (RefObj) */ \
  X(SLICE_SLICE, R, R, R) /* R[a] = R[b][R[c]:R[c+1]:R[c+2]]; EXT(has_hi, has_max) */  \
  X(ARRAY_SLICE, R, R, R) /* same over an array object */                              \
  X(SLICE_TO_ARRAY, R, R, T)  /* R[a] = [N]E(R[b]) with array type c (a fresh copy) */ \
  X(SLICE_TO_ARRPTR, R, R, T) /* R[a] = (*[N]E)(R[b]) with array type c */             \
  X(APPEND, R, N, T)      /* R[a] = append(R[a], R[a+1..a+1+b)...) elem type c */      \
  X(APPEND_SLICE, R, R, T) /* R[a] = append(R[a], R[b]...) */                          \
  X(APPEND_STR, R, R, _)  /* R[a] = append(R[a], R[b]...) with R[b] a string */        \
  X(COPY, R, R, T)        /* R[a] = copy(R[a], R[b]) */                                \
  X(COPY_STR, R, R, _)                                                                 \
  X(SLICE_CLEAR, R, T, _) /* clear(R[a]): every element = zero value of elem type b */ \
  X(AGG_NEW, R, T, _)     /* R[a] = zero struct/array */                               \
  X(AGG_COPY, R, R, T)    /* R[a] = copy of R[b] */                                    \
  X(AGG_ASSIGN, R, R, T)  /* *R[a] = *R[b] in place */                                 \
  X(FIELD, R, R, N)       /* R[a] = slot c of aggregate R[b] */                        \
  X(SETFIELD, R, N, R)    /* slot b of aggregate R[a] = R[c] */                        \
  X(ARR_LOAD, R, R, R)    /* R[a] = array R[b][R[c]] (bounds-checked) */               \
  X(ARR_STORE, R, R, R)   /* array R[a][R[b]] = R[c] */                                \
  X(ARR_LEN, R, R, _)                                                                  \
  X(REF, R, R, R)         /* R[a] = &slot R[c] of object R[b] */                       \
  X(REFK, R, R, N)        /* R[a] = &slot c of object R[b] */                          \
  X(REF_LOAD, R, R, _)    /* R[a] = *R[b] */                                           \
  X(REF_STORE, R, R, _)   /* *R[a] = R[b] */                                           \
  X(BOX_NEW, R, T, _)     /* R[a] = new box holding the zero value of type b */        \
  X(BOX_LOAD, R, R, _)                                                                 \
  X(BOX_STORE, R, R, _)                                                                \
  X(NEW, R, T, _)         /* R[a] = new(T) */                                          \
  X(MAP_MAKE, R, R, T)    /* R[a] = make(map type c, hint R[b]) */                     \
  X(MAP_GET, R, R, R)     /* R[a] = R[b][R[c]] */                                      \
  X(MAP_GET2, R, R, R)    /* R[a], R[a+1] = R[b][R[c]] */                              \
  X(MAP_SET, R, R, R)     /* R[a][R[b]] = R[c] */                                      \
  X(MAP_DELETE, R, R, _)                                                               \
  X(MAP_LEN, R, R, _)                                                                  \
  X(MAP_CLEAR, R, _, _)                                                                \
  X(MAP_ITER, R, R, _)    /* R[a] = iterator over map R[b] */                          \
  X(MAP_NEXT, R, R, J)    /* R[b], R[b+1] = next key, value of iterator R[a]; done: jump */ \
  X(IFACE_NEW, R, R, T)   /* R[a] = interface holding R[b] of type c */                \
  X(ASSERT, R, R, T)      /* R[a] = R[b].(type c); EXT(static type) follows */         \
  X(ASSERT2, R, R, T)     /* R[a], R[a+1] = R[b].(type c) with ok */                   \
  X(EQ_VAL, R, R, R)      /* R[a] = R[b] == R[c] by type (EXT(type) follows) */        \
  X(DEFER, R, N, _)       /* defer R[a](R[a+1..a+1+b)) */                              \
  X(RUNDEFERS, _, _, _)   /* run this frame's deferred calls, LIFO */                  \
  X(DEFER_AT, R, N, R)    /* DEFER for the frame at depth R[c] (a range-over-func body) */ \
  X(FRAME_DEPTH, R, _, _) /* R[a] = this frame's depth (DEFER_AT's target) */           \
  X(RANGE_CHECK, R, N, _) /* range-over-func state R[a]: b=0 panic unless READY; b=1 panic if PANIC */ \
  X(PANIC, R, _, _)       /* panic(R[a]) (an interface value) */                       \
  X(RECOVER, R, _, _)     /* R[a] = recover() */                                       \
  X(GOEXIT, _, _, _)      /* runtime.Goexit(): run deferred calls, end the goroutine */ \
  X(PRINT, R, T, N)       /* builtin print of R[a] of type b; c bit0: space before, bit1: newline */ \
  X(RACE, _, _, _)        /* --race only: check the next instruction's memory access (race.h) */ \
  /* Fused pairs (vm/prepare.cpp rewrites the first instruction of a hot pair; the second \
     stays as it was, so a jump to it or a slow path runs it alone). The fast loop runs   \
     both with one dispatch; execute() runs the first half only. Keep these last. */     \
  X(ADDI_CALL, R, R, I)   /* ADDI_INT, then the CALL after it */                       \
  X(MOVE_CALL, R, R, _)   /* MOVE, then the CALL after it */                           \
  X(ADD_RET, R, R, R)     /* ADD_INT, then the RET after it */                         \
  X(ADDI_JMP, R, R, I)    /* ADDI_INT, then the JMP after it (a loop's i++) */         \
  X(JLT_INTI_RET, R, I, J) /* JLT_INTI whose fall-through is a RET */                  \
  X(JGE_INTI_RET, R, I, J)                                                             \
  X(JLE_INTI_RET, R, I, J)                                                             \
  X(JGT_INTI_RET, R, I, J)                                                             \
  X(JEQ_INTI_RET, R, I, J)                                                             \
  X(JNE_INTI_RET, R, I, J)

enum class Opcode : uint16_t {
#define GORT_OP_ENUM(name, a, b, c) name,
  GORT_OPCODES(GORT_OP_ENUM)
#undef GORT_OP_ENUM
  COUNT_
};

enum class OperandKind : uint8_t { _, R, K, I, J, F, N, T };

struct OpInfo {
  const char* name;
  OperandKind a, b, c;
};
const OpInfo& op_info(Opcode op);

struct Instr {
  Opcode op;
  uint16_t a, b, c;
  int16_t sb() const { return static_cast<int16_t>(b); }
  int16_t sc() const { return static_cast<int16_t>(c); }
};
static_assert(sizeof(Instr) == 8, "an instruction is one 64-bit word");

}  // namespace gort::vm
