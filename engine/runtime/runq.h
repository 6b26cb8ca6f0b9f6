// engine/runtime/runq.h — a P's local run queue: Go's lock-free 256-entry ring plus runnext.
// Only the owning M puts (tail is written by it alone); the owner and thieves take from head
// with a CAS. runnext holds the G most recently readied by this P (it inherits the time slice,
// which makes producer/consumer pairs over channels fast), and may be stolen too.
#pragma once
#include <atomic>
#include <cstdint>

namespace gort::rt {

struct G;

struct RunQ {
  static constexpr uint32_t kSize = 256;
  std::atomic<uint32_t> head{0};
  std::atomic<uint32_t> tail{0};
  std::atomic<G*> ring[kSize] = {};
  std::atomic<G*> runnext{nullptr};

  bool empty() const {
    // runnext first: a G moving from runnext to the ring is never seen missing by a reader
    // that checks both in this order... is not guaranteed; callers use this as a hint and
    // recheck under the scheduler's protocol (see findrunnable).
    return head.load(std::memory_order_acquire) == tail.load(std::memory_order_acquire) &&
           runnext.load(std::memory_order_acquire) == nullptr;
  }
  uint32_t size() const {
    return tail.load(std::memory_order_acquire) - head.load(std::memory_order_acquire);
  }

  // Owner only. Returns false if the ring is full (caller moves half to the global queue).
  bool put_tail(G* g) {
    uint32_t h = head.load(std::memory_order_acquire);
    uint32_t t = tail.load(std::memory_order_relaxed);
    if (t - h >= kSize) return false;
    ring[t % kSize].store(g, std::memory_order_relaxed);
    tail.store(t + 1, std::memory_order_release);
    return true;
  }

  // Owner only: take up to n (from head) into out for moving to the global queue.
  uint32_t grab_half_for_overflow(G** out) {
    uint32_t h = head.load(std::memory_order_acquire);
    uint32_t t = tail.load(std::memory_order_relaxed);
    uint32_t n = (t - h) / 2;
    for (uint32_t i = 0; i < n; ++i) out[i] = ring[(h + i) % kSize].load(std::memory_order_relaxed);
    if (!head.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return 0;
    return n;
  }

  // Owner: next G to run (runnext first). inherit = came from runnext.
  G* get(bool* inherit) {
    G* next = runnext.load(std::memory_order_relaxed);
    if (next && runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
      *inherit = true;
      return next;
    }
    *inherit = false;
    for (;;) {
      uint32_t h = head.load(std::memory_order_acquire);
      uint32_t t = tail.load(std::memory_order_relaxed);
      if (t == h) return nullptr;
      G* g = ring[h % kSize].load(std::memory_order_relaxed);
      if (head.compare_exchange_weak(h, h + 1, std::memory_order_acq_rel)) return g;
    }
  }

  // Thief: grab half of the victim's ring (or its runnext if the ring is empty) into out
  // (capacity kSize/2 + 1). Returns the count.
  uint32_t grab(G** out, bool steal_runnext) {
    for (;;) {
      uint32_t h = head.load(std::memory_order_acquire);
      uint32_t t = tail.load(std::memory_order_acquire);
      uint32_t n = t - h;
      n = n - n / 2;
      if (n == 0) {
        if (steal_runnext) {
          G* next = runnext.load(std::memory_order_acquire);
          if (next && runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
            out[0] = next;
            return 1;
          }
        }
        return 0;
      }
      if (n > kSize / 2) continue;  // read an inconsistent h/t pair; retry
      for (uint32_t i = 0; i < n; ++i) out[i] = ring[(h + i) % kSize].load(std::memory_order_relaxed);
      if (head.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return n;
    }
  }
};

}  // namespace gort::rt
