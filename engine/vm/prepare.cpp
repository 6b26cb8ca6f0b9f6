// engine/vm/prepare.cpp — readies a compiled module for the dispatch loop: the per-proto table
// of what a call needs (Module::hot), and fused instruction pairs.
//
// The pairs were chosen from a dynamic pair count over tests/go and bench/go (branch perfcall):
// a call's argument computed just before it (ADDI_INT/MOVE + CALL), a result computed just
// before the return (ADD_INT + RET), a loop's increment before its back-edge (ADDI_INT + JMP),
// and `if n < K { return ... }` (compare-with-immediate + RET). Only the first instruction's
// opcode changes: the second stays a whole instruction, so jumps to it, tracebacks (a CALL's
// pc and line) and execute()'s slow paths see the same code as before.
#include "vm/proto.h"

namespace gort::vm {

void prepare(Module& m) {
  m.hot.clear();
  m.hot.reserve(m.protos.size());
  for (const Proto& p : m.protos) {
    bool zero = (p.ptrmask != 0 || !p.ptrmask_ext.empty()) && p.nregs > p.nparams;
    m.hot.push_back(HotProto{p.code.data(), p.consts.data(), p.nregs, p.nparams, zero});
  }
  for (Proto& p : m.protos) {
    for (size_t i = 0; i + 1 < p.code.size(); ++i) {
      Opcode& op = p.code[i].op;
      Opcode next = p.code[i + 1].op;
      if (next == Opcode::CALL) {
        if (op == Opcode::ADDI_INT) op = Opcode::ADDI_CALL;
        else if (op == Opcode::MOVE) op = Opcode::MOVE_CALL;
      } else if (next == Opcode::RET) {
        switch (op) {
          case Opcode::ADD_INT: op = Opcode::ADD_RET; break;
          case Opcode::JLT_INTI: op = Opcode::JLT_INTI_RET; break;
          case Opcode::JGE_INTI: op = Opcode::JGE_INTI_RET; break;
          case Opcode::JLE_INTI: op = Opcode::JLE_INTI_RET; break;
          case Opcode::JGT_INTI: op = Opcode::JGT_INTI_RET; break;
          case Opcode::JEQ_INTI: op = Opcode::JEQ_INTI_RET; break;
          case Opcode::JNE_INTI: op = Opcode::JNE_INTI_RET; break;
          default: break;
        }
      } else if (next == Opcode::JMP && op == Opcode::ADDI_INT) {
        op = Opcode::ADDI_JMP;
      }
    }
  }
}

}  // namespace gort::vm
