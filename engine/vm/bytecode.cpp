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
    case OperandKind::T:
      if (v >= m.type_refs.size()) return "type t" + std::to_string(v) + " does not exist";
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
    if (last != Opcode::RET && last != Opcode::JMP && last != Opcode::PANIC)
      return p.name + ": code can run off its end";
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
      auto needs_ext = [](Opcode o) {
        return o == Opcode::SELECT || o == Opcode::SLICE_SLICE || o == Opcode::ARRAY_SLICE ||
               o == Opcode::ASSERT || o == Opcode::ASSERT2 || o == Opcode::EQ_VAL;
      };
      if (needs_ext(in.op) && (pc + 1 >= p.code.size() || p.code[pc + 1].op != Opcode::EXT))
        return p.name + " pc " + std::to_string(pc) + ": missing EXT operands";
      if ((in.op == Opcode::ASSERT || in.op == Opcode::ASSERT2 || in.op == Opcode::EQ_VAL) &&
          p.code[pc + 1].a >= m.type_refs.size())
        return p.name + " pc " + std::to_string(pc) + ": EXT type out of range";
      if (in.op == Opcode::SELECT && (in.b > 16 || uint32_t{in.a} + 2 * in.b > p.nregs ||
                                      uint32_t{in.c} + 3 > p.nregs))
        return p.name + " pc " + std::to_string(pc) + ": SELECT operands exceed the frame";
      if (in.op == Opcode::CLOSURE && uint32_t{in.c} + m.protos[in.b].ncaptures > p.nregs)
        return p.name + " pc " + std::to_string(pc) + ": CLOSURE captures exceed the frame";
      if ((in.op == Opcode::CALL_CLOSURE || in.op == Opcode::GO_CLOSURE) && uint32_t{in.a} + in.c + 1 > p.nregs)
        return p.name + " pc " + std::to_string(pc) + ": call window exceeds the frame";
      if ((in.op == Opcode::APPEND || in.op == Opcode::DEFER || in.op == Opcode::DEFER_AT) && uint32_t{in.a} + in.b + 1 > p.nregs)
        return p.name + " pc " + std::to_string(pc) + ": operands exceed the frame";
      if (in.op == Opcode::CALL_IFACE && in.b >= m.method_names.size())
        return p.name + " pc " + std::to_string(pc) + ": method name out of range";
      if ((in.op == Opcode::MAP_GET2 || in.op == Opcode::ASSERT2 || in.op == Opcode::STR_RUNE ||
           in.op == Opcode::MAP_NEXT) && uint32_t{(in.op == Opcode::MAP_NEXT ? in.b : in.a)} + 1 >= p.nregs)
        return p.name + " pc " + std::to_string(pc) + ": needs two result registers";
      if ((in.op == Opcode::STR_SLICE || in.op == Opcode::SLICE_SLICE || in.op == Opcode::ARRAY_SLICE) &&
          uint32_t{in.c} + (in.op == Opcode::STR_SLICE ? 2 : 3) > p.nregs)
        return p.name + " pc " + std::to_string(pc) + ": slice bounds registers exceed the frame";
      if (in.op == Opcode::SLICE_MAKE && uint32_t{in.b} + 2 > p.nregs)
        return p.name + " pc " + std::to_string(pc) + ": SLICE_MAKE needs len and cap registers";
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
        case OperandKind::T: line += " t" + std::to_string(v); break;
      }
    }
    if (pc < p.lines.size()) line += "   ; line " + std::to_string(p.lines[pc]);
    out += line + "\n";
  }
  return out;
}

std::string Module::file_of(const Proto& p, int line, int* local) const {
  *local = line;
  if (!p.file.empty()) return p.file;
  for (size_t k = files.size(); k-- > 0;) {
    if (line > files[k].line_base) {
      *local = line - files[k].line_base;
      return files[k].name;
    }
  }
  return filename;
}

std::string Module::position(const Proto& p, int line) const {
  int local = line;
  std::string f = file_of(p, line, &local);
  return (p.file.empty() ? "/tmp/" + f : f) + ":" + std::to_string(local);
}

}  // namespace gort::vm
