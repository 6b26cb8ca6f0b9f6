// web/app/engine-module.js — makes one Emscripten module of the engine (the pthreads build) with
// its callbacks routed through a `sink` object that the owner fills in later. This lets the page
// start the engine (fetch, compile, instantiate, its pool of Workers) from boot.js before the
// editor's multi-megabyte bundle has even been parsed; engine.js then adopts that module.

/** The build this page can run: pthreads when cross-origin isolated, else the single-threaded one. */
export const engineKind = () => (self.crossOriginIsolated ? 'wasm-pt' : 'wasm-st');

/**
 * Starts making a wasm-pt module (with `createGort`, gort.mjs's factory, when the caller has it;
 * else gort.mjs is imported by URL). Returns {sink, promise}: the promise resolves to the module;
 * each engine callback calls the sink's function of the same role if it is set by then
 * (output, exit, sched, waitGraph, printErr, abort).
 */
export function createEngineModule(createGort = null) {
  const sink = {};
  const make = (factory) => factory({
    gortOutput: (...a) => sink.output?.(...a),
    gortExit: (code) => sink.exit?.(code),
    gortSched: (events) => sink.sched?.(events),
    gortWaitGraph: (graph) => sink.waitGraph?.(graph),
    print: (t) => console.log(`[gort] ${t}`),
    printErr: (t) => { console.warn(`[gort] ${t}`); sink.printErr?.(t); },
    onAbort: (what) => sink.abort?.(what),
  });
  // With the factory at hand (boot.js imports it statically) the wasm's fetch starts now, not
  // after a task that the page's own script may hold up.
  if (createGort) {
    let promise;
    try { promise = Promise.resolve(make(createGort)); } catch (e) { promise = Promise.reject(e); }
    return { sink, promise };
  }
  const url = new URL('./wasm-pt/gort.mjs', import.meta.url).href;
  return { sink, promise: import(url).then(({ default: factory }) => make(factory)) };
}

/** The module boot.js started for this page, once: the first Engine to prepare takes it. */
export function takeEarlyModule() {
  const early = self.__gortEarlyModule;
  self.__gortEarlyModule = null;
  return early || null;
}
