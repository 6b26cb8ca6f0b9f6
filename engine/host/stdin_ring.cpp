// engine/host/stdin_ring.cpp — see stdin_ring.h.
#include "host/stdin_ring.h"

#include <cmath>
#include <cstring>

#ifdef __EMSCRIPTEN__
#include <emscripten/threading.h>
#else
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace gort::host {
namespace {

void futex_wait(std::atomic<uint32_t>* a, uint32_t expect) {
#ifdef __EMSCRIPTEN__
  emscripten_futex_wait(reinterpret_cast<volatile void*>(a), expect, INFINITY);
#else
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(a), FUTEX_WAIT_PRIVATE, expect, nullptr, nullptr, 0);
#endif
}

void futex_wake_all(std::atomic<uint32_t>* a) {
#ifdef __EMSCRIPTEN__
  emscripten_futex_wake(reinterpret_cast<volatile void*>(a), INT32_MAX);
#else
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(a), FUTEX_WAKE_PRIVATE, INT32_MAX, nullptr, nullptr, 0);
#endif
}

}  // namespace

void StdinRing::bump() {
  gen_.fetch_add(1, std::memory_order_release);
  futex_wake_all(&gen_);
}

void StdinRing::write(const char* p, size_t n) {
  if (n == 0) return;
  {
    std::lock_guard<std::mutex> g(mu_);
    if (closed_) return;  // bytes after EOF are dropped, as a closed pipe would
    // Compact now and then so a long interactive session does not grow without bound.
    if (head_ > 4096 && head_ * 2 > buf_.size()) {
      buf_.erase(0, head_);
      head_ = 0;
    }
    buf_.append(p, n);
  }
  bump();
}

void StdinRing::close() {
  {
    std::lock_guard<std::mutex> g(mu_);
    closed_ = true;
  }
  bump();
}

void StdinRing::cancel() {
  {
    std::lock_guard<std::mutex> g(mu_);
    cancelled_ = true;
  }
  bump();
}

void StdinRing::reset() {
  std::lock_guard<std::mutex> g(mu_);
  buf_.clear();
  head_ = 0;
  closed_ = false;
  cancelled_ = false;
}

size_t StdinRing::read(char* out, size_t cap) {
  for (;;) {
    uint32_t seen;
    {
      std::lock_guard<std::mutex> g(mu_);
      if (cancelled_) return 0;
      size_t avail = buf_.size() - head_;
      if (avail > 0) {
        size_t n = avail < cap ? avail : cap;
        std::memcpy(out, buf_.data() + head_, n);
        head_ += n;
        return n;
      }
      if (closed_) return 0;
      seen = gen_.load(std::memory_order_acquire);
    }
    futex_wait(&gen_, seen);
  }
}

}  // namespace gort::host
