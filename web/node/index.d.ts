// web/node/index.d.ts — TypeScript declarations for gort's Node API (web/node/index.mjs),
// referenced by package.json "types" and "exports". Keep in step with index.mjs: the pack smoke
// test (tests/pack/smoke.mjs) checks that every name index.mjs exports is declared here.

/** One write of the program (a print, a fmt.Print*, a write to os.Stdout/os.Stderr). */
export interface OutputEvent {
  /** Order of the event within the run (0, 1, 2, ...). */
  seq: number;
  /** Program clock in ms (fake time under `faketime`). */
  time: number;
  /** Id of the goroutine that wrote it. */
  goroutine: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/**
 * A stream (e.g. a node:stream Readable or process.stdin) whose 'data' chunks become the
 * program's stdin; 'end' or 'error' closes it. Structural, so @types/node is not needed.
 */
export interface StdinStream {
  on(event: 'data' | 'end' | 'error', listener: (chunk?: any) => void): unknown;
  off(event: 'data' | 'end' | 'error', listener: (chunk?: any) => void): unknown;
}

export interface RunOptions {
  /** Ps (default: number of CPUs), 1 to 256. */
  gomaxprocs?: number;
  /** The Go playground's time: the clock jumps to the next timer when every goroutine blocks. */
  faketime?: boolean;
  /** Loop-variable semantics; an explicit version overrides the file's //go:build line. Default 'auto'. */
  go?: 'auto' | '1.21' | '1.22' | '1.23' | '1.24';
  /** Seeds map order, select choice and stealing (0 = random). */
  seed?: number;
  /** GODEBUG=schedtrace-like scheduler events on stderr. */
  schedtrace?: boolean;
  /** The data race detector (go run -race): reports on stderr, "Found N data race(s)", exitCode 66. */
  race?: boolean;
  /** File name used in compile errors and tracebacks (default 'prog.go'). */
  filename?: string;
  /** The program's stdin (default: empty). A Readable is fed while the program runs. */
  stdin?: string | Uint8Array | StdinStream;
  /** Files of the run's private in-memory file system (relative names are under /home/user). */
  files?: Record<string, string | Uint8Array>;
  /** The program's arguments, os.Args[1:] (os.Args[0] is "/tmp/prog"). */
  args?: string[];
  /** Called for every output event, in order, as it happens. */
  onOutput?: (ev: OutputEvent) => void;
  /** Aborting stops the program (exitCode 130). */
  signal?: AbortSignal;
  /** Wall time: ms, or a duration such as '5s', '1m30s'. */
  timeLimit?: number | string;
  /** Go heap: bytes, or a size such as '64MiB'. */
  memoryLimit?: number | string;
  /** stdout + stderr bytes, or a size such as '1MiB'. */
  outputLimit?: number | string;
  /** Goroutines alive at once, main included. */
  maxGoroutines?: number;
  /** A test program's benchmarks to run (go test -bench REGEXP; default: none). */
  bench?: string;
  /** Each benchmark's time ('1s', the default) or iterations ('100x'). */
  benchtime?: string;
  /** B/op and allocs/op columns for every benchmark (go test -benchmem). */
  benchmem?: boolean;
  /** The tests and examples to run (go test -run REGEXP). */
  run?: string;
  /** Runs tests, examples and benchmarks this many times (go test -count). */
  count?: number;
  /** Run on a new engine instead of the shared one (which it then replaces). */
  freshEngine?: boolean;
  /** Directory with gort.cjs/gort.wasm (default: the package's build/wasm-nodelib). */
  buildDir?: string;
  /** Tests only: the engine fails at the program's first std call. */
  injectFault?: 'internal' | 'trap' | 'hang';
}

export interface RunResult {
  /** 0; 1 compile error; 2 panic or fatal error; os.Exit's code; 66 race; 124 limit; 130 stopped. */
  exitCode: number;
  stdout: string;
  stderr: string;
  events: OutputEvent[];
  /** Set when a limit ended the program (exitCode 124). */
  limit?: 'time' | 'memory' | 'output' | 'goroutines';
  /** Size of the engine's wasm memory after the run (the peak of every run on this engine). */
  wasmMemoryBytes: number;
}

export interface Diagnostic {
  line: number;
  col: number;
  msg: string;
}

/**
 * Compiles and runs `source` (package main). Never rejects for program errors: a compile error
 * is exitCode 1 with Go's message on stderr, a panic exitCode 2. Runs are serialized: a call
 * made while another run is going starts when it (and every call queued before it) has ended.
 * Rejects with a TypeError for malformed options.
 */
export function run(source: string, options?: RunOptions): Promise<RunResult>;

/** Counters for tests and benchmarks: engines (module instances) created and runs started. */
export function engineStats(): { enginesCreated: number; runsStarted: number };

/** Parses Go-style compile errors ("prog.go:3:5: message") from a run's stderr. */
export function parseDiagnostics(stderr: string, filename?: string): Diagnostic[];
