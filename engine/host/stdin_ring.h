// engine/host/stdin_ring.h — stdin for the wasm library/browser builds. The page (or Node's
// main thread) pushes bytes with gort_stdin_write, which must never block; the M whose G reads
// stdin waits for them on a futex. "Ring" in the sense of a byte queue: it grows as needed,
// because dropping typed input is worse than a few KiB of memory.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>

namespace gort::host {

class StdinRing {
 public:
  // Producer side (any thread, non-blocking apart from a short critical section).
  void write(const char* p, size_t n);
  void close();   // EOF after the bytes already written
  void reset();   // a new run: empty, open

  // Consumer side: blocks until bytes, EOF or cancel(). Returns bytes read, 0 at EOF/cancel.
  size_t read(char* buf, size_t cap);
  void cancel();  // wake every reader with EOF (a stop request)

 private:
  void bump();
  std::mutex mu_;
  std::string buf_;         // guarded by mu_
  size_t head_ = 0;         // guarded by mu_: bytes of buf_ already consumed
  bool closed_ = false;     // guarded by mu_
  bool cancelled_ = false;  // guarded by mu_
  // Futex word: bumped on every state change. A reader samples it under mu_, then waits for it
  // to change outside mu_, so a write between the check and the wait is never missed.
  std::atomic<uint32_t> gen_{0};
};

}  // namespace gort::host
