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
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "host/txtar.h"
#include "host/embed_files.h"
#include "lang/compiler/compiler.h"
#include "lang/frontend.h"
#include "lang/parser.h"
#include "lang/testmain.h"
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
  uint64_t limit = 0;    // RunOptions::output_limit (0 = none)
  uint64_t written = 0;  // program bytes sent so far
  bool cut = false;      // the limit was reached: drop everything after it
  bool line_start = true;  // the last byte sent was a newline (or nothing was sent)
};
EventSink g_sink;

// The host's own message bypasses the output limit (it is what says the limit was hit).
void emit_host(Stream stream, std::string_view bytes) {
  std::lock_guard<std::mutex> lock(g_sink.mu);
  if (!g_sink.host || bytes.empty()) return;
  std::string text = g_sink.line_start ? "" : "\n";  // start the message on a line of its own
  text.append(bytes);
  OutputEvent ev{++g_sink.seq, 0, 0, stream, text};
  g_sink.host->output(ev);
  g_sink.line_start = true;
}

void emit(int64_t goid, Stream stream, std::string_view bytes) {
  bool over = false;
  {
    std::lock_guard<std::mutex> lock(g_sink.mu);
    if (!g_sink.host || bytes.empty() || g_sink.cut) return;
    if (g_sink.limit && g_sink.written + bytes.size() > g_sink.limit) {
      bytes = bytes.substr(0, g_sink.limit - g_sink.written);  // what still fits
      g_sink.cut = over = true;
    }
    g_sink.written += bytes.size();
    if (!bytes.empty()) {
      OutputEvent ev{++g_sink.seq, 0, goid, stream, bytes};
      g_sink.host->output(ev);
      g_sink.line_start = bytes.back() == '\n';
    }
  }
  // Outside g_sink.mu: ending the program takes sched.lock, which a schedtrace line (written
  // through here) may be emitted under.
  if (over) rt::end_for_limit(rt::Limit::Output);
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

// rt::Hooks::ending: the program is ending, wake any G's M blocked reading stdin.
bool host_ending() { return g_stdin_host && g_stdin_host->cancel_stdin(); }

// "5s", "1.5s", "250ms", "2m30s": the limit as it is usually written.
std::string format_duration(int64_t ns) {
  auto num = [](int64_t v, int64_t unit) {
    std::string s = std::to_string(v / unit);
    if (int64_t frac = v % unit) {
      std::string f = std::to_string(unit + frac).substr(1);  // zero-padded
      while (!f.empty() && f.back() == '0') f.pop_back();
      s += "." + f;
    }
    return s;
  };
  if (ns < 1000000) return num(ns, 1000) + "µs";
  if (ns < 1000000000) return num(ns, 1000000) + "ms";
  int64_t s = ns / 1000000000;
  if (s >= 60 && ns % 1000000000 == 0) {
    std::string out;
    if (s >= 3600) out += std::to_string(s / 3600) + "h";
    if (s % 3600 >= 60) out += std::to_string(s % 3600 / 60) + "m";
    if (s % 60) out += std::to_string(s % 60) + "s";
    return out;
  }
  return num(ns, 1000000000) + "s";
}

// "64 MiB", "1 KiB", "1000 bytes" (binary units when exact, as the flags accept them).
std::string format_bytes(uint64_t n) {
  const char* units[] = {"GiB", "MiB", "KiB"};
  for (int i = 0; i < 3; i++) {
    uint64_t u = uint64_t(1) << (10 * (3 - i));
    if (n >= u && n % u == 0) return std::to_string(n / u) + " " + units[i];
  }
  return std::to_string(n) + (n == 1 ? " byte" : " bytes");
}

std::string limit_message(LimitKind k, const RunOptions& o) {
  std::string what;
  switch (k) {
    case LimitKind::Time: what = format_duration(o.time_limit_ns) + " time"; break;
    case LimitKind::Memory: what = format_bytes(o.memory_limit) + " memory"; break;
    case LimitKind::Output: what = format_bytes(o.output_limit) + " output"; break;
    case LimitKind::Goroutines: what = std::to_string(o.max_goroutines) + "-goroutine"; break;
    case LimitKind::None: return "";
  }
  return "gort: program exceeded the " + what + " limit\n";
}

LimitKind g_last_limit = LimitKind::None;

// Scheduler events (rt::Hooks::events): the drainer's batch becomes SchedRecords for the host
// and, with --schedtrace, text lines on stderr — readers of the one stream.
const vm::Module* g_events_module = nullptr;
bool g_events_to_host = false;
bool g_events_schedtrace = false;
// Position tokens → "prog.go:12" / "main.worker", formatted once per run (the drainer is the
// only user while the run goes; node-based, so the strings never move).
std::unordered_map<uint64_t, std::string> g_pos_lines, g_pos_funcs;

const char* cached_pos(uint64_t token, bool func) {
  if (!token || !g_events_module) return nullptr;
  auto& cache = func ? g_pos_funcs : g_pos_lines;
  auto it = cache.find(token);
  if (it == cache.end()) {
    std::string s;
    vm::describe_pos(*g_events_module, token, func ? &s : nullptr, func ? nullptr : &s);
    it = cache.emplace(token, std::move(s)).first;
  }
  return it->second.empty() ? nullptr : it->second.c_str();
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') { out += '\\'; out += c; }
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else out += c;
  }
  out += '"';
}

void on_sched_events(const rt::SchedEvent* evs, size_t n) {
  std::vector<SchedRecord> batch(n);
  for (size_t i = 0; i < n; ++i) {
    const rt::SchedEvent& e = evs[i];
    SchedRecord& r = batch[i];
    r.t_ms = double(e.t) / 1e6;
    r.kind = rt::ev_kind_name(e.kind);
    r.g = e.g;
    r.p = e.p;
    r.m = e.m;
    r.arg = e.arg;
    r.q = e.q;
    r.next = e.next != 0;
    r.n = e.n;
    r.reason = e.reason;
    r.line = cached_pos(e.pos, false);
    r.fn = cached_pos(e.fn, true);
  }
  std::string text;
  if (g_events_schedtrace) {
    for (const SchedRecord& r : batch) {
      char buf[200];
      int len = std::snprintf(buf, sizeof buf, "SCHED %.3fms %s g=%lld p=%d m=%d arg=%lld", r.t_ms,
                              r.kind, (long long)r.g, r.p, r.m, (long long)r.arg);
      text.append(buf, size_t(std::max(0, std::min(len, int(sizeof buf) - 1))));
      if (r.q != -2) text += " q=" + std::to_string(r.q) + (r.next ? " next" : "");
      if (r.reason) { text += " ["; text += r.reason; text += ']'; }
      if (r.fn) { text += ' '; text += r.fn; }
      if (r.line) { text += ' '; text += r.line; }
      text += '\n';
    }
  }
  {
    std::lock_guard<std::mutex> lock(g_sink.mu);
    if (g_sink.host && g_events_to_host) g_sink.host->sched(batch);
  }
  if (!text.empty()) emit(0, Stream::Stderr, text);
}

// The wait-for graph (rt::Hooks::wait_graph): JSON for Host::wait_graph and, with
// --explain-deadlock, text after Go's deadlock report.
bool g_graph_to_host = false;
bool g_graph_text = false;

std::string hex_addr(uintptr_t a) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(a));
  return buf;
}

void on_wait_graph(const rt::WaitGraph& wg) {
  auto pos = [](uint64_t token, bool func) {
    std::string out;
    if (g_events_module && token)
      vm::describe_pos(*g_events_module, token, func ? &out : nullptr, func ? nullptr : &out);
    return out;
  };
  static const std::pair<const char*, const char*> kTypeNames[] = {
      {"mutex", "sync.Mutex"}, {"rwmutex", "sync.RWMutex"}, {"waitgroup", "sync.WaitGroup"},
      {"cond", "sync.Cond"}, {"once", "sync.Once"}, {"sema", "semaphore"}};
  std::vector<std::string> labels;
  std::string json = "{\"goroutines\":[";
  std::string objs = "],\"objects\":[";
  for (size_t i = 0; i < wg.objs.size(); ++i) {
    const rt::WaitGraph::Object& o = wg.objs[i];
    std::string kind = o.kind, label;
    std::string make = pos(o.make_pos, false);
    if (kind == "chan") {
      label = "chan " + hex_addr(o.addr) + (make.empty() ? "" : " (make at " + make + ")");
    } else if (kind == "select" || kind == "sleep" || kind == "stdin" || kind == "forever") {
      label = kind == "forever" ? "nothing" : kind == "stdin" ? "standard input" : kind;
    } else {
      label = kind;
      for (auto& [k, name] : kTypeNames) if (kind == k) label = name;
      label += " " + hex_addr(o.addr);
    }
    if (kind == "forever") kind = "select";   // select {} / nil channel: the contract's nearest kind
    if (kind == "sema" || kind == "once") kind = "mutex";
    std::string wake;
    if (!o.wakers.empty()) {
      wake = "goroutine";
      for (size_t k = 0; k < o.wakers.size(); ++k) wake += (k ? ", " : " ") + std::to_string(o.wakers[k]);
      wake += " can wake it";
      if (!o.note.empty() && o.note.rfind("held by", 0) == 0) wake = o.note;
    } else if (o.kind == std::string_view("sleep") || o.kind == std::string_view("stdin")) {
      wake = o.note;
    } else {
      wake = "no goroutine can wake it";
      if (!o.note.empty() && o.note.rfind("no goroutine", 0) != 0) wake += " (" + o.note + ")";
    }
    labels.push_back(label + "; " + wake);
    if (i) objs += ',';
    objs += "{\"id\":" + std::to_string(i) + ",\"kind\":";
    append_json_string(objs, kind);
    objs += ",\"label\":";
    append_json_string(objs, label + (o.note.empty() ? "" : " — " + o.note));
    objs += ",\"line\":";
    if (make.empty()) objs += "null"; else append_json_string(objs, make);
    objs += ",\"wakers\":[";
    for (size_t k = 0; k < o.wakers.size(); ++k) objs += (k ? "," : "") + std::to_string(o.wakers[k]);
    objs += "]}";
  }
  std::string text = "\ngort: wait-for graph:\n";
  for (size_t i = 0; i < wg.gs.size(); ++i) {
    const rt::WaitGraph::Node& n = wg.gs[i];
    std::string line = pos(n.pos, false), fn = pos(n.fn, true);
    if (i) json += ',';
    json += "{\"g\":" + std::to_string(n.g) + ",\"reason\":";
    append_json_string(json, n.reason);
    json += ",\"line\":";
    if (line.empty()) json += "null"; else append_json_string(json, line);
    json += ",\"fn\":";
    append_json_string(json, fn);
    json += ",\"waitsOn\":" + (n.obj >= 0 ? std::to_string(n.obj) : std::string("null")) + "}";
    text += "goroutine " + std::to_string(n.g) + " [" + n.reason + "] " + fn + (line.empty() ? "" : " " + line);
    if (n.obj >= 0) text += " waits on " + labels[size_t(n.obj)];
    text += '\n';
  }
  json += objs + "]}";
  {
    std::lock_guard<std::mutex> lock(g_sink.mu);
    if (g_sink.host && g_graph_to_host) g_sink.host->wait_graph(json);
  }
  if (g_graph_text) emit_host(Stream::Stderr, text);
}

}  // namespace

void sched_record_json(const SchedRecord& r, std::string& out) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "{\"t\":%.4f,\"kind\":\"%s\",\"g\":%lld,\"p\":%d,\"m\":%d,\"arg\":%lld,\"q\":",
                r.t_ms, r.kind, (long long)r.g, r.p, r.m, (long long)r.arg);
  out += buf;
  out += r.q == -2 ? "null" : std::to_string(r.q);
  out += ",\"reason\":";
  if (r.reason) append_json_string(out, r.reason);
  else out += "null";
  out += ",\"line\":";
  if (r.line) append_json_string(out, r.line);
  else out += "null";
  if (r.next) out += ",\"next\":true";
  if (r.n) out += ",\"n\":" + std::to_string(r.n);
  if (r.fn) {
    out += ",\"fn\":";
    append_json_string(out, r.fn);
  }
  out += '}';
}


// The fault-injection test hook (RunOptions::inject_fault): every native the program calls is
// replaced by one that fails inside the engine, so the first std call (fmt.Println, ...) is
// where the engine breaks — with a goroutine and a Go source position, as a real engine bug
// would. Costs nothing when off: the module is only rewritten when asked.
namespace {
vm::NativeStatus internal_fault(vm::NativeCtx&) { GORT_THROW("injected fault (test hook)"); }
vm::NativeStatus trap_fault(vm::NativeCtx&) { __builtin_trap(); }
vm::NativeStatus hang_fault(vm::NativeCtx&) {
  volatile bool spin = true;  // volatile: the loop must not be optimized into a trap
  while (spin) {
  }
  return vm::NativeStatus::Done;
}
void race_forget(void* data, uint64_t bytes) { vm::race::forget(data, bytes); }
void arm_fault(vm::Module& module, const std::string& kind) {
  vm::NativeFn fault = kind == "trap" ? trap_fault : kind == "hang" ? hang_fault : internal_fault;
  for (auto& fn : module.natives) fn = fault;
}
}  // namespace

const char* limit_name(LimitKind k) {
  switch (k) {
    case LimitKind::Time: return "time";
    case LimitKind::Memory: return "memory";
    case LimitKind::Output: return "output";
    case LimitKind::Goroutines: return "goroutines";
    case LimitKind::None: break;
  }
  return "";
}

LimitKind last_limit() { return g_last_limit; }
int abandoned_threads() { return rt::abandoned_threads(); }

int run(std::string_view source, const RunOptions& opts, Host& host) {
  {
    std::lock_guard<std::mutex> lock(g_sink.mu);
    g_sink.host = &host;
    g_sink.seq = 0;
    g_sink.limit = opts.output_limit;
    g_sink.written = 0;
    g_sink.cut = false;
    g_sink.line_start = true;
  }
  g_last_limit = LimitKind::None;
  vm::set_output(emit_from_vm);  // stdlib writes (fmt, println) become host events
  std::vector<lang::Diagnostic> diags;
  int status;
  lang::CheckOptions copts;
  copts.go_minor = opts.go_minor;  // 0: the file's //go:build go1.NN line decides
  copts.go_test = opts.go_test;
  lang::Program prog;
  // The playground's several-files form: the package's .go files, go.mod's language version,
  // and every file in the working directory (as the playground's sandbox has them).
  host::ProgramFiles pf = host::program_files(source, opts.filename);
  std::vector<std::pair<std::string, std::string>> files = opts.files;
  files.insert(files.end(), pf.all.begin(), pf.all.end());
  if (copts.go_minor == 0) copts.go_minor = pf.go_minor;
  host::RunEmbedFiles embed_files(files);  // //go:embed reads the files the run starts with
  copts.files = &embed_files;
  std::vector<lang::SourceFile> go_files = std::move(pf.go);
  const std::string& txtar_err = pf.error;
  bool ok = txtar_err.empty() && lang::check_files(std::move(go_files), copts, prog, diags);
  if (!txtar_err.empty()) {
    emit(0, Stream::Stderr, "gort: " + txtar_err + "\n");
    status = 1;
  } else if (!ok) {
    emit(0, Stream::Stderr, lang::format_diagnostics(prog.sources, diags));
    status = 1;
  } else {
    vm::Module module;
    if (!lang::compile(prog, module, diags, opts.race)) {
      emit(0, Stream::Stderr, lang::format_diagnostics(prog.sources, diags));
      status = 1;
    } else {
      if (!opts.inject_fault.empty()) arm_fault(module, opts.inject_fault);
      vm::prepare(module);  // the fast path's tables and fused instructions (vm/prepare.cpp)
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
      {
        std::vector<std::string> argv{"/tmp/prog"};  // os.Args[0], as the playground's binary
        argv.insert(argv.end(), opts.args.begin(), opts.args.end());
        stdlib::set_args(std::move(argv));
      }
      // A fresh private file system and environment per run (dropped after it).
      std::string fs_err = stdlib::new_run_files(files);
      rt::Config cfg;
      cfg.gomaxprocs = opts.gomaxprocs;
      cfg.faketime = opts.faketime;
      cfg.seed = opts.seed;
      cfg.events = opts.schedtrace || opts.sched_events;
      g_events_module = &module;
      g_pos_lines.clear();
      g_pos_funcs.clear();
      g_events_to_host = opts.sched_events;
      g_events_schedtrace = opts.schedtrace;
      cfg.wait_graph = opts.wait_graph || opts.explain_deadlock;
      g_graph_to_host = opts.wait_graph;
      g_graph_text = opts.explain_deadlock;
      cfg.threads = !opts.single_thread;
      cfg.time_limit_ns = opts.time_limit_ns;
      cfg.memory_limit = opts.memory_limit;
      cfg.max_goroutines = opts.max_goroutines;
      cfg.limit_status = kLimitExitStatus;
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
      cfg.threads = false;  // this build has no threads to run Ms on
#endif
      if (!fs_err.empty()) {
        emit(0, Stream::Stderr, fs_err + "\n");
        status = 2;
      } else {
        rt::Hooks hooks = vm::make_hooks(module, runtime_write);
        hooks.ending = host_ending;
        hooks.events = on_sched_events;
        hooks.wait_graph = on_wait_graph;
        vm::race::start_run(module, opts.race);
        rt::free_hook = opts.race ? race_forget : nullptr;
        rt::chan_sync_hook = opts.race ? vm::race::chan_sync : nullptr;
        status = rt::run_main(cfg, hooks, vm::new_g_state(module, module.entry, nullptr, 0));
        rt::free_hook = nullptr;
        rt::chan_sync_hook = nullptr;
        // Go's race runtime at exit (racefini): the count, and status 66 instead of 0.
        if (int races = vm::race::finish_run(); races > 0 && status != 2) {
          emit(0, Stream::Stderr, "Found " + std::to_string(races) + " data race(s)\n");
          if (status == 0) status = 66;
        }
      }
      stdlib::end_run_files();
      g_stdin_host = nullptr;
      g_events_module = nullptr;
      // Said last, once every M has stopped, so it is the run's final line.
      g_last_limit = LimitKind(int(rt::limit_hit()));
      if (g_last_limit != LimitKind::None)
        emit_host(Stream::Stderr, limit_message(g_last_limit, opts));
    }
  }
  std::lock_guard<std::mutex> lock(g_sink.mu);
  g_sink.host = nullptr;
  return status;
}

bool is_test_program(std::string_view source, const std::string& filename, bool go_test) {
  host::ProgramFiles pf = host::program_files(source, filename);
  if (!pf.error.empty()) return false;
  std::vector<lang::SourceFile>& files = pf.go;
  std::vector<lang::Diagnostic> diags;
  std::vector<std::unique_ptr<lang::File>> parsed;
  for (const lang::SourceFile& f : files) parsed.push_back(lang::parse_file(f.text, f.name, diags));
  return diags.empty() && !parsed.empty() && !lang::test_main_source(parsed, files, go_test).empty();
}

void request_stop() { rt::request_stop(); }

}  // namespace gort
