// engine/vm/gstate.h — one goroutine's VM state: its contiguous stack of Value slots and its
// frames. Frames hold offsets (base slot, pc index), never host pointers into the stack, so
// growing the stack is a plain copy with no fix-ups (DESIGN decision 1). The dispatch loop
// caches a host pointer to the current frame's registers only in locals and reloads it after
// anything that may grow the stack (LOAD_FRAME/STORE_FRAME in interp.cpp).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime/value.h"

namespace gort::vm {

struct NativeCtx;
enum class NativeStatus : uint8_t;

// Frame flags: why this frame was pushed (what its RET must do besides returning).
enum : uint32_t {
  kFrameDefer = 1,       // a deferred call run by RUNDEFERS: results are discarded
  kFramePanicDefer = 2,  // a deferred call run while panicking: back to the panic loop after
  kFrameSync = 4,        // call_func_sync's callee: RET leaves the nested dispatch loop
  kFrameThen = 8,        // NativeStatus::Call's callee: RET calls the native's continuation
};

struct Frame {
  uint32_t proto;  // index into Module::protos
  uint32_t pc;     // index of the next instruction to execute
  uint32_t base;   // slot index of R[0]
  uint32_t flags = 0;
};

// A goroutine's frames, innermost last: std::vector<Frame>'s interface, plus raw access for the
// dispatch loop's fast path (interp.cpp run_hot), which keeps a pointer to the top frame in a
// register, pushes and pops through it within the capacity, and writes the size back once with
// set_size when it leaves — a std::vector would re-read and re-store its end at every call.
class FrameStack {
 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return cap_; }
  Frame* data() { return data_.get(); }
  const Frame* data() const { return data_.get(); }
  Frame& operator[](size_t i) { return data_[i]; }
  const Frame& operator[](size_t i) const { return data_[i]; }
  Frame& front() { return data_[0]; }
  const Frame& front() const { return data_[0]; }
  Frame& back() { return data_[size_ - 1]; }
  const Frame& back() const { return data_[size_ - 1]; }
  const Frame* begin() const { return data_.get(); }
  const Frame* end() const { return data_.get() + size_; }
  void push_back(const Frame& f) {
    if (size_ == cap_) grow(size_ + 1);
    data_[size_++] = f;
  }
  void pop_back() { --size_; }
  void clear() { size_ = 0; }
  void resize(size_t n) {
    if (n > cap_) grow(n);
    for (size_t i = size_; i < n; ++i) data_[i] = Frame{};
    size_ = static_cast<uint32_t>(n);
  }
  // Frames [0, n) have been written through data() (n <= capacity()).
  void set_size(size_t n) { size_ = static_cast<uint32_t>(n); }

 private:
  void grow(size_t need);
  std::unique_ptr<Frame[]> data_;
  uint32_t size_ = 0;
  uint32_t cap_ = 0;
};

// A pending deferred call: the func value and its arguments, evaluated at the defer statement.
struct DeferRec {
  uint32_t depth;            // frames.size() of the frame that deferred it
  Obj* fn;                   // ClosureObj (GC root)
  std::vector<Value> args;
  std::vector<bool> arg_ptr; // which args are Obj* (GC roots)
};

// A panic in progress (Go's _panic): innermost last.
struct PanicRec {
  Obj* value;                // interface value (GC root)
  bool recovered = false;
  bool goexit = false;       // runtime.Goexit: not a panic, recover() does not stop it
  uint32_t call_depth = 0;   // frames.size() while its current deferred call runs
  uint32_t defer_depth = 0;  // frame that deferred that call (where recovery resumes)
};

// Go's limit is on bytes; a slot is 8 bytes.
constexpr uint64_t kDefaultMaxStackBytes = 1000000000;
constexpr uint32_t kInitialStackSlots = 32;  // 256 bytes: kept by a recycled G, floor of shrinking
// A new goroutine's first stack holds just its entry frame (rounded up to kMinStackSlots; the
// frame's nregs already counts its call window): most goroutines that wait (a channel, a
// WaitGroup) never call deeper, so 100k parked ones cost their frames, not 100k × 256 bytes.
// A call grows it by doubling; spare slots would be paid by every parked goroutine.
constexpr uint32_t kStackSlack = 0;
constexpr uint32_t kMinStackSlots = 8;

class GStack {
 public:
  GStack() = default;  // no slots until start() sizes them for the entry frame
  Value* data() { return slots_.get(); }
  const Value* data() const { return slots_.get(); }
  uint32_t size() const { return size_; }
  // Makes room for `needed` slots by doubling (copying). Returns false if that would exceed
  // max_slots (the caller reports Go's stack overflow). New slots are zero.
  bool ensure(uint64_t needed, uint64_t max_slots);
  // Halves the stack while at most a quarter of it is used (called at GC time).
  void shrink_to_fit(uint32_t used);
  uint32_t grow_count() const { return grows_; }
  void reset(uint32_t slots);   // 0: free the slots

 private:
  std::unique_ptr<Value[]> slots_;
  uint32_t size_ = 0;
  uint32_t grows_ = 0;
};

// What a parked G must do with the runtime's wake fields when it resumes (park protocol:
// the instruction that parked has already advanced pc; its result is delivered here).
enum class Resume : uint8_t { None, Send, Recv, Recv2, Select };

// The rarely used parts of a G's state, allocated on first use: most goroutines never run Go
// code a native called (sync_floors, thens) and most runs have no race detector (race_vc).
// Inline they cost 36 bytes of every goroutine's state under wasm32 (a parked goroutine's
// memory is one of the benchmarks' targets: bench/go/park.go).
struct GStateRare {
  // Per nested sync call: {frames.size() with its callee pushed, panics.size() before}.
  std::vector<std::pair<uint32_t, uint32_t>> sync_floors;
  // NativeStatus::Call continuations: {native to call after the Go call, absolute arg slot}.
  std::vector<std::pair<NativeStatus (*)(struct NativeCtx&), uint32_t>> thens;
  // Race detector (race.h): this G's vector clock, indexed by race thread id.
  std::vector<uint32_t> race_vc;
};

struct GState {
  GStack stack;
  FrameStack frames;
  std::string panic_msg;          // set when execute() returns Exec::Panicked
  // 32 bits (Go's limit is 1e9): with a 64-bit field, alignment padding made every G's state
  // 8 bytes larger under wasm32.
  uint32_t max_stack_bytes = kDefaultMaxStackBytes;
  // Slots in use: the top frame's base + its nregs (kept by the interpreter for GC scans).
  uint32_t used_slots = 0;
  Resume resume = Resume::None;
  uint32_t resume_slot = 0;       // absolute slot receiving wake_value (Recv/Recv2)
  std::vector<DeferRec> defers;
  std::vector<PanicRec> panics;
  uint32_t sync_calls = 0;        // nested call_func_sync depth: no preemption, no parking
  Obj* native_panic = nullptr;    // value raised by native_panic(), taken at once by the loop
  // Tracebacks: the native this G is parked in (-1: none) and where the G was created.
  int32_t parked_native = -1;
  int32_t creator_proto = -1;
  uint32_t creator_pc = 0;
  // Race detector (race.h; unused unless the run has --race): this G's thread id (-1: not yet
  // assigned) and sync objects to acquire when it runs again after a park (its vector clock is
  // rare().race_vc).
  int32_t race_tid = -1;
  uint32_t race_info = 0;         // its entry in the detector's goroutine list (reports)
  std::vector<const void*> race_pending;

  GStateRare& rare() {
    if (!rare_) rare_ = std::make_unique<GStateRare>();
    return *rare_;
  }
  GStateRare* rare_if_any() { return rare_.get(); }
  const GStateRare* rare_if_any() const { return rare_.get(); }
  // The innermost nested sync call's floor {frames.size(), panics.size()}; {0, 0} when none.
  std::pair<uint32_t, uint32_t> innermost_sync_floor() const {
    if (!rare_ || rare_->sync_floors.empty()) return {0, 0};
    return rare_->sync_floors.back();
  }
  // Takes the innermost NativeStatus::Call continuation (a kFrameThen frame has one).
  std::pair<NativeStatus (*)(struct NativeCtx&), uint32_t> take_then() {
    auto t = rare_->thens.back();
    rare_->thens.pop_back();
    return t;
  }

 private:
  std::unique_ptr<GStateRare> rare_;
};

}  // namespace gort::vm
