// engine/vm/interp.cpp — the dispatch loop, calls/returns, runtime-error panics, tracebacks
// and exact stack scanning.
//
// Hot state lives in locals: `code` (current Proto's instructions), `pc`, `R` (host pointer to
// the current frame's R[0]). R is a pointer into the G's stack, which may move when a call
// grows it, so every path that can grow the stack or leave the loop does STORE_FRAME (write pc
// back to the Frame) before and LOAD_FRAME (recompute code/pc/R from the Frame) after.
#include "vm/interp.h"

#include "vm/native.h"

#include <cstring>
#include <memory>

namespace gort::vm {
namespace {

// Integer array objects: payload = [length][elements...]; no pointers inside.
const rt::Layout kIntArrayLayout{rt::LayoutKind::Bytes, 0, 0, nullptr, nullptr, "[]int"};

OutputFn g_output = nullptr;
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
  }
  return true;
}

}  // namespace

bool start(GState& gs, const Module& m, uint32_t entry, const Value* args, int nargs) {
  const Proto& p = m.protos[entry];
  gs.frames.clear();
  if (!gs.stack.ensure(p.nregs, max_slots(gs))) return false;
  Value* R = gs.stack.data();
  std::memset(static_cast<void*>(R), 0, sizeof(Value) * p.nregs);
  for (int i = 0; i < nargs; ++i) R[i] = args[i];
  gs.frames.push_back(Frame{entry, 0, 0});
  gs.used_slots = p.nregs;
  return true;
}

Exec execute(GState& gs, const Module& m, const rt::G* g) {
  const Proto* proto;
  const Instr* code;
  uint32_t pc;
  Value* R;

#define LOAD_FRAME()                                   \
  do {                                                 \
    const Frame& f_ = gs.frames.back();                \
    proto = &m.protos[f_.proto];                       \
    code = proto->code.data();                         \
    pc = f_.pc;                                        \
    R = gs.stack.data() + f_.base;                     \
  } while (0)
#define STORE_FRAME() (gs.frames.back().pc = pc)
  // A runtime error: the faulting instruction's pc is kept for the traceback's line number.
#define PANIC(msg)                                     \
  do {                                                 \
    pc = pc - 1;                                       \
    STORE_FRAME();                                     \
    gs.panic_msg = (msg);                              \
    return Exec::Panicked;                             \
  } while (0)
#define POLL_YIELD()                                   \
  do {                                                 \
    if (g && rt::should_yield(*g)) {                   \
      STORE_FRAME();                                   \
      return Exec::Yielded;                            \
    }                                                  \
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
    if (op_ == rt::Op::Park) return Exec::Parked;                                \
    if (op_ == rt::Op::Panic) {                                                  \
      gs.resume = Resume::None;                                                  \
      PANIC(g->panic_msg ? g->panic_msg : "blocking operation failed");          \
    }                                                                            \
    /* Done: a send completed (wake_ok only means something after a park). */   \
    if (gs.resume == Resume::Send) gs.resume = Resume::None;                     \
    deliver(gs, g);                                                              \
  } while (0)

  if (gs.resume != Resume::None && !deliver(gs, g)) {
    LOAD_FRAME();
    PANIC("send on closed channel");
  }
  Value* G = g_globals.get();
  LOAD_FRAME();
  for (;;) {
    const Instr in = code[pc++];
    switch (in.op) {
      case Opcode::NOP: break;
      case Opcode::MOVE: R[in.a] = R[in.b]; break;
      case Opcode::LOADK: R[in.a] = proto->consts[in.b]; break;
      case Opcode::LOADI: R[in.a].i = in.sb(); break;
      // Go's integers wrap: do the arithmetic unsigned (defined behaviour in C++).
      case Opcode::ADD_INT: R[in.a].u = R[in.b].u + R[in.c].u; break;
      case Opcode::SUB_INT: R[in.a].u = R[in.b].u - R[in.c].u; break;
      case Opcode::MUL_INT: R[in.a].u = R[in.b].u * R[in.c].u; break;
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
      case Opcode::ADDI_INT: R[in.a].u = R[in.b].u + static_cast<uint64_t>(int64_t{in.sc()}); break;
      case Opcode::NEG_INT: R[in.a].u = 0 - R[in.b].u; break;
      case Opcode::WRAP_I8: R[in.a].i = static_cast<int8_t>(R[in.b].u); break;
      case Opcode::WRAP_I16: R[in.a].i = static_cast<int16_t>(R[in.b].u); break;
      case Opcode::WRAP_I32: R[in.a].i = static_cast<int32_t>(R[in.b].u); break;
      case Opcode::WRAP_U8: R[in.a].u = static_cast<uint8_t>(R[in.b].u); break;
      case Opcode::WRAP_U16: R[in.a].u = static_cast<uint16_t>(R[in.b].u); break;
      case Opcode::WRAP_U32: R[in.a].u = static_cast<uint32_t>(R[in.b].u); break;
      case Opcode::EQ_INT: R[in.a].i = R[in.b].i == R[in.c].i; break;
      case Opcode::LT_INT: R[in.a].i = R[in.b].i < R[in.c].i; break;
      case Opcode::LE_INT: R[in.a].i = R[in.b].i <= R[in.c].i; break;
      case Opcode::ADD_FLOAT: R[in.a].f = R[in.b].f + R[in.c].f; break;
      case Opcode::SUB_FLOAT: R[in.a].f = R[in.b].f - R[in.c].f; break;
      case Opcode::MUL_FLOAT: R[in.a].f = R[in.b].f * R[in.c].f; break;
      case Opcode::DIV_FLOAT: R[in.a].f = R[in.b].f / R[in.c].f; break;
      case Opcode::LT_FLOAT: R[in.a].i = R[in.b].f < R[in.c].f; break;
      case Opcode::INT_TO_FLOAT: R[in.a].f = static_cast<double>(R[in.b].i); break;
      case Opcode::FLOAT_TO_INT: {
        // Out-of-range conversions are implementation-defined in Go but UB in C++: clamp to
        // amd64's result (MinInt64) instead of invoking UB.
        double f = R[in.b].f;
        R[in.a].i = (f >= -9.223372036854775808e18 && f < 9.223372036854775808e18)
                        ? static_cast<int64_t>(f) : INT64_MIN;
        break;
      }
      case Opcode::NOT: R[in.a].i = R[in.b].i == 0; break;
      case Opcode::JMP:
        pc += in.sb();
        if (in.sb() < 0) POLL_YIELD();
        break;
      case Opcode::JMP_IF: if (R[in.a].i != 0) pc += in.sb(); break;
      case Opcode::JMP_IFNOT: if (R[in.a].i == 0) pc += in.sb(); break;
      case Opcode::JLT_INT:
        if (R[in.a].i < R[in.b].i) { pc += in.sc(); if (in.sc() < 0) POLL_YIELD(); }
        break;
      case Opcode::JGE_INT:
        if (R[in.a].i >= R[in.b].i) { pc += in.sc(); if (in.sc() < 0) POLL_YIELD(); }
        break;
      case Opcode::CALL: {
        const Proto& callee = m.protos[in.b];
        STORE_FRAME();
        uint32_t base = gs.frames.back().base + in.a;
        uint64_t top = uint64_t{base} + callee.nregs;
        if (top > gs.stack.size() && !gs.stack.ensure(top, max_slots(gs))) {
          pc = pc - 1;  // report the overflow at the call site
          STORE_FRAME();
          return Exec::StackOverflow;
        }
        gs.frames.push_back(Frame{in.b, 0, base});
        gs.used_slots = static_cast<uint32_t>(top);
        LOAD_FRAME();
        // Non-argument registers start zeroed: a pointer register must never see a stale
        // integer left by an earlier frame, or the exact GC scan would follow garbage.
        std::memset(static_cast<void*>(R + callee.nparams), 0,
                    sizeof(Value) * (callee.nregs - callee.nparams));
        POLL_YIELD();
        break;
      }
      case Opcode::RET: {
        if (in.a != 0) std::memmove(static_cast<void*>(R), R + in.a, sizeof(Value) * in.b);
        gs.frames.pop_back();
        if (gs.frames.empty()) {
          gs.used_slots = 0;
          return Exec::Returned;
        }
        const Frame& f = gs.frames.back();
        gs.used_slots = f.base + m.protos[f.proto].nregs;
        LOAD_FRAME();
        break;
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
        if (R[in.a].o == nullptr)
          PANIC("runtime error: invalid memory address or nil pointer dereference\n"
                "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        break;
      case Opcode::YIELD:
        STORE_FRAME();
        return Exec::Yielded;
      case Opcode::GO: {
        if (!g) GORT_THROW("vm: go statement without a runtime G");
        rt::G* ng = rt::gnew();
        GState* ngs = static_cast<GState*>(ng->vm);
        std::unique_ptr<GState> fresh;
        if (!ngs) {
          fresh = std::make_unique<GState>();
          ngs = fresh.get();
        }
        ngs->max_stack_bytes = gs.max_stack_bytes;
        ngs->resume = Resume::None;
        if (!start(*ngs, m, in.b, R + in.a, m.protos[in.b].nparams))
          GORT_THROW("vm: new goroutine's frame exceeds the stack limit");
        if (fresh) ng->vm = fresh.release();
        rt::gstart(*const_cast<rt::G*>(g), *ng);
        break;
      }
      case Opcode::CHAN_MAKE: {
        int64_t cap = R[in.b].i;
        if (cap < 0) PANIC("makechan: size out of range");
        R[in.a] = Value::from_obj(rt::chan_make(cap, false));
        break;
      }
      case Opcode::CHAN_SEND:
        BLOCKING(rt::chan_send(*const_cast<rt::G*>(g), R[in.a].o, R[in.b]), Resume::Send, 0);
        break;
      case Opcode::CHAN_RECV:
        BLOCKING(rt::chan_recv(*const_cast<rt::G*>(g), R[in.b].o), Resume::Recv, in.a);
        break;
      case Opcode::CHAN_RECV2:
        BLOCKING(rt::chan_recv(*const_cast<rt::G*>(g), R[in.b].o), Resume::Recv2, in.a);
        break;
      case Opcode::CHAN_CLOSE: {
        if (!g) GORT_THROW("vm: close without a runtime G");
        if (rt::chan_close(*const_cast<rt::G*>(g), R[in.a].o) == rt::Op::Panic)
          PANIC(g->panic_msg ? g->panic_msg : "close of closed channel");
        break;
      }
      case Opcode::CALL_NATIVE: {
        STORE_FRAME();
        uint32_t base = gs.frames.back().base + in.a;
        NativeCtx ctx{const_cast<rt::G*>(g), gs, R + in.a, base};
        switch (m.natives[in.b](ctx)) {
          case NativeStatus::Done:
            if (gs.resume != Resume::None) deliver(gs, g);  // primitive completed at once
            break;
          case NativeStatus::Park: return Exec::Parked;
          case NativeStatus::Yield: return Exec::Yielded;
          case NativeStatus::Panic: {
            gs.resume = Resume::None;
            std::string msg = std::move(gs.panic_msg);
            PANIC(msg);
          }
        }
        R = gs.stack.data() + gs.frames.back().base;  // natives never grow the stack; cheap
        break;
      }
      case Opcode::LOADG: R[in.a] = G[in.b]; break;
      case Opcode::STOREG: G[in.b] = R[in.a]; break;
      case Opcode::COUNT_:
      default:
        GORT_THROW("vm: invalid opcode (unverified code?)");
    }
  }
#undef LOAD_FRAME
#undef STORE_FRAME
#undef PANIC
#undef POLL_YIELD
#undef BLOCKING
}

std::string traceback(const GState& gs, const Module& m) {
  std::string out;
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
    // Inner frames' pc is one past their CALL (the return address); Go prints the call's line.
    uint32_t pc = f.pc;
    if (k + 1 < gs.frames.size() && pc > 0) --pc;
    int line = pc < p.lines.size() ? p.lines[pc] : 0;
    char off[32];
    std::snprintf(off, sizeof off, " +0x%x\n", static_cast<unsigned>(pc * 8));
    out += p.name + (p.nparams ? "(...)\n" : "()\n");
    out += "\t/tmp/" + m.filename + ":" + std::to_string(line) + off;
  }
  return out;
}

void scan(const GState& gs, const Module& m, rt::Tracer& t) {
  const Value* s = gs.stack.data();
  for (const Frame& f : gs.frames) {
    const Proto& p = m.protos[f.proto];
    for (uint32_t r = 0; r < p.nregs; ++r)
      if (p.reg_is_ptr(r)) t.mark(s[f.base + r].o);
  }
}

void reset_globals(const Module& m) {
  // At least one slot, so G is never null even for a module without variables.
  g_globals = std::make_unique<Value[]>(m.nglobals + 1);
  for (uint32_t i = 0; i <= m.nglobals; ++i) g_globals[i] = Value::zero();
}

Value* globals() { return g_globals.get(); }

void scan_globals(const Module& m, rt::Tracer& t) {
  Value* G = g_globals.get();
  if (!G) return;
  for (uint32_t i = 0; i < m.nglobals; ++i)
    if (m.global_is_ptr(i)) t.mark(G[i].o);
}

void set_output(OutputFn fn) { g_output = fn; }

void write_output(const rt::G* g, int stream, std::string_view bytes) {
  if (g_output) g_output(g ? g->goid : 0, stream, bytes);
}

}  // namespace gort::vm
