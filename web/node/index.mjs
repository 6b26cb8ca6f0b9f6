// web/node/index.mjs — gort's Node API: run a Go program in this process, on the wasm library
// build (build/wasm-nodelib/gort.cjs, MODULARIZE, pthreads: every M a worker thread).
//
//   import { run } from 'gort';            // or './web/node/index.mjs'
//   const r = await run(source, { gomaxprocs: 2, faketime: true, go: '1.21', seed: 1,
//                                 stdin: 'line\n', onOutput: (ev) => {}, signal });
//   r.exitCode; r.stdout; r.stderr; r.events   // events: {seq, time, goroutine, stream, text}
//
// Each run gets a fresh module instance (its own memory and worker pool), ended with
// PThread.terminateAllThreads() — without that the pool's workers keep Node alive.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultDir = path.resolve(here, '../../build/wasm-nodelib');
const require = createRequire(import.meta.url);
const wasmCache = new Map();  // dir -> wasm bytes (read once per process)

const CHUNK = 16 * 1024;  // stdin bytes per gort_stdin_write call (they pass on the wasm stack)

function toOptionsJson(o) {
  const opts = {};
  if (o.gomaxprocs != null) opts.gomaxprocs = Number(o.gomaxprocs);
  if (o.faketime != null) opts.faketime = Boolean(o.faketime);
  if (o.go != null) opts.go = String(o.go);
  if (o.seed != null) opts.seed = Number(o.seed);
  if (o.schedtrace != null) opts.schedtrace = Boolean(o.schedtrace);
  if (o.race != null) opts.race = Boolean(o.race);
  if (o.filename != null) opts.filename = String(o.filename);
  return JSON.stringify(opts);
}

/**
 * Compiles and runs `source`. Resolves when the program has ended (never rejects for program
 * errors: a compile error is exitCode 1 with Go's message on stderr, a panic exitCode 2).
 * @param {string} source Go source of package main
 * @param {object} [options]
 * @param {number} [options.gomaxprocs] Ps (default: number of CPUs)
 * @param {boolean} [options.faketime] playground time: jumps to the next timer when all Gs block
 * @param {'auto'|'1.21'|'1.22'} [options.go] loop-variable semantics: an explicit version overrides the file's //go:build line; default 'auto' (1.22 unless the file's build line asks for older)
 * @param {number} [options.seed] seeds map order, select choice and stealing (0 = random)
 * @param {boolean} [options.race] the data race detector (go run -race): reports on stderr,
 *        "Found N data race(s)" and exitCode 66
 * @param {string|Buffer|Uint8Array|import('node:stream').Readable} [options.stdin] default: empty
 * @param {(ev:{seq:number,time:number,goroutine:number,stream:'stdout'|'stderr',text:string})=>void} [options.onOutput]
 *        called for every output event, in order, as it happens
 * @param {AbortSignal} [options.signal] aborting stops the program (exitCode 130)
 * @param {string} [options.buildDir] directory with gort.cjs/gort.wasm (default build/wasm-nodelib)
 * @returns {Promise<{exitCode:number, stdout:string, stderr:string, events:object[],
 *   wasmMemoryBytes:number}>} wasmMemoryBytes: size of the wasm memory at the end of the run,
 *   which (wasm memory never shrinks) is the peak the run needed
 */
export async function run(source, options = {}) {
  const dir = path.resolve(options.buildDir || process.env.GORT_NODELIB || defaultDir);
  if (!wasmCache.has(dir)) wasmCache.set(dir, readFileSync(path.join(dir, 'gort.wasm')));
  const createGort = require(path.join(dir, 'gort.cjs'));

  const events = [];
  let stdout = '';
  let stderr = '';
  let finish;
  const exited = new Promise((resolve) => { finish = resolve; });
  const m = await createGort({
    wasmBinary: wasmCache.get(dir),
    locateFile: (p) => path.join(dir, p),
    gortOutput(seq, time, goroutine, stream, text) {
      const ev = { seq, time, goroutine, stream: stream === 2 ? 'stderr' : 'stdout', text };
      if (stream === 2) stderr += text; else stdout += text;
      events.push(ev);
      if (options.onOutput) options.onOutput(ev);
    },
    gortExit: (code) => finish(code),
    print: (line) => { stdout += line + '\n'; },
    printErr: (line) => { stderr += line + '\n'; },
  });

  const writeStdin = (bytes) => {
    for (let off = 0; off < bytes.length; off += CHUNK) {
      const part = bytes.subarray(off, Math.min(off + CHUNK, bytes.length));
      m.ccall('gort_stdin_write', null, ['array', 'number'], [part, part.length]);
    }
  };
  const onAbort = () => m._gort_stop();
  let stdinStream = null;
  const onData = (chunk) => writeStdin(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const onEnd = () => m._gort_stdin_close();

  try {
    const rc = m.ccall('gort_start', 'number', ['string', 'string'], [source, toOptionsJson(options)]);
    if (rc === -1) throw new Error('gort: a run is already in progress in this module');
    const stdin = options.stdin;
    if (stdin == null) {
      m._gort_stdin_close();
    } else if (typeof stdin === 'string' || stdin instanceof Uint8Array) {
      writeStdin(typeof stdin === 'string' ? Buffer.from(stdin) : stdin);
      m._gort_stdin_close();
    } else if (typeof stdin.on === 'function') {
      stdinStream = stdin;
      stdin.on('data', onData);
      stdin.on('end', onEnd);
      stdin.on('error', onEnd);
    } else {
      throw new TypeError('gort: options.stdin must be a string, Buffer, Uint8Array or Readable');
    }
    if (options.signal) {
      if (options.signal.aborted) onAbort();
      else options.signal.addEventListener('abort', onAbort, { once: true });
    }
    const exitCode = await exited;
    return { exitCode, stdout, stderr, events, wasmMemoryBytes: m._gort_memory_bytes() };
  } finally {
    if (options.signal) options.signal.removeEventListener('abort', onAbort);
    if (stdinStream) {
      stdinStream.off('data', onData);
      stdinStream.off('end', onEnd);
      stdinStream.off('error', onEnd);
    }
    m.PThread.terminateAllThreads();
  }
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
