// engine/vm/gstate.h — one goroutine's VM state: its contiguous stack of Value slots and its
// frames. Frames hold offsets (base slot, pc index), never host pointers into the stack, so
// growing the stack is a plain copy with no fix-ups (DESIGN decision 1). The dispatch loop
// caches a host pointer to the current frame's registers only in locals and reloads it after
// anything that may grow the stack (LOAD_FRAME/STORE_FRAME in interp.cpp).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/value.h"

namespace gort::vm {

struct Frame {
  uint32_t proto;  // index into Module::protos
  uint32_t pc;     // index of the next instruction to execute
  uint32_t base;   // slot index of R[0]
};

// Go's limit is on bytes; a slot is 8 bytes.
constexpr uint64_t kDefaultMaxStackBytes = 1000000000;
constexpr uint32_t kInitialStackSlots = 128;  // 1 KiB

class GStack {
 public:
  GStack() { reset(kInitialStackSlots); }
  Value* data() { return slots_.get(); }
  const Value* data() const { return slots_.get(); }
  uint32_t size() const { return size_; }
  // Makes room for `needed` slots by doubling (copying). Returns false if that would exceed
  // max_slots (the caller reports Go's stack overflow). New slots are zero.
  bool ensure(uint64_t needed, uint64_t max_slots);
  // Halves the stack while at most a quarter of it is used (called at GC time).
  void shrink_to_fit(uint32_t used);
  uint32_t grow_count() const { return grows_; }
  void reset(uint32_t slots);

 private:
  std::unique_ptr<Value[]> slots_;
  uint32_t size_ = 0;
  uint32_t grows_ = 0;
};

// What a parked G must do with the runtime's wake fields when it resumes (park protocol:
// the instruction that parked has already advanced pc; its result is delivered here).
enum class Resume : uint8_t { None, Send, Recv, Recv2 };

struct GState {
  GStack stack;
  std::vector<Frame> frames;
  std::string panic_msg;          // set when execute() returns Exec::Panicked
  uint64_t max_stack_bytes = kDefaultMaxStackBytes;
  // Slots in use: the top frame's base + its nregs (kept by the interpreter for GC scans).
  uint32_t used_slots = 0;
  Resume resume = Resume::None;
  uint32_t resume_slot = 0;       // absolute slot receiving wake_value (Recv/Recv2)
};

}  // namespace gort::vm
