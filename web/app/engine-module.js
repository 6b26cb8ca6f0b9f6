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
  // index.html compiles the wasm while the page's scripts load (self.__gortWasm): the module is
  // instantiated from that, not fetched and compiled again (also when an engine is remade after
  // a crash or a Stop). If that compile failed, Emscripten fetches the wasm itself as before.
  const compiled = self.__gortWasm ? self.__gortWasm.then((m) => m, () => null) : Promise.resolve(null);
  const make = (factory, module) => factory({
    gortOutput: (...a) => sink.output?.(...a),
    gortExit: (code) => sink.exit?.(code),
    gortSched: (events) => sink.sched?.(events),
    gortWaitGraph: (graph) => sink.waitGraph?.(graph),
    print: (t) => console.log(`[gort] ${t}`),
    printErr: (t) => { console.warn(`[gort] ${t}`); sink.printErr?.(t); },
    onAbort: (what) => sink.abort?.(what),
    ...(module ? { instantiateWasm: (imports, receive) => {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module))
        .catch((e) => { console.warn(`[gort] ${e}`); sink.abort?.(String(e?.message || e)); });
      return {};   // Emscripten waits for receive()
    } } : {}),
  });
  // With the factory at hand (boot.js imports it statically) the module is made as soon as the
  // wasm is compiled, not after a task that the page's own script may hold up.
  if (createGort) return { sink, promise: compiled.then((module) => make(createGort, module)) };
  const url = new URL('./wasm-pt/gort.mjs', import.meta.url).href;
  return { sink, promise: Promise.all([import(url), compiled]).then(([{ default: factory }, module]) => make(factory, module)) };
}

/** The module boot.js started for this page, once: the first Engine to prepare takes it. */
export function takeEarlyModule() {
  const early = self.__gortEarlyModule;
  self.__gortEarlyModule = null;
  return early || null;
}
