// engine/vm/hooks.cpp — the runtime's view of the VM (rt::Hooks implementation).
// Maps the dispatch loop's Exec results onto the runtime's RunStatus and turns runtime errors
// into Go's fatal output (panic message + traceback, or stack overflow), status 2.
#include "vm/hooks.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "vm/interp.h"
#include "vm/race.h"

namespace gort::vm {
namespace {

const Module* g_module = nullptr;
void (*g_write)(int, std::string_view) = nullptr;

GState* state_of(rt::G& g) { return static_cast<GState*>(g.vm); }

rt::RunStatus run_g(rt::G& g) {
  GState* gs = state_of(g);
  switch (execute(*gs, *g_module, &g)) {
    case Exec::Returned: return rt::RunStatus::Exited;
    case Exec::Yielded: return rt::RunStatus::Yielded;
    case Exec::Parked: return rt::RunStatus::Parked;
    case Exec::NoP: return rt::RunStatus::NoP;
    case Exec::Panicked:
      rt::fatal_panic(g, gs->panic_msg);
      return rt::RunStatus::Exited;
    case Exec::StackOverflow:
      fatal_stack_overflow(g, *gs);
      return rt::RunStatus::Exited;
  }
  GORT_THROW("vm: execute returned an unknown status");
}

void scan_g(rt::G& g, rt::Tracer& t) {
  if (GState* gs = state_of(g)) {
    scan(*gs, *g_module, t);
    gs->stack.shrink_to_fit(gs->used_slots);  // the world is stopped: safe to move the stack
  }
}

void traceback_g(rt::G& g, std::string& out) {
  if (GState* gs = state_of(g)) out += traceback(*gs, *g_module);
}

void scan_globals_hook(rt::Tracer& t) { scan_globals(*g_module, t); }

// rt::Hooks::g_pos: a position token (proto + 1) << 32 | pc, decoded by describe_pos.
uint64_t pos_token(uint32_t proto, uint32_t pc) { return (uint64_t(proto) + 1) << 32 | pc; }
uint64_t g_pos(rt::G& g, int what) {
  GState* gs = state_of(g);
  if (!gs) return 0;
  if (what == 2)
    return gs->creator_proto >= 0 ? pos_token(uint32_t(gs->creator_proto), gs->creator_pc) : 0;
  if (gs->frames.empty()) return 0;
  if (what == 1) return pos_token(gs->frames.front().proto, 0);
  const Frame& f = gs->frames.back();
  // A parked G's pc is past the instruction it blocked in (as in traceback()).
  return pos_token(f.proto, f.pc > 0 ? f.pc - 1 : 0);
}

void free_vm(void* vm) { std::unique_ptr<GState> owned(static_cast<GState*>(vm)); }

void release_g(rt::G& g) {
  g.no_park = false;
  g.in_callback = false;
  // Keep the GState for reuse by gnew.
  if (GState* gs = state_of(g)) {
    if (race::on()) race::g_finished(*gs);
    gs->frames.clear();
    gs->defers.clear();
    gs->panics.clear();
    if (GStateRare* r = gs->rare_if_any()) {
      r->thens.clear();
      r->sync_floors.clear();
    }
    gs->sync_calls = 0;
    gs->parked_native = -1;
    gs->creator_proto = -1;
    // A small stack is kept for the next goroutine (spawn-heavy programs reuse it); a grown
    // one is freed, and start() sizes the next one for its entry frame.
    if (gs->stack.size() > kInitialStackSlots) gs->stack.reset(0);
    gs->used_slots = 0;
  }
}

}  // namespace

void fatal_stack_overflow(rt::G& g, const GState& gs) {
  if (g_write && !rt::program_ending())
    g_write(2, "runtime: goroutine stack exceeds " + std::to_string(gs.max_stack_bytes) +
                   "-byte limit\n");
  rt::fatal_error(&g, "stack overflow");
}

rt::Hooks make_hooks(const Module& m, void (*write)(int, std::string_view)) {
  g_module = &m;
  g_write = write;
  reset_globals(m);
  rt::Hooks h;
  h.scan_globals = scan_globals_hook;
  h.run_g = run_g;
  h.scan_g = scan_g;
  h.traceback = traceback_g;
  h.release_g = release_g;
  h.write = write;
  h.free_vm = free_vm;
  h.g_pos = g_pos;
  return h;
}

bool describe_pos(const Module& m, uint64_t token, std::string* func, std::string* file_line) {
  if (token == 0) return false;
  uint64_t proto = (token >> 32) - 1;
  uint32_t pc = uint32_t(token);
  if (proto >= m.protos.size()) return false;
  const Proto& p = m.protos[proto];
  if (func) {
    // The main goroutine starts in the package entry, which Go's tracebacks hide.
    *func = proto == m.entry && p.name == "runtime.main" ? "main.main" : go_func_name(p.name);
  }
  if (file_line) {
    int line = pc < p.lines.size() ? p.lines[pc] : 0;
    std::string file = p.file.empty() ? m.filename : p.file;
    *file_line = file + ":" + std::to_string(line);
  }
  return true;
}

void* new_g_state(const Module& m, uint32_t entry, const Value* args, int nargs,
                  uint64_t max_stack_bytes) {
  auto gs = std::make_unique<GState>();
  gs->max_stack_bytes = static_cast<uint32_t>(std::min<uint64_t>(max_stack_bytes, UINT32_MAX));
  if (!start(*gs, m, entry, args, nargs)) GORT_THROW("vm: entry frame exceeds the stack limit");
  return gs.release();
}

}  // namespace gort::vm
