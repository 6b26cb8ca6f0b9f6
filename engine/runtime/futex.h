// engine/runtime/futex.h — park/wake a thread on a 32-bit word, and a small futex-based lock.
// Native: SYS_futex. Emscripten: emscripten_futex_wait/wake (std::atomic::wait polls there,
// see PLATFORM.md, so it is never used). Ms park here; the runtime's locks are built on it.
#pragma once
#include <atomic>
#include <cstdint>

namespace gort::rt {

// A spin-wait's pause between two checks of a word another thread will change.
inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
  // wasm has no pause instruction: the load of the next check is the delay.
}

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
// key: 0 clear, 1 woken, 2 the sleeper is (about to be) in futex_wait. wake() calls into the
// futex only in state 2: a thread's wake-up (Atomics.notify under wasm) is skipped when the
// sleeper has not gone to sleep yet, as when it still polls in sleep()'s spin.
struct Note {
#if defined(__EMSCRIPTEN__)
  static constexpr int kNoteSpins = 1000;   // state loads (no pause instruction): ~1-3 us
#else
  static constexpr int kNoteSpins = 64;     // PAUSEs: ~2-4 us
#endif
  std::atomic<uint32_t> key{0};
  void wake() {
    if (key.exchange(1, std::memory_order_acq_rel) == 2) futex_wake(&key, 1);
  }
  // Returns true if woken, false on timeout. Clears the note.
  bool sleep(int64_t timeout_ns);
};

}  // namespace gort::rt
