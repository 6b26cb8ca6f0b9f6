// engine/host/engine.h — the one entry point every host uses (native CLI, wasm exports, Node).
// It compiles a Go source file and runs it on the M:P:G runtime, streaming output as ordered
// events. Nothing above this header (web/, the CLI) sees the runtime, the VM or the compiler.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gort {

struct RunOptions {
  std::string filename = "prog.go";  // used in compile errors: "prog.go:3:5: ..."
  int gomaxprocs = 0;                // 0 = number of CPUs
  bool faketime = false;             // playground time: jump to the next timer when all Gs block
  int go_minor = 0;                  // language version 1.N (loop-variable semantics). 0: the
                                     // file decides ("//go:build go1.21" lowers the default 1.22);
                                     // 21 or 22: an explicit choice (--go) that overrides the file
  uint64_t seed = 0;                 // 0 = random; seeds map order, select choice, stealing
  bool schedtrace = false;           // print GODEBUG=schedtrace-like scheduler events to stderr
  bool single_thread = false;        // every goroutine on the caller's thread (GOMAXPROCS 1, no
                                     // sysmon); forced in the WebAssembly build without threads
  // Test hook: make the engine itself fail at the program's first call into the std library,
  // to test that hosts survive it. "internal": a failed engine invariant (GORT_THROW);
  // "trap": a hardware-level fault (SIGILL natively, a wasm trap in WebAssembly). "" = off.
  std::string inject_fault;
  // The data race detector (go run -race): the program is compiled with shadow-memory checks
  // on its loads and stores; races are reported on stderr in Go's format and the run ends with
  // "Found N data race(s)" and status 66 when it would otherwise end with 0.
  bool race = false;
};

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

class Host {
 public:
  virtual ~Host() = default;
  virtual void output(const OutputEvent& ev) = 0;
  // Blocking read from stdin, called on an M whose G is in a syscall (its P handed off).
  // Returns the number of bytes read, 0 at EOF.
  virtual size_t read_stdin(char* buf, size_t cap) = 0;
};

// Compile and run. Returns the exit status as Go's would be: 0, 1 for compile errors
// (printed to stderr as "prog.go:LINE:COL: message"), 2 for panics and fatal errors.
int run(std::string_view source, const RunOptions& opts, Host& host);

// Ask the running program to stop as soon as possible (from any thread, e.g. the host's UI).
// run() then returns 130 after the Ms have left their goroutines.
void request_stop();

}  // namespace gort
