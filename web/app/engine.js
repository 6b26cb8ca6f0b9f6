// web/app/engine.js — the page's one handle on the gort engine (HOST's Emscripten module, see
// engine/host/README.md). Owns: picking the build (pthreads when the page is cross-origin isolated,
// else the single-threaded one), creating the module ahead of time so Run starts at once, one run
// at a time, stdin, and Stop with a fallback: if the engine has not reported its exit within a
// grace period, the module is torn down (its pthread Workers terminated) and a fresh one made, so a
// run that ignores the stop request can never wedge the page. Nothing here blocks the main thread.

const STOP_GRACE_MS = 400;
// Run once, silently, as soon as a module is ready: V8 compiles the engine's functions when they
// are first called, so the first program of a module ran several times slower than the second
// (bench/page_timing.mjs: first output 333 ms vs 120 ms after Run at load ~12). This program
// touches the compiler, fmt, a goroutine and a channel and prints nothing.
const WARM_UP = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tc := make(chan string)\n\tgo func() { c <- fmt.Sprint("warm", 1, 2.5) }()\n\t_ = <-c\n}\n';
const RECYCLE_BYTES = 1024 * 1024 * 1024;   // see recycleIfWorn
const MAX_ABANDONED_THREADS = 2;

import { engineKind, createEngineModule, takeEarlyModule } from './engine-module.js';

export class Engine {
  /**
   * @param {{onOutput(ev), onExit(code, how), onState(state), onSched?(events), onWaitGraph?(graph)}} cb
   * onSched: batches of scheduler events when the run's options have `sched: true` (the
   * event contract: engine/host/README.md, "Scheduler events"); onWaitGraph: the wait-for graph
   * of a deadlocked (or stopped, all-blocked) program.
   */
  constructor(cb) {
    this.cb = cb;
    this.kind = engineKind();
    this.module = null;       // the ready Emscripten module, or null while (re)creating
    this.ready = null;        // Promise of the module being made
    this.running = false;
    this.stopTimer = 0;
    this.teardowns = 0;
    this.checkBroken = false; // set when gort_check threw: then markers come only from Run
  }

  /** Makes the module (and, for wasm-pt, its pthread pool) now, so Run does not wait for it. */
  prepare() {
    if (this.ready) return this.ready;
    performance.mark('gort:prepare');   // bench/page_timing.mjs splits start-up at these marks
    if (this.kind === 'wasm-st') return this.prepareWorker();
    let m = null;   // this module instance: events from a torn-down one are ignored
    const wire = (sink) => {
      sink.output = (seq, timeMs, goroutine, stream, text) => {
        if (m === this.module && this.running) this.cb.onOutput({ seq, timeMs, goroutine, stream, text });
      };
      sink.exit = (code) => {
        if (m !== this.module) return;
        if (this.warming && !this.running) { this.warmDone(); return; }
        this.finish(code, 'exit');
        this.recycleIfWorn(m);
      };
      sink.sched = (events) => { if (m === this.module && this.running) this.cb.onSched?.(events); };
      sink.waitGraph = (graph) => { if (m === this.module && this.running) this.cb.onWaitGraph?.(graph); };
      // Emscripten's report of a trap or abort inside one of the engine's Workers.
      sink.printErr = (t) => { if (m === this.module && /worker sent an error|RuntimeError|Aborted\(/.test(t)) this.crashed(t); };
      sink.abort = (what) => { if (m === this.module) this.crashed(String(what)); };
    };
    const make = () => { const made = createEngineModule(); wire(made.sink); return made.promise; };
    // The module boot.js started while the page loaded (a fresh one if that failed), else a new one.
    const early = takeEarlyModule();
    let made;
    if (early) { wire(early.sink); made = early.promise.catch(make); } else made = make();
    this.ready = made.then((mod) => {
      m = mod; this.module = mod; performance.mark('gort:ready');
      this.warmUp(mod);
      this.cb.onState('ready');
      return mod;
    });
    this.ready.catch((e) => { this.ready = null; this.cb.onState('error', e); });
    return this.ready;
  }

  /** Starts the silent warm-up run; a Run pressed meanwhile waits for its end (start()). */
  warmUp(mod) {
    let resolve;
    this.warming = new Promise((r) => { resolve = r; });
    const timer = setTimeout(() => this.warmDone(), 10000);   // never let a stuck warm-up hold Run
    this.warmDone = () => { clearTimeout(timer); this.warming = null; performance.mark('gort:warm'); resolve(); };
    let rc = -1;
    try { rc = mod.ccall('gort_start', 'number', ['string', 'string'], [WARM_UP, '{}']); } catch (e) { console.warn('warm-up', e); }
    if (rc === -1) this.warmDone();
  }

  /** wasm-st: the module lives in a Worker (st-worker.js) so a running program cannot freeze the page. */
  prepareWorker() {
    const w = new Worker(new URL('./st-worker.js', import.meta.url), { type: 'module' });
    this.worker = w;
    this.ready = new Promise((resolve, reject) => {
      w.onmessage = ({ data }) => {
        if (w !== this.worker) return;
        if (data.type === 'ready') { this.module = null; resolve(w); this.cb.onState('ready'); }
        else if (data.type === 'error') reject(new Error(data.message));
        else if (data.type === 'output' && this.running) this.cb.onOutput(data.ev);
        else if (data.type === 'sched' && this.running) this.cb.onSched?.(data.events);
        else if (data.type === 'waitgraph' && this.running) this.cb.onWaitGraph?.(data.graph);
        else if (data.type === 'exit') this.finish(data.code, 'exit');
        else if (data.type === 'crash') this.crashed(data.message);
        else if (data.type === 'formatted') { this.formatWaiters?.get(data.id)?.(data.result); this.formatWaiters?.delete(data.id); }
      };
      w.onerror = (e) => reject(new Error(e.message || 'worker failed'));
    });
    this.ready.catch((e) => { this.ready = null; this.cb.onState('error', e); });
    return this.ready;
  }

  get hasCheck() { return !!(this.module && typeof this.module._gort_check === 'function') && !this.checkBroken; }

  /** Returns [{line, col, msg}] without running, or null when the build has no check export. */
  check(source, options) {
    if (!this.hasCheck) return null;
    try {
      return JSON.parse(this.module.ccall('gort_check', 'string', ['string', 'string'], [source, JSON.stringify(options)]));
    } catch (e) {
      // A check that throws once will throw again on every keystroke: stop asking; Run still reports.
      console.warn('gort_check failed; markers now come from Run only', e);
      this.checkBroken = true;
      return null;
    }
  }

  /** go vet: [{line, col, msg, analyzer}] ([] when the file does not compile), or null when the
   *  build has no vet export. */
  vet(source, options) {
    if (!this.module || typeof this.module._gort_vet !== 'function' || this.vetBroken) return null;
    try {
      return JSON.parse(this.module.ccall('gort_vet', 'string', ['string', 'string'], [source, JSON.stringify(options)]));
    } catch (e) {
      console.warn('gort_vet failed; no vet findings from now on', e);
      this.vetBroken = true;
      return null;
    }
  }

  /**
   * gofmt (and, with {fixImports: true}, goimports for std packages) by the engine:
   * {ok: true, text} or {ok: false, errors} ("prog.go:L:C: msg" lines); {ok: false, unavailable: true}
   * when this build has no gort_format. wasm-st answers from its Worker (after a running program).
   */
  async format(source, options = {}) {
    const mod = await this.prepare().catch(() => null);
    if (!mod) return { ok: false, unavailable: true };
    if (this.kind === 'wasm-st') {
      const id = (this.formatSeq = (this.formatSeq || 0) + 1);
      return new Promise((resolve) => {
        this.formatWaiters = this.formatWaiters || new Map();
        this.formatWaiters.set(id, resolve);
        mod.postMessage({ type: 'format', id, source, options });
      });
    }
    if (typeof mod._gort_format !== 'function') return { ok: false, unavailable: true };
    try {
      return JSON.parse(mod.ccall('gort_format', 'string', ['string', 'string'], [source, JSON.stringify(options)]));
    } catch (e) {
      console.warn('gort_format failed', e);
      return { ok: false, unavailable: true };
    }
  }

  /**
   * Starts a run. `stdin` (a string, optional) is the run's whole input, followed by EOF — what
   * an embedded element with a fixed input needs, and the same on both builds; without it the
   * pthreads build takes typed input through stdinWrite/stdinClose.
   */
  async start(source, options, stdin = null) {
    if (this.running) return false;
    let mod = await this.prepare();
    while (this.warming) { await this.warming; mod = await this.prepare(); }
    if (this.running) return false;   // another caller started while this one awaited the module
    this.running = true;
    if (this.kind === 'wasm-st') { mod.postMessage({ type: 'start', source, options: { waitGraph: true, ...options }, stdin: stdin || '' }); return true; }
    // The page always wants the wait-for graph of a deadlock (cb.onWaitGraph).
    const json = JSON.stringify({ waitGraph: true, ...options });
    const rc = mod.ccall('gort_start', 'number', ['string', 'string'], [source, json]);
    if (rc === -1) { this.running = false; return false; }   // a run is still going in this module
    if (stdin !== null) { this.stdinWrite(stdin); this.stdinClose(); }
    return true;
  }

  stdinWrite(text) {
    if (this.kind === 'wasm-st') return;   // no threads: input cannot reach a running program
    if (!this.running || !this.module) return;
    const bytes = new TextEncoder().encode(text);
    this.module.ccall('gort_stdin_write', null, ['array', 'number'], [bytes, bytes.length]);
  }

  stdinClose() { if (this.running && this.module && this.kind !== 'wasm-st') this.module._gort_stdin_close(); }

  stop() {
    if (!this.running || this.stopTimer) return;
    if (this.kind === 'wasm-st') { this.teardown(); return; }   // the Worker is busy: end it now
    this.module._gort_stop();
    this.stopTimer = setTimeout(() => { this.stopTimer = 0; if (this.running) this.teardown(); }, STOP_GRACE_MS);
  }

  /** The engine did not stop in time: drop the module and its Workers, then make a fresh one. */
  teardown() {
    this.dropModule();
    this.finish(130, 'killed');
    this.prepare();
  }

  /**
   * After a run that left the module worn — wasm memory grown past RECYCLE_BYTES (it never
   * shrinks) or threads abandoned by an out-of-memory run — the module is replaced by a fresh one
   * (as the Node API does), so the next program runs as on a new page.
   */
  recycleIfWorn(m) {
    let worn = false;
    try { worn = m._gort_memory_bytes() > RECYCLE_BYTES || m._gort_abandoned_threads() > MAX_ABANDONED_THREADS; } catch { worn = false; }
    if (!worn) return;
    // Called from the module's own exit callback: drop it now (a Run pressed at once gets the
    // new one), make the next one afterwards.
    if (this.module !== m || this.running) return;
    this.dropModule();
    setTimeout(() => this.prepare(), 0);
  }

  /** Forgets the current module (or Worker) and terminates its threads; prepare() makes the next. */
  dropModule() {
    const old = this.module;
    if (this.warming) this.warmDone();
    this.module = null;
    this.ready = null;
    this.teardowns++;
    try { old?.PThread?.terminateAllThreads(); } catch (e) { console.warn('terminateAllThreads', e); }
    if (this.worker) { this.worker.terminate(); this.worker = null; }
    // Format requests the dropped Worker will never answer.
    for (const resolve of this.formatWaiters?.values() || []) resolve({ ok: false, unavailable: true });
    this.formatWaiters?.clear();
  }

  /**
   * The engine itself failed (a wasm trap or abort — a bug in gort, never the Go program's
   * fault): the run ends as a Go fatal error would, with status 2, and a fresh module replaces
   * the broken one so the next Run starts as on a new page.
   */
  crashed(what) {
    // Called from inside the broken module's own callbacks: make the next one afterwards.
    this.dropModule();
    setTimeout(() => this.prepare(), 0);
    if (!this.running) return;
    const msg = String(what).replace(/^worker sent an error! /, '').replace(/\s+$/, '');
    this.cb.onOutput({ seq: -1, timeMs: 0, goroutine: 0, stream: 2, text: `fatal error: gort internal error: ${msg}\n` });
    this.finish(2, 'crashed');
  }

  finish(code, how) {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.stopTimer);
    this.stopTimer = 0;
    this.cb.onExit(code, how);
  }
}
