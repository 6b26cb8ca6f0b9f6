// web/node/index.mjs — gort's Node API: run a Go program in this process, on the wasm library
// build (build/wasm-nodelib/gort.cjs, MODULARIZE, pthreads: every M a worker thread).
//
//   import { run } from 'gort';            // or './web/node/index.mjs'
//   const r = await run(source, { gomaxprocs: 2, faketime: true, go: '1.21', seed: 1,
//                                 stdin: 'line\n', onOutput: (ev) => {}, signal,
//                                 timeLimit: '5s', memoryLimit: '64MiB' });
//   r.exitCode; r.stdout; r.stderr; r.events   // events: {seq, time, goroutine, stream, text}
//
// One engine (module instance: its wasm memory and its pool of worker threads) per build
// directory serves every run() of the process, one run at a time: calls made while a run is
// going wait in a queue (FIFO). Loading an instance costs ~100 ms and tens of MB, so a fresh
// one per run made 10 runs/s and a process that grew with every run. Nothing of a run
// survives it: the engine frees every run's heap, goroutines, timers and globals (engine.cpp /
// rt::run_main) and the stdin ring is reset. The engine is replaced by a fresh one when it can
// no longer be trusted: a trap or abort inside it, a run that does not end after a stop or its
// time limit, threads left behind by out-of-memory runs, or a wasm memory grown past
// RECYCLE_BYTES (wasm memory never shrinks: dropping the instance gives it back). Idle, the
// engine's workers are unref'd, so it never keeps the process alive.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultDir = path.resolve(here, '../../build/wasm-nodelib');
const require = createRequire(import.meta.url);

const CHUNK = 16 * 1024;  // stdin bytes per gort_stdin_write call (they pass on the wasm stack)
// A stop (AbortSignal) or a time limit normally ends the run within milliseconds; if it has
// not ended this long after, the engine is stuck and is replaced.
// (GORT_STUCK_MS overrides it: tests.)
const stuckMs = () => Number(process.env.GORT_STUCK_MS) || 5000;
// An engine whose wasm memory grew past this is replaced after its run (keeping 2 GiB for
// the rest of the process after one greedy program is worse than ~100 ms of reload).
const RECYCLE_BYTES = 512 * 1024 * 1024;
// Out-of-memory runs leave their thread parked for good (rt::abandon_current_m); past this
// many the engine is replaced rather than growing its worker pool.
const MAX_ABANDONED_THREADS = 2;
const LIMIT_NAMES = [undefined, 'time', 'memory', 'output', 'goroutines'];

function toOptionsJson(o) {
  const opts = {};
  if (o.gomaxprocs != null) opts.gomaxprocs = Number(o.gomaxprocs);
  if (o.faketime != null) opts.faketime = Boolean(o.faketime);
  if (o.go != null) opts.go = String(o.go);
  if (o.seed != null) opts.seed = Number(o.seed);
  if (o.schedtrace != null) opts.schedtrace = Boolean(o.schedtrace);
  // Scheduler events (engine/host/README.md, "Scheduler events"): asked for by `sched: true`
  // or an onSched callback; the trace file (Chrome trace JSON) by `trace: true`.
  if (o.sched || typeof o.onSched === 'function') opts.sched = true;
  if (o.trace) opts.trace = true;
  // The wait-for graph of a deadlock (result.waitGraph): on unless waitGraph: false; its text
  // after Go's report on stderr only with explainDeadlock: true (Go's output stays Go's).
  opts.waitGraph = o.waitGraph !== false;
  if (o.explainDeadlock != null) opts.explainDeadlock = Boolean(o.explainDeadlock);
  if (o.race != null) opts.race = Boolean(o.race);
  if (o.filename != null) opts.filename = String(o.filename);
  if (o.args != null) opts.args = Array.from(o.args, String);  // os.Args[1:]
  // files: { 'data.txt': 'text' | Uint8Array } → base64 bytes (options_json.cpp decodes them)
  if (o.files != null) {
    opts.files = Object.fromEntries(Object.entries(o.files).map(
      ([name, data]) => [name, Buffer.from(typeof data === 'string' ? data : data).toString('base64')]));
  }
  // Limits: numbers (ms, bytes, goroutines) or strings as the CLI takes them ('5s', '64MiB').
  for (const k of ['timeLimit', 'memoryLimit', 'outputLimit', 'maxGoroutines']) {
    if (o[k] == null) continue;
    if (typeof o[k] !== 'number' && typeof o[k] !== 'string') throw new TypeError(`gort: options.${k} must be a number or a string`);
    opts[k] = o[k];
  }
  // A test program's go test flags (the CLI's --bench ...): they reach package testing as
  // os.Args (-test.bench=...). bench/run: regexps; benchtime: '1s' or '100x'; count: a number.
  for (const k of ['bench', 'benchtime', 'run']) if (o[k] != null) opts[k] = String(o[k]);
  if (o.count != null) opts.count = Number(o.count);
  if (o.benchmem != null) opts.benchmem = Boolean(o.benchmem);
  // Tests only: the engine fails at the program's first std call ('internal', 'trap', or
  // 'hang': spins without ever polling for a stop) — RunOptions::inject_fault.
  if (o.injectFault) opts.injectFault = String(o.injectFault);
  return JSON.stringify(opts);
}

/** The time limit in ms (for the stuck-run watchdog), or 0. */
function limitMs(t) {
  if (typeof t === 'number') return t > 0 ? t : 0;
  if (typeof t !== 'string') return 0;
  let ms = 0;
  const units = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 3.6e6 };
  if (/^[0-9.]+$/.test(t)) return Number(t) * 1e3;
  for (const [, n, u] of t.matchAll(/([0-9.]+)(ns|us|µs|ms|s|m|h)/g)) ms += Number(n) * units[u];
  return ms;
}

let enginesCreated = 0;
let runsStarted = 0;

/** One module instance and the run it is serving (if any). */
class Engine {
  static async create(dir, wasmBinary) {
    const e = new Engine();
    enginesCreated++;
    const createGort = require(path.join(dir, 'gort.cjs'));
    e.m = await createGort({
      wasmBinary,
      locateFile: (p) => path.join(dir, p),
      gortOutput: (...a) => e.current?.output(...a),
      gortExit: (code) => e.current?.exit(code),
      gortSched: (events) => e.current?.sched(events),
      gortWaitGraph: (graph) => e.current?.waitGraph(graph),
      gortTrace: (json) => e.current?.trace(json),
      print: (line) => e.current?.print('stdout', line),
      printErr: (line) => e.current?.print('stderr', line),
      onAbort: (what) => e.fail(`abort(${what})`),
    });
    // A trap in a worker would reach Emscripten's worker.onerror, which rethrows it on the
    // main thread: an uncaught exception in the caller's process. Take it instead, for the
    // pool's workers and for any started later.
    const P = e.m.PThread;
    const own = (w) => { w.onerror = (err) => e.fail(String(err?.message ?? err)); };
    const load = P.loadWasmModuleToWorker;
    P.loadWasmModuleToWorker = function (w, ...rest) {
      const r = load.call(this, w, ...rest);
      own(w);
      return r;
    };
    for (const w of [...P.unusedWorkers, ...P.runningWorkers]) own(w);
    e.idle();
    return e;
  }

  constructor() {
    this.m = null;
    this.current = null;  // the run being served: {output, exit, print, fail}
    this.dead = false;
  }

  workers() { return [...this.m.PThread.unusedWorkers, ...this.m.PThread.runningWorkers]; }
  // Between runs no worker keeps Node's event loop alive; during a run, run() holds a timer.
  idle() { for (const w of this.workers()) w.unref?.(); }

  /** The engine can no longer be trusted: end the current run and never use it again. */
  fail(why) {
    if (this.dead) return;
    this.dead = true;
    const cur = this.current;
    this.destroy();
    cur?.fail(why);
  }

  destroy() {
    this.dead = true;
    try { this.m.PThread.terminateAllThreads(); } catch { /* already torn down */ }
  }
}

const slots = new Map();  // dir -> {wasm, engine: Engine|null, tail: Promise}

function slotFor(dir) {
  let s = slots.get(dir);
  if (!s) {
    s = { wasm: readFileSync(path.join(dir, 'gort.wasm')), engine: null, tail: Promise.resolve() };
    slots.set(dir, s);
  }
  return s;
}

async function engineFor(slot, dir, fresh) {
  if (fresh && slot.engine && !slot.engine.dead) slot.engine.destroy();
  if (!slot.engine || slot.engine.dead) slot.engine = await Engine.create(dir, slot.wasm);
  return slot.engine;
}

/**
 * Compiles and runs `source`. Resolves when the program has ended (never rejects for program
 * errors: a compile error is exitCode 1 with Go's message on stderr, a panic exitCode 2).
 * Runs are serialized per build directory: a call made while another run is going starts
 * when it (and every call queued before it) has ended.
 * @param {string} source Go source of package main
 * @param {object} [options]
 * @param {number} [options.gomaxprocs] Ps (default: number of CPUs)
 * @param {boolean} [options.faketime] playground time: jumps to the next timer when all Gs block
 * @param {'auto'|'1.21'|'1.22'|'1.23'|'1.24'} [options.go] language version (loop variables, range over func, generic aliases): an explicit version overrides the file's //go:build line; default 'auto' (1.24 unless the file's build line asks for older)
 * @param {number} [options.seed] seeds map order, select choice and stealing (0 = random)
 * @param {boolean} [options.race] the data race detector (go run -race): reports on stderr,
 *        "Found N data race(s)" and exitCode 66
 * @param {string|Buffer|Uint8Array|import('node:stream').Readable} [options.stdin] default: empty
 * @param {string[]} [options.args] the program's arguments, os.Args[1:] (os.Args[0] is "/tmp/prog")
 * @param {Object<string, string|Uint8Array>} [options.files] files in the program's private
 *   in-memory file system (relative names are under its working directory /home/user)
 * @param {(ev:{seq:number,time:number,goroutine:number,stream:'stdout'|'stderr',text:string})=>void} [options.onOutput]
 *        called for every output event, in order, as it happens
 * @param {AbortSignal} [options.signal] aborting stops the program (exitCode 130)
 * @param {number|string} [options.timeLimit] wall time: ms, or a duration such as '5s'
 * @param {number|string} [options.memoryLimit] Go heap: bytes, or a size such as '64MiB'
 * @param {number|string} [options.outputLimit] stdout + stderr bytes, or a size such as '1MiB'
 * @param {number} [options.maxGoroutines] goroutines alive at once, main included
 * @param {string} [options.bench] a test program's benchmarks to run (go test -bench REGEXP);
 *        with options.benchtime ('1s', '100x'), options.benchmem, options.count, options.run
 *        Exceeding a limit ends the program with exitCode 124, result.limit set ('time',
 *        'memory', 'output', 'goroutines') and a last stderr line such as
 *        "gort: program exceeded the 5s time limit".
 * @param {boolean} [options.sched] record scheduler events: result.sched is every event, in
 *        time order ({t, kind, g, p, m, arg, q, reason, line, ...}; engine/host/README.md)
 * @param {(events:object[])=>void} [options.onSched] called with each batch of scheduler events
 *        as the run goes (turns recording on)
 * @param {boolean} [options.trace] result.trace: the run as a Chrome trace (the JSON object
 *        Perfetto and chrome://tracing open; write it with JSON.stringify)
 * @param {boolean} [options.waitGraph] default true: result.waitGraph is the wait-for graph of a
 *        deadlocked program (or of one stopped while all its goroutines were blocked):
 *        {goroutines:[{g, reason, line, fn, waitsOn}], objects:[{id, kind, label, line, wakers}]}
 * @param {boolean} [options.explainDeadlock] also print that graph as text on stderr, after
 *        Go's deadlock report ("gort: wait-for graph:"), as the CLI's --explain-deadlock
 * @param {boolean} [options.freshEngine] run on a new engine instead of the shared one (which
 *        it then replaces): its wasmMemoryBytes then measures this run alone (~100 ms more)
 * @param {string} [options.buildDir] directory with gort.cjs/gort.wasm (default build/wasm-nodelib)
 * @returns {Promise<{exitCode:number, stdout:string, stderr:string, events:object[],
 *   limit?:string, wasmMemoryBytes:number}>} wasmMemoryBytes: size of the engine's wasm memory
 *   after the run, which (wasm memory never shrinks) is the peak of every run on this engine
 */
export function run(source, options = {}) {
  const dir = path.resolve(options.buildDir || process.env.GORT_NODELIB || defaultDir);
  const slot = slotFor(dir);
  const result = slot.tail.then(() => runOn(slot, dir, source, options));
  slot.tail = result.catch(() => {});  // a rejected run (bad options) does not stop the queue
  return result;
}

async function runOn(slot, dir, source, options) {
  const json = toOptionsJson(options);
  const stdin = options.stdin;
  if (stdin != null && typeof stdin !== 'string' && !(stdin instanceof Uint8Array) && typeof stdin.on !== 'function')
    throw new TypeError('gort: options.stdin must be a string, Buffer, Uint8Array or Readable');
  const e = await engineFor(slot, dir, options.freshEngine);
  const m = e.m;
  runsStarted++;

  const events = [];
  const sched = options.sched ? [] : null;
  let waitGraph = null;
  let traceJson = null;
  let stdout = '';
  let stderr = '';
  let finish;
  const exited = new Promise((resolve) => { finish = resolve; });
  e.current = {
    output(seq, time, goroutine, stream, text) {
      const ev = { seq, time, goroutine, stream: stream === 2 ? 'stderr' : 'stdout', text };
      if (stream === 2) stderr += text; else stdout += text;
      events.push(ev);
      if (options.onOutput) options.onOutput(ev);
    },
    sched(batch) {
      if (sched) for (const ev of batch) sched.push(ev);
      if (typeof options.onSched === 'function') options.onSched(batch);
    },
    waitGraph(g) { waitGraph = g; },
    trace(json) { traceJson = json; },
    exit: (code) => finish({ code }),
    print(stream, line) { if (stream === 'stderr') stderr += line + '\n'; else stdout += line + '\n'; },
    fail: (why) => finish({ code: 2, failed: why }),
  };

  const writeStdin = (bytes) => {
    for (let off = 0; off < bytes.length; off += CHUNK) {
      const part = bytes.subarray(off, Math.min(off + CHUNK, bytes.length));
      m.ccall('gort_stdin_write', null, ['array', 'number'], [part, part.length]);
    }
  };
  const timers = [];
  // The engine did not end the run long after it should have: replace it (the run ends with
  // the status it would have had).
  const watchdog = (ms, code, message, limit) => {
    timers.push(setTimeout(() => {
      if (e.dead) return;
      finish({ code, message, limit });  // first: the run ends with this, not with fail's
      e.fail(null);
    }, ms));
  };
  const onAbort = () => {
    if (e.dead || e.current === null) return;
    m._gort_stop();
    watchdog(stuckMs(), 130, 'gort: the program did not stop; its engine was replaced\n');
  };
  let stdinStream = null;
  const onData = (chunk) => { if (!e.dead) writeStdin(typeof chunk === 'string' ? Buffer.from(chunk) : chunk); };
  const onEnd = () => { if (!e.dead) m._gort_stdin_close(); };
  // Workers are unref'd while idle; this keeps the process alive while the program runs.
  const keepAlive = setInterval(() => {}, 1 << 30);

  try {
    for (const w of e.workers()) w.ref?.();
    const rc = m.ccall('gort_start', 'number', ['string', 'string'], [source, json]);
    if (rc === -1) {
      e.fail(null);  // a run still going that we do not know of: never use this engine again
      throw new Error('gort: the engine was still busy with another run');
    }
    if (stdin == null) {
      m._gort_stdin_close();
    } else if (typeof stdin === 'string' || stdin instanceof Uint8Array) {
      writeStdin(typeof stdin === 'string' ? Buffer.from(stdin) : stdin);
      m._gort_stdin_close();
    } else {
      stdinStream = stdin;
      stdin.on('data', onData);
      stdin.on('end', onEnd);
      stdin.on('error', onEnd);
    }
    if (options.signal) {
      if (options.signal.aborted) onAbort();
      else options.signal.addEventListener('abort', onAbort, { once: true });
    }
    const tl = limitMs(options.timeLimit);
    if (tl > 0) {
      watchdog(tl + stuckMs(), 124, `gort: program exceeded the ${typeof options.timeLimit === 'number' ? `${options.timeLimit}ms` : options.timeLimit} time limit\n`, 'time');
    }
    const end = await exited;
    if (end.failed !== undefined && end.failed !== null) {
      stderr += `gort: the engine failed (${end.failed}); a fresh one will run the next program\n`;
    }
    if (end.message) stderr += end.message;
    const r = { exitCode: end.code, stdout, stderr, events, wasmMemoryBytes: 0 };
    if (sched) r.sched = sched;
    if (waitGraph) r.waitGraph = waitGraph;
    if (options.trace) r.trace = traceJson ? JSON.parse(traceJson) : null;
    if (!e.dead) {
      r.wasmMemoryBytes = m._gort_memory_bytes();
      const limit = end.code === 124 ? LIMIT_NAMES[m._gort_limit()] : undefined;
      if (limit) r.limit = limit;
      if (r.wasmMemoryBytes > RECYCLE_BYTES || m._gort_abandoned_threads() > MAX_ABANDONED_THREADS) e.destroy();
    } else if (end.limit) {
      r.limit = end.limit;
    }
    return r;
  } finally {
    clearInterval(keepAlive);
    for (const t of timers) clearTimeout(t);
    if (options.signal) options.signal.removeEventListener('abort', onAbort);
    if (stdinStream) {
      stdinStream.off('data', onData);
      stdinStream.off('end', onEnd);
      stdinStream.off('error', onEnd);
    }
    e.current = null;
    if (!e.dead) e.idle();
    if (slot.engine === e && e.dead) slot.engine = null;
  }
}

/** Counters for tests and benchmarks: engines (module instances) created and runs started. */
export function engineStats() {
  return { enginesCreated, runsStarted };
}

/**
 * Parses Go-style compile errors ("prog.go:3:5: message") from a run's stderr into
 * [{line, col, msg}] — what an editor needs for markers.
 */
export function parseDiagnostics(stderr, filename = 'prog.go') {
  const out = [];
  const esc = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^(?:\\./)?${esc}:(\\d+):(\\d+): (.*)$`);
  for (const line of stderr.split('\n')) {
    const mm = re.exec(line);
    if (mm) out.push({ line: Number(mm[1]), col: Number(mm[2]), msg: mm[3] });
  }
  return out;
}
