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
#define GORT_OPCODES(X)                                                                \
  X(NOP, _, _, _)                                                                      \
  X(MOVE, R, R, _)        /* R[a] = R[b] */                                            \
  X(LOADK, R, K, _)       /* R[a] = K[b] */                                            \
  X(LOADI, R, I, _)       /* R[a] = int(imm) */                                        \
  X(ADD_INT, R, R, R)     /* R[a] = R[b] + R[c] (wraps at 64 bits) */                  \
  X(SUB_INT, R, R, R)                                                                  \
  X(MUL_INT, R, R, R)                                                                  \
  X(DIV_INT, R, R, R)     /* panics on zero divisor; MinInt64/-1 wraps as Go */        \
  X(REM_INT, R, R, R)                                                                  \
  X(ADDI_INT, R, R, I)    /* R[a] = R[b] + imm */                                      \
  X(NEG_INT, R, R, _)                                                                  \
  X(WRAP_I8, R, R, _)     /* narrow R[b] to the width of the named type, into R[a] */  \
  X(WRAP_I16, R, R, _)                                                                 \
  X(WRAP_I32, R, R, _)                                                                 \
  X(WRAP_U8, R, R, _)                                                                  \
  X(WRAP_U16, R, R, _)                                                                 \
  X(WRAP_U32, R, R, _)                                                                 \
  X(EQ_INT, R, R, R)      /* R[a] = bool(R[b] == R[c]) */                              \
  X(LT_INT, R, R, R)                                                                   \
  X(LE_INT, R, R, R)                                                                   \
  X(ADD_FLOAT, R, R, R)                                                                \
  X(SUB_FLOAT, R, R, R)                                                                \
  X(MUL_FLOAT, R, R, R)                                                                \
  X(DIV_FLOAT, R, R, R)   /* IEEE: x/0 is ±Inf or NaN, no panic */                      \
  X(LT_FLOAT, R, R, R)                                                                 \
  X(INT_TO_FLOAT, R, R, _)                                                             \
  X(FLOAT_TO_INT, R, R, _)                                                             \
  X(NOT, R, R, _)                                                                      \
  X(JMP, _, J, _)         /* pc += off (a back-edge polls for preemption) */           \
  X(JMP_IF, R, J, _)      /* if R[a] != 0 */                                           \
  X(JMP_IFNOT, R, J, _)                                                                \
  X(JLT_INT, R, R, J)     /* fused compare-and-branch: if R[a] < R[b] */               \
  X(JGE_INT, R, R, J)                                                                  \
  X(CALL, R, F, _)        /* call F[b] with its frame based at R[a] (args there) */    \
  X(RET, R, N, _)         /* return N results from R[a].. into the callee's R[0].. */  \
  X(NEW_INTS, R, R, _)    /* R[a] = new int array object of length R[b] */             \
  X(LEN_INTS, R, R, _)                                                                 \
  X(LOAD_INT_AT, R, R, R) /* R[a] = R[b][R[c]] (bounds-checked) */                     \
  X(STORE_INT_AT, R, R, R) /* R[a][R[b]] = R[c] (bounds-checked) */                    \
  X(NILCHECK, R, _, _)    /* panics "invalid memory address or nil pointer dereference" */ \
  X(YIELD, _, _, _)       /* runtime.Gosched(): give up the P */                        \
  X(GO, R, F, _)          /* go F[b](R[a]..): args copied now, in this goroutine */    \
  X(CHAN_MAKE, R, R, _)   /* R[a] = make(chan int, R[b]) */                            \
  X(CHAN_SEND, R, R, _)   /* R[a] <- R[b]   (may park) */                              \
  X(CHAN_RECV, R, R, _)   /* R[a] = <-R[b]  (may park) */                              \
  X(CHAN_RECV2, R, R, _)  /* R[a], R[a+1] = <-R[b] with ok (may park) */               \
  X(CHAN_CLOSE, R, _, _)                                                               \
  X(CALL_NATIVE, R, N, _) /* Module::natives[b](R[a]..) — see native.h */             \
  X(LOADG, R, N, _)       /* R[a] = package variable #b */                             \
  X(STOREG, R, N, _)      /* package variable #b = R[a] */

enum class Opcode : uint16_t {
#define GORT_OP_ENUM(name, a, b, c) name,
  GORT_OPCODES(GORT_OP_ENUM)
#undef GORT_OP_ENUM
  COUNT_
};

enum class OperandKind : uint8_t { _, R, K, I, J, F, N };

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
