// engine/host/engine.cpp — gort::run: source → front end → (compiler → VM on the runtime).
// Owns the wiring between the parts and the output-event stream: every write becomes one
// Host::output call with a strictly increasing seq, serialized under one lock, sent as it
// happens.
//
// Pipeline: lang::check_source (type errors → gc's messages, exit 1) → lang::compile (constructs
// gort cannot run yet → "gort: ... is not supported yet", exit 1) → vm::make_hooks +
// rt::run_main with the run's options → Go's exit status (0, os.Exit's code, 2 after a panic
// or deadlock).
#include "host/engine.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

#include "lang/compiler/compiler.h"
#include "lang/frontend.h"
#include "stdlib/natives.h"
#include "vm/hooks.h"

#include "runtime/runtime.h"
#include "vm/native.h"
#include "vm/race.h"

namespace gort {
namespace {

// Serializes output events for one run (one run at a time per process, as rt::run_main).
struct EventSink {
  std::mutex mu;
  Host* host = nullptr;
  uint64_t seq = 0;
};
EventSink g_sink;

void emit(int64_t goid, Stream stream, std::string_view bytes) {
  std::lock_guard<std::mutex> lock(g_sink.mu);
  if (!g_sink.host || bytes.empty()) return;
  OutputEvent ev{++g_sink.seq, 0, goid, stream, bytes};
  g_sink.host->output(ev);
}

void emit_from_vm(int64_t goid, int stream, std::string_view bytes) {
  emit(goid, stream == 2 ? Stream::Stderr : Stream::Stdout, bytes);
}

// stdin for the stdlib's os.Stdin readers: the run's host (one run at a time).
Host* g_stdin_host = nullptr;
size_t read_host_stdin(char* buf, size_t cap) {
  return g_stdin_host ? g_stdin_host->read_stdin(buf, cap) : 0;
}

void runtime_write(int stream, std::string_view bytes) {
  emit(0, stream == 2 ? Stream::Stderr : Stream::Stdout, bytes);
}

}  // namespace

// The fault-injection test hook (RunOptions::inject_fault): every native the program calls is
// replaced by one that fails inside the engine, so the first std call (fmt.Println, ...) is
// where the engine breaks — with a goroutine and a Go source position, as a real engine bug
// would. Costs nothing when off: the module is only rewritten when asked.
namespace {
vm::NativeStatus internal_fault(vm::NativeCtx&) { GORT_THROW("injected fault (test hook)"); }
vm::NativeStatus trap_fault(vm::NativeCtx&) { __builtin_trap(); }
void race_forget(void* data, uint64_t bytes) { vm::race::forget(data, bytes); }
void arm_fault(vm::Module& module, const std::string& kind) {
  for (auto& fn : module.natives) fn = kind == "trap" ? trap_fault : internal_fault;
}
}  // namespace

int run(std::string_view source, const RunOptions& opts, Host& host) {
  {
    std::lock_guard<std::mutex> lock(g_sink.mu);
    g_sink.host = &host;
    g_sink.seq = 0;
  }
  vm::set_output(emit_from_vm);  // stdlib writes (fmt, println) become host events
  std::vector<lang::Diagnostic> diags;
  int status;
  lang::CheckOptions copts;
  copts.go_minor = opts.go_minor;  // 0: the file's //go:build go1.NN line decides
  lang::Program prog;
  bool ok = lang::check_source(source, opts.filename, copts, prog, diags);
  if (!ok) {
    emit(0, Stream::Stderr, lang::format_diagnostics(opts.filename, diags));
    status = 1;
  } else {
    vm::Module module;
    prog.file->filename = opts.filename;
    if (!lang::compile(prog, module, diags, opts.race)) {
      emit(0, Stream::Stderr, lang::format_diagnostics(opts.filename, diags));
      status = 1;
    } else {
      if (!opts.inject_fault.empty()) arm_fault(module, opts.inject_fault);
      // GORT_DISASM=1: the compiled bytecode on stderr (debugging the compiler).
      if (const char* d = std::getenv("GORT_DISASM"); d && *d == '1') {
        std::string out;
        for (const vm::Proto& p : module.protos) out += vm::disassemble(p);
        emit(0, Stream::Stderr, out);
      }
      // The runtime leaves its global preemption flag set when a run ends; a new run starts
      // clean.
      rt::detail::global_yield.store(0);
      g_stdin_host = &host;
      stdlib::set_stdin_reader(read_host_stdin);
      stdlib::set_seed(opts.seed);
      rt::Config cfg;
      cfg.gomaxprocs = opts.gomaxprocs;
      cfg.faketime = opts.faketime;
      cfg.seed = opts.seed;
      cfg.schedtrace = opts.schedtrace;
      cfg.threads = !opts.single_thread;
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
      cfg.threads = false;  // this build has no threads to run Ms on
#endif
      rt::Hooks hooks = vm::make_hooks(module, runtime_write);
      vm::race::start_run(module, opts.race);
      rt::free_hook = opts.race ? race_forget : nullptr;
      status = rt::run_main(cfg, hooks, vm::new_g_state(module, module.entry, nullptr, 0));
      rt::free_hook = nullptr;
      // Go's race runtime at exit (racefini): the count, and status 66 instead of 0.
      if (int races = vm::race::finish_run(); races > 0 && status != 2) {
        emit(0, Stream::Stderr, "Found " + std::to_string(races) + " data race(s)\n");
        if (status == 0) status = 66;
      }
      g_stdin_host = nullptr;
    }
  }
  std::lock_guard<std::mutex> lock(g_sink.mu);
  g_sink.host = nullptr;
  return status;
}

void request_stop() { rt::request_stop(); }

}  // namespace gort
