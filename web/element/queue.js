// web/element/queue.js — the one engine every <gort-playground> on a page shares, and its queue.
// The engine (web/app/engine.js, the only way to the wasm) runs one program at a time, so a
// second element's Run waits in line ("queued") until the running one exits or is stopped;
// each run's output and exit go only to the element that asked for it. The engine (wasm-pt
// with its pthread Workers when the page is cross-origin isolated, else wasm-st in one Worker)
// is created on the first warm() — when an element scrolls into view — or on the first run.

import { Engine } from '../app/engine.js';

let engine = null;
let current = null;      // the job whose program the engine is running (or about to)
const waiting = [];      // jobs in line behind it, oldest first

/** Which build runs programs on this page: 'wasm-pt' (threads) or 'wasm-st' (one thread). */
export const engineKind = () => (self.crossOriginIsolated ? 'wasm-pt' : 'wasm-st');

function theEngine() {
  if (engine) return engine;
  engine = new Engine({
    onOutput(ev) { current?.onOutput(ev); },
    onExit(code, how) { finish(code, how); },
    onState(state, err) {
      // A module that fails to load fails the run waiting for it; the next run tries again.
      if (state === 'error' && current) { current.failed = String(err?.message || err); }
    },
  });
  return engine;
}

/** Loads the engine ahead of the first Run (called when an element first becomes visible). */
export function warm() {
  theEngine().prepare()?.catch(() => { /* reported to the run that needs it */ });
}

/**
 * Puts a run in line. job: {source, options, stdin, onStart(), onOutput(ev), onExit(code, how)};
 * stdin: the whole input (then EOF), or null for input typed while it runs (sendStdin).
 * Returns the job; cancel it with stop(job). onStart is called when it leaves the queue.
 */
export function enqueue(job) {
  job.state = 'queued';
  waiting.push(job);
  pump();
  return job;
}

/** Stops a job: a queued one leaves the line (exit 130, 'cancelled'); a running one is stopped. */
export function stop(job) {
  const i = waiting.indexOf(job);
  if (i >= 0) {
    waiting.splice(i, 1);
    job.state = 'done';
    job.onExit(130, 'cancelled');
    return;
  }
  if (job !== current) return;
  job.stopRequested = true;
  if (engine?.running) engine.stop();   // else start() is still awaiting the module: see pump()
}

export const queueLength = () => waiting.length;

/** Feeds typed input to a running job started with stdin null (ignored once it has ended). */
export function sendStdin(job, text) {
  if (job === current && engine?.running) engine.stdinWrite(text);
}

/** Ends a running job's typed input (EOF, what Ctrl+D gives a terminal). */
export function closeStdin(job) {
  if (job === current && engine?.running) engine.stdinClose();
}

async function pump() {
  if (current || !waiting.length) return;
  const job = current = waiting.shift();
  job.state = 'running';
  job.onStart();
  const e = theEngine();
  let ok = false;
  let error = null;
  try {
    // stdin null: typed input (sendStdin/closeStdin) on the threads build; a string: the whole input.
    ok = await e.start(job.source, job.options, job.stdin === undefined ? '' : job.stdin);
  } catch (err) { error = err; }
  if (current !== job) return;
  if (!ok) {
    const why = job.failed || String(error?.message || error || 'the engine is busy');
    job.onOutput({ seq: -1, timeMs: 0, goroutine: 0, stream: 2, text: `gort: could not start the program: ${why}\n` });
    finish(-1, 'failed');
    return;
  }
  if (job.stopRequested) e.stop();   // Stop pressed while the module was still loading
}

function finish(code, how) {
  const job = current;
  if (!job) return;
  current = null;
  job.state = 'done';
  job.onExit(code, how);
  // The next run starts after the exit has been delivered (and any handler of it has run).
  setTimeout(pump, 0);
}
