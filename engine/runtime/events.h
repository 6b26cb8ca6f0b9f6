// engine/runtime/events.h — scheduler events as data (DESIGN.md decision 11). The runtime
// writes fixed-size SchedEvents into lock-free single-producer rings — one per P (written by
// the M that owns the P), one per M (events of an M holding no P: exitsyscall, stop-the-world,
// GC) and one for sysmon — and a drainer (sysmon every few ms, run_main at the end, the one M
// of a thread-less run between schedules) moves them to Hooks::events in time order. The page's
// panel, the trace file and --schedtrace are readers of that one stream.
//
// Cost: off, every record site is one predictable branch on a plain bool set before any M
// starts. On, a record is a clock read plus a 56-byte store; a full ring never blocks and never
// grows: the event is counted as dropped, and the drainer reports the count as a Dropped event.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace gort::rt {

// Names and meanings: engine/host/README.md ("Scheduler events").
#define GORT_EV_KINDS(X) \
  X(GoCreate) X(GoStart) X(GoBlock) X(GoUnblock) X(GoPreempt) X(GoSched) X(GoEnd) X(Steal) \
  X(Handoff) X(SyscallEnter) X(SyscallExit) X(ProcIdle) X(ProcWake) X(MSpin) X(MSpinEnd)   \
  X(GCStart) X(GCEnd) X(Dropped)

enum class EvKind : uint8_t {
#define GORT_EV_ENUM(k) k,
  GORT_EV_KINDS(GORT_EV_ENUM)
#undef GORT_EV_ENUM
};
const char* ev_kind_name(EvKind k);

struct SchedEvent {
  int64_t t = 0;        // ns since the run started (real time, also under fake time)
  int64_t g = 0;        // the goroutine concerned (0: none)
  int64_t arg = 0;      // GoCreate: parent goid; GoUnblock: waker goid; Steal: victim P;
                        // Handoff: new M or -1; GCEnd: pause ns; Dropped: events lost
  uint64_t pos = 0;     // Hooks::g_pos token: GoCreate, the go statement; GoBlock, where it blocked
  uint64_t fn = 0;      // GoCreate: Hooks::g_pos token of the new G's function
  const char* reason = nullptr;  // GoBlock: Go's wait reason (static string)
  EvKind kind = EvKind::GoCreate;
  uint8_t next = 0;     // GoCreate/GoUnblock: put in the P's runnext
  int16_t p = -1;       // P (-1: none)
  int16_t m = -1;       // M (-1: none, e.g. sysmon)
  int16_t q = -2;       // where a G was queued: P index, -1 global queue, -2 not queued
  int32_t n = 0;        // Steal: number of Gs taken
};

// A single-producer single-consumer ring of SchedEvents. The producer is whichever thread owns
// the ring's P or M at the time (ownership moves under sched.lock, which orders the writes);
// the consumer is the drainer, one at a time (events_drain holds a lock of its own).
class EventRing {
 public:
  static constexpr uint32_t kSize = 4096;   // power of two; 224 KiB per ring
  // Producer. Never blocks: a full ring counts the event as dropped.
  void push(const SchedEvent& e) {
    uint64_t t = tail_.load(std::memory_order_relaxed);
    if (t - head_.load(std::memory_order_acquire) >= kSize) {
      dropped_.store(dropped_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      return;
    }
    buf_[t & (kSize - 1)] = e;
    tail_.store(t + 1, std::memory_order_release);
  }
  // Consumer: copies up to max events in order into out; returns how many.
  size_t pop(SchedEvent* out, size_t max) {
    uint64_t h = head_.load(std::memory_order_relaxed);
    uint64_t t = tail_.load(std::memory_order_acquire);
    size_t n = 0;
    for (; h + n < t && n < max; ++n) out[n] = buf_[(h + n) & (kSize - 1)];
    head_.store(h + n, std::memory_order_release);
    return n;
  }
  // Consumer: events dropped since the last call (the producer only ever adds).
  uint64_t take_dropped() {
    uint64_t d = dropped_.load(std::memory_order_relaxed);
    uint64_t r = d - dropped_seen_;
    dropped_seen_ = d;
    return r;
  }
  size_t used() const {
    return size_t(tail_.load(std::memory_order_acquire) - head_.load(std::memory_order_relaxed));
  }

 private:
  alignas(64) std::atomic<uint64_t> tail_{0};
  std::atomic<uint64_t> dropped_{0};
  alignas(64) std::atomic<uint64_t> head_{0};
  uint64_t dropped_seen_ = 0;   // consumer only
  std::unique_ptr<SchedEvent[]> buf_ = std::make_unique<SchedEvent[]>(kSize);
};

namespace detail {
extern bool events_on;   // set by run_main before any M starts (Config::events)
}

// Record an event (the current thread's ring: its P's, else its M's, else sysmon's).
// Fills t and m; the caller fills the rest.
void ev_record(SchedEvent& e);
inline bool events_on() { return detail::events_on; }

// Moves every recorded event to Hooks::events, sorted by time (with a Dropped event per ring
// that overflowed). Any thread holding no runtime lock; concurrent calls serialize.
void events_drain();

}  // namespace gort::rt
