// engine/host/crash_signals.cpp — see crash_signals.h.
#include "host/crash_signals.h"

#include <csignal>
#include <cstring>
#include <string>

#include <unistd.h>

#include "runtime/runtime.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define GORT_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GORT_SANITIZED 1
#endif

namespace gort::host {

#if !defined(__EMSCRIPTEN__) && !defined(GORT_SANITIZED)
namespace {
volatile std::sig_atomic_t g_in_handler = 0;

void write_all(const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(2, p, n);
    if (w <= 0) return;
    p += w;
    n -= size_t(w);
  }
}

void on_crash(int sig) {
  // A second fault while reporting the first: give up at once.
  if (g_in_handler) _exit(2);
  g_in_handler = 1;
  const char* name = sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : sig == SIGILL ? "SIGILL" : "SIGFPE";
  char head[96];
  int n = std::snprintf(head, sizeof head, "fatal error: gort internal error: signal %s\n", name);
  write_all(head, size_t(n));
  // Best effort (not async-signal-safe, but the process is ending either way): where in the
  // Go program the engine failed.
  std::string tb = rt::crash_traceback();
  if (!tb.empty()) {
    write_all("\n", 1);
    write_all(tb.data(), tb.size());
  }
  _exit(2);
}
}  // namespace

void install_crash_handlers() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_crash;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_NODEFER;
  for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE}) sigaction(sig, &sa, nullptr);
}
#else
void install_crash_handlers() {}
#endif

}  // namespace gort::host
