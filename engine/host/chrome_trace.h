// engine/host/chrome_trace.h — scheduler events (SchedRecord batches) → a trace file in the
// Chrome trace event format, which Perfetto (ui.perfetto.dev, trace_processor) and
// chrome://tracing open. One process; a track (tid) per P ("P0", "P1", ...) and per M ("M0",
// ...), plus "sysmon" and "GC". On a P's track every run of a goroutine is a complete slice
// ('X') named "G12 main.worker"; the same runs appear on the M that ran them. Steals,
// hand-offs and preemptions are instant events ('i'); a flow arrow ('s' → 'f', bound to the
// enclosing slices) goes from each `go` statement to the goroutine's first run. Used by
// `gort run --trace FILE` and the Node API's `trace: true`.
#pragma once
#include <string>
#include <vector>

#include "host/engine.h"

namespace gort::host {

class ChromeTrace {
 public:
  void add(const std::vector<SchedRecord>& batch) { recs_.insert(recs_.end(), batch.begin(), batch.end()); }
  // The whole trace as a JSON object {"traceEvents": [...], "displayTimeUnit": "ms"}.
  std::string json();

 private:
  std::vector<SchedRecord> recs_;
};

}  // namespace gort::host
