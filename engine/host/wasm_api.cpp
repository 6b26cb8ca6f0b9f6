// engine/host/wasm_api.cpp — the C exports of the wasm library builds (Node library, browser
// with and without pthreads). Every export returns at once: the module's main thread (a page or
// Node's main thread) must never block. A run happens on its own pthread; output events go to
// the main thread with MAIN_THREAD_ASYNC_EM_ASM, each carrying a copy of its bytes, and are
// delivered to Module.gortOutput strictly in order (a JS-side reorder buffer keyed by a
// contiguous index guards against proxied calls from different Ms arriving out of order). The
// end of the run is delivered after the last output through Module.gortExit(code).
// engine/host/README.md documents this API for the web front end.
#include <emscripten.h>
#include <emscripten/threading.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "host/chrome_trace.h"
#include "host/engine.h"
#include "host/options_json.h"
#include "host/stdin_ring.h"

namespace {

gort::host::StdinRing g_stdin;
std::atomic<bool> g_running{false};

// One event on its way to the main thread. kind 0 = output, 1 = exit (seq holds the code),
// 2 = a batch of scheduler events (bytes: a JSON array, for Module.gortSched), 3 = the run's
// Chrome trace (JSON text, for Module.gortTrace), 4 = a wait-for graph (JSON, gortWaitGraph).
struct Event {
  double index, seq, time_ms, goroutine;
  int kind, stream, len;
  char* bytes;  // malloc'ed copy; freed by deliver()
};

// Runs on the main thread. Commas in EM_ASM bodies confuse the macro, so the JS is an EM_JS.
EM_JS(void, gort_js_deliver, (double index, int kind, double seq, double time_ms, double goroutine,
                              int stream, const char* bytes, int len), {
  var q = Module['__gortQueue'];
  var text = "";
  if (kind !== 1) {
    // Decode from a private copy: TextDecoder refuses views of shared memory, and HEAPU8 may be
    // stale after growth, so go through wasmMemory.buffer.
    text = new TextDecoder().decode(new Uint8Array(wasmMemory.buffer, bytes >>> 0, len).slice());   // >>> 0: above 2 GiB
  }
  q.pending.set(index, [kind, seq, time_ms, goroutine, stream, text]);
  while (q.pending.has(q.next)) {
    var e = q.pending.get(q.next);
    q.pending.delete(q.next);
    q.next++;
    if (e[0] === 1) {
      if (Module['gortExit']) Module['gortExit'](e[1]);
    } else if (e[0] === 2) {
      if (Module['gortSched']) Module['gortSched'](JSON.parse(e[5]));
    } else if (e[0] === 3) {
      if (Module['gortTrace']) Module['gortTrace'](e[5]);
    } else if (e[0] === 4) {
      if (Module['gortWaitGraph']) Module['gortWaitGraph'](JSON.parse(e[5]));
    } else if (Module['gortOutput']) {
      Module['gortOutput'](e[1], e[2], e[3], e[4], e[5]);
    } else {
      // out()/err() add their own newline: drop the one the program wrote (char 10).
      var t = e[5];
      if (t.charCodeAt(t.length - 1) === 10) t = t.substring(0, t.length - 1);
      (e[4] === 2 ? err : out)(t);
    }
  }
});

EM_JS(void, gort_js_reset_queue, (), { Module['__gortQueue'] = { next: 0, pending: new Map() }; });

void deliver(Event* raw) {
  std::unique_ptr<Event> e(raw);  // ownership came back from post_event
  gort_js_deliver(e->index, e->kind, e->seq, e->time_ms, e->goroutine, e->stream, e->bytes, e->len);
  std::free(e->bytes);
}

// Queues one event for in-order delivery on the main thread; takes ownership of `bytes`.
void post_event(double index, int kind, double seq, double time_ms, double goroutine, int stream,
                char* bytes, int len) {
  auto e = std::make_unique<Event>(Event{index, seq, time_ms, goroutine, kind, stream, len, bytes});
#ifdef __EMSCRIPTEN_PTHREADS__
  // The proxied call owns the event until deliver() runs on the main thread.
  emscripten_async_run_in_main_runtime_thread(EM_FUNC_SIG_VI, deliver, e.release());
#else
  deliver(e.release());
#endif
}

class WasmHost final : public gort::Host {
 public:
  void output(const gort::OutputEvent& ev) override {
    // The engine serializes output() calls, so index_ needs no lock of its own.
    char* copy = static_cast<char*>(std::malloc(ev.bytes.size() + 1));
    if (!copy) return;  // out of memory: drop the output rather than crash the page
    std::memcpy(copy, ev.bytes.data(), ev.bytes.size());
    post_event(double(index_++), 0, double(ev.seq), double(ev.time_ns) / 1e6,
               double(ev.goroutine), int(ev.stream), copy, int(ev.bytes.size()));
  }
  // Scheduler events: one JSON array per batch, in the same ordered stream as output
  // (options "sched": true), and/or collected for the trace posted at the end ("trace": true).
  void sched(const std::vector<gort::SchedRecord>& batch) override {
    if (trace_) trace_->add(batch);
    if (!post_sched_) return;
    std::string json = "[";
    for (const gort::SchedRecord& r : batch) {
      if (json.size() > 1) json += ',';
      gort::sched_record_json(r, json);
    }
    json += ']';
    char* copy = static_cast<char*>(std::malloc(json.size()));
    if (!copy) return;
    std::memcpy(copy, json.data(), json.size());
    post_event(double(index_++), 2, 0, 0, 0, 0, copy, int(json.size()));
  }
  // Posts a text event of `kind` (3 trace, 4 wait graph) in the stream's order.
  void post_text(int kind, const std::string& text) {
    char* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (!copy) return;
    std::memcpy(copy, text.data(), text.size());
    post_event(double(index_++), kind, 0, 0, 0, 0, copy, int(text.size()));
  }
  void wait_graph(const std::string& json) override { post_text(4, json); }
  void set_sched(bool post, bool trace) {
    post_sched_ = post;
    if (trace) trace_ = std::make_unique<gort::host::ChromeTrace>();
  }
  void finish_trace() {
    if (trace_) post_text(3, trace_->json());
    trace_.reset();
  }
  size_t read_stdin(char* buf, size_t cap) override { return g_stdin.read(buf, cap); }
  // The ring's reads can always be woken: the run keeps no M behind when it ends, which is
  // what lets one module run program after program (gort_start resets the ring).
  bool cancel_stdin() override {
    g_stdin.cancel();
    return true;
  }
  uint64_t next_index() const { return index_; }

 private:
  uint64_t index_ = 0;
  bool post_sched_ = false;
  std::unique_ptr<gort::host::ChromeTrace> trace_;
};

bool g_post_sched = false;   // options "sched": true — batches to Module.gortSched
bool g_trace = false;        // options "trace": true — the Chrome trace to Module.gortTrace

void run_program(std::string source, gort::RunOptions opts) {
  WasmHost host;
  host.set_sched(g_post_sched, g_trace);
  int code = gort::run(source, opts, host);
#ifndef __EMSCRIPTEN_PTHREADS__
  g_stdin.reset();   // see gort_start: the next run's input is written before it starts
#endif
  host.finish_trace();
  // Not running any more *before* gortExit is posted: the host may start the next run as soon
  // as it sees gortExit (nothing below touches the run's state).
  g_running.store(false);
  post_event(double(host.next_index()), 1, double(code), 0, 0, 0, nullptr, 0);
}

}  // namespace

extern "C" {

// Starts a run; returns 0, or -1 if a run is already going, -2 for bad options (the message is
// delivered as stderr output followed by gortExit(2)).
EMSCRIPTEN_KEEPALIVE int gort_start(const char* source, const char* options_json) {
  bool expected = false;
  if (!g_running.compare_exchange_strong(expected, true)) return -1;
  gort::RunOptions opts;
  std::string json = options_json ? options_json : "";
  std::string err = gort::host::parse_options_json(json, opts);
  g_post_sched = opts.sched_events && json.find("\"sched\":true") != std::string::npos;
  g_trace = json.find("\"trace\":true") != std::string::npos;
  // Called on the main thread: reset the JS reorder buffer for this run.
  gort_js_reset_queue();
#ifdef __EMSCRIPTEN_PTHREADS__
  g_stdin.reset();
#else
  // Single-threaded build: the run happens inside this call, so its input can only be written
  // before it (st-worker.js writes the embed's `stdin`, then closes): keep it. The ring was
  // reset when the previous run ended (run_program), so nothing of that run reaches this one.
#endif
  if (!err.empty()) {
    err += "\n";
    char* copy = static_cast<char*>(std::malloc(err.size()));
    std::memcpy(copy, err.data(), err.size());
    post_event(0, 0, 0, 0, 0, 2, copy, int(err.size()));
    post_event(1, 1, 2, 0, 0, 0, nullptr, 0);
    g_running.store(false);
    return -2;
  }
  // The caller's strings live on the wasm stack (ccall): copy before another thread sees them.
  std::string src(source ? source : "");
#ifdef __EMSCRIPTEN_PTHREADS__
  std::thread(run_program, std::move(src), opts).detach();
#else
  // Single-threaded build: no thread to hand the run to; it runs to completion here.
  run_program(std::move(src), opts);
#endif
  return 0;
}

// Asks the running program to stop; a G blocked on stdin sees EOF. The run still ends with
// gortExit (status 130 from the engine).
EMSCRIPTEN_KEEPALIVE void gort_stop() {
  if (!g_running.load()) return;
  gort::request_stop();
  g_stdin.cancel();
}

EMSCRIPTEN_KEEPALIVE void gort_stdin_write(const char* p, int n) {
  if (p && n > 0) g_stdin.write(p, size_t(n));
}

EMSCRIPTEN_KEEPALIVE void gort_stdin_close() { g_stdin.close(); }

EMSCRIPTEN_KEEPALIVE int gort_running() { return g_running.load() ? 1 : 0; }

// The limit that ended the last run: 0 none, 1 time, 2 memory, 3 output, 4 goroutines
// (gort::LimitKind; its exit status is 124).
EMSCRIPTEN_KEEPALIVE int gort_limit() { return int(gort::last_limit()); }

// Threads that runs have left behind for good (out of memory): each holds a pool Worker.
EMSCRIPTEN_KEEPALIVE int gort_abandoned_threads() { return gort::abandoned_threads(); }

// Bytes of wasm memory now. Wasm memory never shrinks, so after a run this is the peak the
// program's heap (plus the engine) ever needed — what the memory tests and the bench report.
EMSCRIPTEN_KEEPALIVE double gort_memory_bytes() {
  return double(__builtin_wasm_memory_size(0)) * 65536.0;
}

}  // extern "C"
