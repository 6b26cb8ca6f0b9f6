// engine/host/fd_host.h — the gort::Host implementations of the CLI (native and Node):
// FdHost streams every output event straight to fd 1/2 (one write per event, no buffering, so
// output is seen as it is produced) and reads stdin from fd 0; CaptureHost keeps the output
// in memory for `gort test`.
#pragma once
#include <string>

#include "host/engine.h"

namespace gort::host {

class FdHost final : public Host {
 public:
  void output(const OutputEvent& ev) override;
  size_t read_stdin(char* buf, size_t cap) override;
};

class CaptureHost final : public Host {
 public:
  void output(const OutputEvent& ev) override;
  size_t read_stdin(char* buf, size_t cap) override { return 0; }  // tests get empty stdin
  std::string out, err;
};

}  // namespace gort::host
