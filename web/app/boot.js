// web/app/boot.js — the page's first script, a few hundred bytes: starts the engine's module (its
// wasm compiles on a background thread, its pthread Workers start on the other cores) while the
// browser is still downloading and parsing the editor bundle (main.js). engine.js adopts it.
// Only the pthreads build starts early: the single-threaded one lives in its own Worker anyway.
import { engineKind, createEngineModule } from './engine-module.js';

if (engineKind() === 'wasm-pt' && !self.__gortEarlyModule) {
  performance.mark('gort:boot');
  const early = createEngineModule();
  early.promise.catch(() => { /* engine.js makes its own and reports the failure */ });
  self.__gortEarlyModule = early;
}
