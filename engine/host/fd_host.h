// engine/host/fd_host.h — the gort::Host implementations of the CLI (native and Node):
// FdHost streams every output event straight to fd 1/2 (one write per event, no buffering, so
// output is seen as it is produced) and reads stdin from fd 0; CaptureHost keeps the output
// in memory for `gort test`.
#pragma once
#include <mutex>
#include <string>
#include <utility>

#include "host/chrome_trace.h"
#include "host/engine.h"

namespace gort::host {

class FdHost final : public Host {
 public:
  void output(const OutputEvent& ev) override;
  size_t read_stdin(char* buf, size_t cap) override;
  // --trace FILE: scheduler events are collected here and written as a Chrome trace at the end
  // (collect); --sched-events alone records and counts them (the cost of recording).
  void sched(const std::vector<SchedRecord>& batch) override {
    if (collect) trace.add(batch);
    events += batch.size();
  }
  ChromeTrace trace;
  bool collect = false;
  size_t events = 0;
};

class CaptureHost final : public Host {
 public:
  explicit CaptureHost(std::string stdin_bytes = "") : in_(std::move(stdin_bytes)) {}
  void output(const OutputEvent& ev) override;
  size_t read_stdin(char* buf, size_t cap) override;  // from the given bytes, then EOF
  std::string out, err;

 private:
  std::string in_;
  std::mutex mu_;      // two Gs may read stdin at once, each on its own M
  size_t in_pos_ = 0;  // guarded by mu_
};

}  // namespace gort::host
