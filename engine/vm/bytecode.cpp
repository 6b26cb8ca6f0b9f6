// engine/vm/bytecode.cpp — generated opcode metadata, the verifier and the disassembler.
// All three read the single GORT_OPCODES table in opcodes.h.
#include <cstdio>

#include "vm/opcodes.h"
#include "vm/proto.h"

namespace gort::vm {

const OpInfo& op_info(Opcode op) {
  using K = OperandKind;
  static const OpInfo table[] = {
#define GORT_OP_INFO(name, a, b, c) {#name, K::a, K::b, K::c},
      GORT_OPCODES(GORT_OP_INFO)
#undef GORT_OP_INFO
  };
  static const OpInfo bad{"???", K::_, K::_, K::_};
  auto i = static_cast<size_t>(op);
  return i < static_cast<size_t>(Opcode::COUNT_) ? table[i] : bad;
}

namespace {

std::string check_operand(const Module& m, const Proto& p, size_t pc, OperandKind k, uint16_t v) {
  switch (k) {
    case OperandKind::R:
      if (v >= p.nregs) return "register r" + std::to_string(v) + " >= nregs";
      break;
    case OperandKind::K:
      if (v >= p.consts.size()) return "constant k" + std::to_string(v) + " out of pool";
      break;
    case OperandKind::J: {
      int64_t target = static_cast<int64_t>(pc) + 1 + static_cast<int16_t>(v);
      if (target < 0 || target >= static_cast<int64_t>(p.code.size())) return "jump out of code";
      break;
    }
    case OperandKind::F:
      if (v >= m.protos.size()) return "function f" + std::to_string(v) + " does not exist";
      break;
    default: break;
  }
  return "";
}

}  // namespace

std::string verify(const Module& m) {
  for (const Proto& p : m.protos) {
    if (p.nregs < p.nparams || p.nregs < p.nresults) return p.name + ": frame smaller than params/results";
    if (p.code.empty()) return p.name + ": empty code";
    if (p.lines.size() != p.code.size()) return p.name + ": line table size mismatch";
    Opcode last = p.code.back().op;
    if (last != Opcode::RET && last != Opcode::JMP) return p.name + ": code can run off its end";
    for (size_t pc = 0; pc < p.code.size(); ++pc) {
      const Instr& in = p.code[pc];
      if (static_cast<size_t>(in.op) >= static_cast<size_t>(Opcode::COUNT_))
        return p.name + ": bad opcode at " + std::to_string(pc);
      const OpInfo& info = op_info(in.op);
      for (auto [k, v] : {std::pair{info.a, in.a}, std::pair{info.b, in.b}, std::pair{info.c, in.c}}) {
        std::string e = check_operand(m, p, pc, k, v);
        if (!e.empty()) return p.name + " pc " + std::to_string(pc) + " " + info.name + ": " + e;
      }
      if (in.op == Opcode::CALL) {
        const Proto& callee = m.protos[in.b];
        if (uint32_t{in.a} + callee.nparams > p.nregs || uint32_t{in.a} + callee.nresults > p.nregs)
          return p.name + " pc " + std::to_string(pc) + ": CALL arguments/results exceed the frame";
      }
      if (in.op == Opcode::CALL_NATIVE && in.b >= m.natives.size())
        return p.name + " pc " + std::to_string(pc) + ": native #" + std::to_string(in.b) + " does not exist";
      if ((in.op == Opcode::LOADG || in.op == Opcode::STOREG) && in.b >= m.nglobals)
        return p.name + " pc " + std::to_string(pc) + ": global #" + std::to_string(in.b) + " does not exist";
      if (in.op == Opcode::CHAN_RECV2 && uint32_t{in.a} + 1 >= p.nregs)
        return p.name + " pc " + std::to_string(pc) + ": CHAN_RECV2 needs two result registers";
      if (in.op == Opcode::GO && uint32_t{in.a} + m.protos[in.b].nparams > p.nregs)
        return p.name + " pc " + std::to_string(pc) + ": GO arguments exceed the frame";
      if (in.op == Opcode::RET && (uint32_t{in.a} + in.b > p.nregs || in.b != p.nresults))
        return p.name + " pc " + std::to_string(pc) + ": RET count does not match the function";
    }
  }
  return "";
}

std::string disassemble(const Proto& p) {
  std::string out = "func " + p.name + " params=" + std::to_string(p.nparams) + " results=" +
                    std::to_string(p.nresults) + " regs=" + std::to_string(p.nregs) + "\n";
  for (size_t pc = 0; pc < p.code.size(); ++pc) {
    const Instr& in = p.code[pc];
    const OpInfo& info = op_info(in.op);
    char buf[96];
    int n = std::snprintf(buf, sizeof buf, "%04zu  %-12s", pc, info.name);
    std::string line(buf, n);
    for (auto [k, v] : {std::pair{info.a, in.a}, std::pair{info.b, in.b}, std::pair{info.c, in.c}}) {
      switch (k) {
        case OperandKind::_: continue;
        case OperandKind::R: line += " r" + std::to_string(v); break;
        case OperandKind::K: line += " k" + std::to_string(v); break;
        case OperandKind::I: line += " " + std::to_string(static_cast<int16_t>(v)); break;
        case OperandKind::J: line += " ->" + std::to_string(static_cast<int64_t>(pc) + 1 + static_cast<int16_t>(v)); break;
        case OperandKind::F: line += " f" + std::to_string(v); break;
        case OperandKind::N: line += " #" + std::to_string(v); break;
      }
    }
    if (pc < p.lines.size()) line += "   ; line " + std::to_string(p.lines[pc]);
    out += line + "\n";
  }
  return out;
}

}  // namespace gort::vm
