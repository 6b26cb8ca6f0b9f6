// engine/host/engine.h — the one entry point every host uses (native CLI, wasm exports, Node).
// It compiles a Go source file and runs it on the M:P:G runtime, streaming output as ordered
// events. Nothing above this header (web/, the CLI) sees the runtime, the VM or the compiler.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gort {

struct RunOptions {
  std::string filename = "prog.go";  // used in compile errors: "prog.go:3:5: ..."
  int gomaxprocs = 0;                // 0 = number of CPUs
  bool faketime = false;             // playground time: jump to the next timer when all Gs block
  int go_minor = 0;                  // language version 1.N (loop variables, range over int and
                                     // func, generic aliases). 0: the file decides ("//go:build
                                     // go1.21" or go.mod lowers the default 1.24); 21..24: an
                                     // explicit choice (--go) that overrides the file
  uint64_t seed = 0;                 // 0 = random; seeds map order, select choice, stealing
  bool schedtrace = false;           // print GODEBUG=schedtrace-like scheduler events to stderr
  // Record scheduler events and hand them to Host::sched in batches (the page's panel, the
  // Node API's `sched`, trace files). Off: the runtime pays one predictable branch per site.
  bool sched_events = false;
  // Hosts only: where the CLI writes the run's Chrome trace (`--trace FILE`; sets sched_events).
  std::string trace_file;
  // At a deadlock (and on a stop of a program whose goroutines were all blocked): the wait-for
  // graph to Host::wait_graph (wait_graph), and also as text on stderr after Go's own report
  // (explain_deadlock, `--explain-deadlock`; off by default so Go's output stays exactly Go's).
  bool wait_graph = false;
  bool explain_deadlock = false;
  bool single_thread = false;        // every goroutine on the caller's thread (GOMAXPROCS 1, no
                                     // sysmon); forced in the WebAssembly build without threads
  // Test hook: make the engine itself fail at the program's first call into the std library,
  // to test that hosts survive it. "internal": a failed engine invariant (GORT_THROW);
  // "trap": a hardware-level fault (SIGILL natively, a wasm trap in WebAssembly); "hang": the
  // call spins forever without polling for a stop, as a stuck engine would (only for hosts
  // with a watchdog: the Node API replaces such an engine; the CLI does not accept it). "" = off.
  std::string inject_fault;
  // Files the program finds in its private in-memory file system (name → bytes; a relative
  // name is under the working directory /home/user). The host's own files are never visible.
  std::vector<std::pair<std::string, std::string>> files;
  // The program's arguments, os.Args[1:] (os.Args[0] is "/tmp/prog"): `gort run x.go a b`,
  // the Node API's `args`. Hosts also put a test program's flags here as cmd/go passes them to
  // a test binary (`--bench .` → "-test.bench=."); package testing reads them.
  std::vector<std::string> args;
  // Limits a host sets (0 = none). Exceeding one ends the program with kLimitExitStatus and a
  // last stderr line "gort: program exceeded the <limit> <what> limit" (limit_message).
  int64_t time_limit_ns = 0;         // wall time from the start of the run (fake time too)
  uint64_t memory_limit = 0;         // bytes of Go heap objects (garbage is collected first)
  uint64_t output_limit = 0;         // bytes of stdout + stderr; output past it is dropped
  int64_t max_goroutines = 0;        // goroutines alive at once, main included
  // The data race detector (go run -race): the program is compiled with shadow-memory checks
  // on its loads and stores; races are reported on stderr in Go's format and the run ends with
  // "Found N data race(s)" and status 66 when it would otherwise end with 0.
  bool race = false;
  // `go test` (the CLI's `gort test`): an archive's *_test.go files are part of the package and
  // their Test/Benchmark/Example functions run as `go test -v` runs them, also when the package
  // has a func main (which is then not run, but its tests may call it). Without it, the Go
  // playground's rules: a func main runs the program and the _test.go files are left out.
  bool go_test = false;
};

// Exit status of a run ended by a RunOptions limit (as timeout(1)'s).
inline constexpr int kLimitExitStatus = 124;

enum class LimitKind : int { None = 0, Time = 1, Memory = 2, Output = 3, Goroutines = 4 };
// "time" | "memory" | "output" | "goroutines" | "" (for hosts: the Node API's result.limit).
const char* limit_name(LimitKind k);

enum class Stream : int { Stdout = 1, Stderr = 2 };

// One piece of output. seq is strictly increasing across the whole run; the engine serializes
// calls to Host::output, so a host needs no locking of its own.
struct OutputEvent {
  uint64_t seq;
  int64_t time_ns;     // program clock (fake or real) since start
  int64_t goroutine;   // goid of the writer; 0 for the runtime itself (fatal errors)
  Stream stream;
  std::string_view bytes;
};

// One scheduler event as hosts see it (engine/host/README.md, "Scheduler events", says what
// each kind's fields mean). The strings are static or the engine's per-run cache of positions:
// valid until the next run() starts (so a host may keep records until then, e.g. for a trace).
struct SchedRecord {
  double t_ms = 0;             // real time since the run started
  const char* kind = "";       // "GoCreate", "GoStart", ... (README)
  int64_t g = 0;
  int p = -1, m = -1;
  int64_t arg = 0;
  int q = -2;                  // P index, -1 global queue, -2 not queued (JSON: null)
  bool next = false;           // queued in runnext
  int n = 0;                   // Steal: Gs taken
  const char* reason = nullptr;  // GoBlock: Go's wait reason
  const char* line = nullptr;  // GoCreate: the go statement; GoBlock: where ("prog.go:12")
  const char* fn = nullptr;    // GoCreate: the goroutine's function ("main.worker")
};

// Appends the record as a JSON object {t, kind, g, p, m, arg, q, reason, line[, next][, n][, fn]}.
void sched_record_json(const SchedRecord& r, std::string& out);

class Host {
 public:
  virtual ~Host() = default;
  virtual void output(const OutputEvent& ev) = 0;
  // A batch of scheduler events in time order (RunOptions::sched_events), serialized with
  // output(): an event stream reader sees both in the order the engine emitted them.
  virtual void sched(const std::vector<SchedRecord>& batch) { (void)batch; }
  // The wait-for graph of a deadlocked program (or of a stopped one whose goroutines were all
  // blocked), as JSON {goroutines: [...], objects: [...]} (README, "Wait-for graph").
  virtual void wait_graph(const std::string& json) { (void)json; }
  // Blocking read from stdin, called on an M whose G is in a syscall (its P handed off).
  // Returns the number of bytes read, 0 at EOF.
  virtual size_t read_stdin(char* buf, size_t cap) = 0;
  // The program is ending (main returned, os.Exit, a panic, a limit, a stop): make every
  // read_stdin in progress or to come return 0 now and return true — then run() waits for the
  // reading Ms, and nothing of the run survives it (a long-lived engine needs that). Return
  // false when a read cannot be interrupted (a blocking read(2)): those Ms are left behind.
  virtual bool cancel_stdin() { return false; }
};

// Compile and run. Returns the exit status as Go's would be: 0, 1 for compile errors
// (printed to stderr as "prog.go:LINE:COL: message"), 2 for panics and fatal errors.
// A limit ended the run: status kLimitExitStatus; last_limit() says which one.
int run(std::string_view source, const RunOptions& opts, Host& host);

// True when source (one file, or the txtar form) is a test program: no func main, and
// TestXxx / BenchmarkXxx / ExampleXxx functions that run() would run as `go test -v` does.
// go_test (RunOptions::go_test): `go test`'s rules — an archive with *_test.go files whose
// functions are tests, func main or not. Parses only (no type check); false on syntax errors.
bool is_test_program(std::string_view source, const std::string& filename = "prog.go", bool go_test = false);
// The limit that ended the last run (LimitKind::None if none did).
LimitKind last_limit();

// Threads that runs so far have left behind for good (an M that ran out of memory parks
// forever). A long-lived host may replace the engine once there are too many.
int abandoned_threads();

// Ask the running program to stop as soon as possible (from any thread, e.g. the host's UI).
// run() then returns 130 after the Ms have left their goroutines.
void request_stop();

}  // namespace gort
