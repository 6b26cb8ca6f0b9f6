// engine/runtime/futex.h — park/wake a thread on a 32-bit word, and a small futex-based lock.
// Native: SYS_futex. Emscripten: emscripten_futex_wait/wake (std::atomic::wait polls there,
// see PLATFORM.md, so it is never used). Ms park here; the runtime's locks are built on it.
#pragma once
#include <atomic>
#include <cstdint>

namespace gort::rt {

// Sleep while *w == expect, at most timeout_ns (< 0: forever). Spurious wake-ups are allowed.
void futex_wait(std::atomic<uint32_t>* w, uint32_t expect, int64_t timeout_ns);
void futex_wake(std::atomic<uint32_t>* w, int n);

// A lock for short runtime critical sections (Go's runtime mutex): 0 free, 1 locked,
// 2 locked with sleepers. It never touches a G: a thread that waits sleeps on the futex.
// How many runtime Locks this thread holds: an internal error found with one held cannot be
// reported through the scheduler (it would take sched.lock again), see throw_.
inline thread_local int tls_locks_held = 0;

class Lock {
 public:
  void lock() {
    ++tls_locks_held;
    uint32_t c = 0;
    if (state_.compare_exchange_strong(c, 1, std::memory_order_acquire)) return;
    slow_lock(c);
  }
  void unlock() {
    --tls_locks_held;
    if (state_.exchange(0, std::memory_order_release) == 2) futex_wake(&state_, 1);
  }
 private:
  void slow_lock(uint32_t c);
  std::atomic<uint32_t> state_{0};
};

struct LockGuard {
  explicit LockGuard(Lock& l) : l_(l) { l_.lock(); }
  ~LockGuard() { l_.unlock(); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;
  Lock& l_;
};

// One-shot-per-round wake-up for an M (Go's note): sleep() returns after wake() or a timeout.
struct Note {
  std::atomic<uint32_t> key{0};
  void wake() { key.store(1, std::memory_order_release); futex_wake(&key, 1); }
  // Returns true if woken, false on timeout. Clears the note.
  bool sleep(int64_t timeout_ns);
};

}  // namespace gort::rt
