// engine/runtime/futex.cpp — futex wrappers (native Linux and Emscripten) and Lock/Note.
#include "runtime/futex.h"

#include <chrono>
#include <climits>
#include <cmath>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#include <emscripten/threading.h>
#else
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#endif

namespace gort::rt {

void futex_wait(std::atomic<uint32_t>* w, uint32_t expect, int64_t timeout_ns) {
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
  // No threads, so nobody can change *w: this is only ever a timed sleep (the scheduler's one M
  // waiting for a timer). Without threads there is no blocking wait either — the build runs in
  // a dedicated Worker, where spinning on the clock freezes nothing but that Worker.
  if (timeout_ns < 0) return;  // would never wake: a spurious wake-up, callers re-check
  double until = emscripten_get_now() + double(timeout_ns) / 1e6;
  while (w->load(std::memory_order_relaxed) == expect && emscripten_get_now() < until) {
  }
#elif defined(__EMSCRIPTEN__)
  double ms = timeout_ns < 0 ? INFINITY : double(timeout_ns) / 1e6;
  emscripten_futex_wait((volatile void*)w, expect, ms);
#else
  struct timespec ts, *tp = nullptr;
  if (timeout_ns >= 0) {
    ts.tv_sec = timeout_ns / 1000000000;
    ts.tv_nsec = timeout_ns % 1000000000;
    tp = &ts;
  }
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(w), FUTEX_WAIT_PRIVATE, expect, tp, nullptr, 0);
#endif
}

void futex_wake(std::atomic<uint32_t>* w, int n) {
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
  (void)w, (void)n;  // no other thread to wake
#elif defined(__EMSCRIPTEN__)
  emscripten_futex_wake((volatile void*)w, n);
#else
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(w), FUTEX_WAKE_PRIVATE, n, nullptr, nullptr, 0);
#endif
}

void Lock::slow_lock(uint32_t c) {
  // Ulrich Drepper's "Futexes are tricky" mutex 2: mark contended, sleep while contended.
  for (int spin = 0; spin < 64; ++spin) {
    c = 0;
    if (state_.compare_exchange_weak(c, 1, std::memory_order_acquire)) return;
  }
  if (c != 2) c = state_.exchange(2, std::memory_order_acquire);
  while (c != 0) {
    futex_wait(&state_, 2, -1);
    c = state_.exchange(2, std::memory_order_acquire);
  }
}

bool Note::sleep(int64_t timeout_ns) {
  // Poll a little before sleeping: an M that runs out of work is often handed a P again a few
  // microseconds later (a goroutine readied by a channel or Mutex hand-off on another P), and
  // then neither side pays for the futex (under wasm Atomics.wait/notify, whose round trip
  // costs ~2x the native one's).
  for (int i = 0; i < kNoteSpins; ++i) {
    if (key.load(std::memory_order_acquire) == 1) {
      key.store(0, std::memory_order_relaxed);
      return true;
    }
    cpu_relax();
  }
  uint32_t c = 0;
  if (!key.compare_exchange_strong(c, 2, std::memory_order_acq_rel)) {  // c == 1: woken
    key.store(0, std::memory_order_relaxed);
    return true;
  }
  using clk = std::chrono::steady_clock;
  auto deadline = clk::now() + std::chrono::nanoseconds(timeout_ns < 0 ? 0 : timeout_ns);
  while (key.load(std::memory_order_acquire) == 2) {
    int64_t left = -1;
    if (timeout_ns >= 0) {
      left = std::chrono::duration_cast<std::chrono::nanoseconds>(deadline - clk::now()).count();
      if (left <= 0) break;
    }
    futex_wait(&key, 2, left);
  }
  // 1: woken; 2: timed out (a wake() from now on leaves 1: the next sleep returns at once,
  // a spurious wake-up its caller re-checks for).
  return key.exchange(0, std::memory_order_acq_rel) == 1;
}

}  // namespace gort::rt
