// tests/unit/runtime/wasm/smoke.cpp — a GoogleTest-free smoke program for the wasm pthreads
// build (no GTest for Emscripten): 100 goroutines pass a token around a ring of unbuffered
// channels 1000 times, a sleeper uses a timer, then a deadlock must be reported.
// Build+run: see docs/runtime.md ("wasm smoke"). Prints "ok" and exits 0 on success.
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/runtime.h"

using namespace gort::rt;
using gort::Value;

namespace {
struct St { int pc = 0; int id = 0; int64_t n = 0; };
std::vector<St> states(200);
std::vector<Obj*> ring;
Obj* done_ch = nullptr;    // the worker that sees the last token sends it here
Obj* never_ch = nullptr;   // nobody ever sends: main blocks on it -> deadlock
constexpr int kG = 100, kRounds = 1000;
std::string err;
int64_t final_token = -1;

RunStatus worker(G& g, St& s) {
  for (;;) {
    if (s.pc == 0) {
      s.pc = 1;
      Op op = chan_recv(g, ring[size_t(s.id)]);
      if (op == Op::Park) return RunStatus::Parked;
    }
    if (s.pc == 2) return RunStatus::Exited;
    if (s.pc == 1) {
      int64_t tok = g.wake_value.i;
      if (tok >= int64_t(kG) * kRounds) {
        final_token = tok;
        s.pc = 2;
        if (chan_send(g, done_ch, Value::from_int(tok)) == Op::Park) return RunStatus::Parked;
        return RunStatus::Exited;
      }
      s.pc = 0;
      Op op = chan_send(g, ring[size_t((s.id + 1) % kG)], Value::from_int(tok + 1));
      if (op == Op::Park) return RunStatus::Parked;
      if (should_yield(g)) return RunStatus::Yielded;
    }
  }
}

RunStatus run_g(G& g) {
  St& s = *static_cast<St*>(g.vm);
  if (&s != &states[0]) return worker(g, s);
  switch (s.pc) {
    case 0:
      for (int i = 0; i < kG; ++i) ring.push_back(chan_make(0, false));
      done_ch = chan_make(0, false);
      never_ch = chan_make(0, false);
      for (int i = 0; i < kG; ++i) {
        G* w = gnew();
        states[size_t(i + 1)].id = i;
        w->vm = &states[size_t(i + 1)];
        gstart(g, *w);
      }
      s.pc = 1;
      if (chan_send(g, ring[0], Value::from_int(0)) == Op::Park) return RunStatus::Parked;
      [[fallthrough]];
    case 1:
      s.pc = 2;
      if (sleep(g, 20 * 1000 * 1000) == Op::Park) return RunStatus::Parked;
      [[fallthrough]];
    case 2:
      s.pc = 3;
      if (chan_recv(g, done_ch) == Op::Park) return RunStatus::Parked;
      [[fallthrough]];
    case 3:
      s.pc = 4;
      // Every worker is parked on its ring channel; main waits forever too -> deadlock.
      if (chan_recv(g, never_ch) == Op::Park) return RunStatus::Parked;
      return RunStatus::Exited;
  }
  return RunStatus::Exited;
}
void tb(G&, std::string& out) { out += "main.main()\n"; }
void write(int, std::string_view s) { err.append(s); }
void scan(Tracer& t) { for (Obj* o : ring) t.mark(o); t.mark(done_ch); t.mark(never_ch); }
}  // namespace

int main() {
  Config cfg;
  cfg.gomaxprocs = 2;
  Hooks h;
  h.run_g = run_g;
  h.traceback = tb;
  h.write = write;
  h.scan_globals = scan;
  int code = run_main(cfg, h, &states[0]);
  bool ok = code == 2 && final_token == int64_t(kG) * kRounds &&
            err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", 0) == 0;
  std::printf("exit=%d token=%lld %s\n%s", code, (long long)final_token, ok ? "ok" : "FAIL", err.c_str());
  return ok ? 0 : 1;
}
