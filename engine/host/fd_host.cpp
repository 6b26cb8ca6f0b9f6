// engine/host/fd_host.cpp — see fd_host.h.
#include "host/fd_host.h"

#include "host/fd_io.h"

#include <algorithm>
#include <cstring>

namespace gort::host {

void FdHost::output(const OutputEvent& ev) {
  // A failed write (reader closed the pipe) is not the program's problem: Go ignores EPIPE on
  // stdout only with SIGPIPE semantics, which end the process; we drop the bytes instead.
  fd_write_all(ev.stream == Stream::Stderr ? 2 : 1, ev.bytes.data(), ev.bytes.size());
}

size_t FdHost::read_stdin(char* buf, size_t cap) {
  long n = fd_read(0, buf, cap);
  return n < 0 ? 0 : size_t(n);  // a read error reads as EOF, as bufio.Scanner would stop
}

size_t CaptureHost::read_stdin(char* buf, size_t cap) {
  std::lock_guard<std::mutex> g(mu_);
  size_t n = std::min(cap, in_.size() - in_pos_);
  std::memcpy(buf, in_.data() + in_pos_, n);
  in_pos_ += n;
  return n;
}

void CaptureHost::output(const OutputEvent& ev) {
  (ev.stream == Stream::Stderr ? err : out).append(ev.bytes);
}

}  // namespace gort::host
