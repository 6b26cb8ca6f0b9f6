// web/app/boot.js — the page's first script, a few hundred bytes: starts the engine's module (its
// wasm is fetched and compiled on a background thread, its pthread Workers start on the other
// cores) before the page's own script (main.js) is evaluated, which holds the main thread for a
// while. gort.mjs is imported statically so that this script runs only once it is here and the
// wasm's fetch starts in this very task: a dynamic import's callback would wait for main.js.
// engine.js adopts the module. Only the pthreads build starts early: the single-threaded one
// lives in its own Worker anyway (a page that is not isolated fetches gort.mjs, 12 kB, for nothing).
import createGort from './wasm-pt/gort.mjs';
import { engineKind, createEngineModule } from './engine-module.js';
import { examplesOnce } from './examples.js';

examplesOnce();   // parsed before main.js needs them (examples.js says why)

if (engineKind() === 'wasm-pt' && !self.__gortEarlyModule) {
  performance.mark('gort:boot');
  const early = createEngineModule(createGort);
  early.promise.catch(() => { /* engine.js makes its own and reports the failure */ });
  self.__gortEarlyModule = early;
}
