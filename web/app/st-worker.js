// web/app/st-worker.js — hosts the single-threaded engine (wasm-st) inside a dedicated Worker for
// pages that are not cross-origin isolated. That build runs a whole program inside gort_start, so
// on the page's main thread a `for {}` would freeze the page; here it blocks only this Worker, and
// Stop is Worker.terminate() (engine.js then makes a fresh Worker). Copied unbundled to web/dist.
// Messages in: {type:'start', source, options, stdin}, {type:'format', id, source, options}.
// Out: {type:'ready'|'output'|'sched'|'waitgraph'|'exit'|'error'|'crash'}, {type:'formatted', id, result}.
const url = new URL('./wasm-st/gort.mjs', import.meta.url).href;
const ready = import(url).then(({ default: createGort }) => createGort({
  gortOutput: (seq, timeMs, goroutine, stream, text) => postMessage({ type: 'output', ev: { seq, timeMs, goroutine, stream, text } }),
  gortExit: (code) => postMessage({ type: 'exit', code }),
  gortSched: (events) => postMessage({ type: 'sched', events }),
  gortWaitGraph: (graph) => postMessage({ type: 'waitgraph', graph }),
  print: (t) => console.log(`[gort] ${t}`),
  printErr: (t) => console.warn(`[gort] ${t}`),
}));
ready.then(() => postMessage({ type: 'ready' }), (e) => postMessage({ type: 'error', message: String(e?.message || e) }));

onmessage = async ({ data }) => {
  const m = await ready;
  if (data.type === 'format') {
    let result = { ok: false, unavailable: true };
    try {
      if (typeof m._gort_format === 'function') result = JSON.parse(m.ccall('gort_format', 'string', ['string', 'string'], [data.source, JSON.stringify(data.options)]));
    } catch (e) { console.warn('gort_format failed', e); }
    postMessage({ type: 'formatted', id: data.id, result });
    return;
  }
  if (data.type === 'start') {
    // Without threads a read cannot wait for typing: whatever was typed before Run is the input.
    if (data.stdin) {
      const bytes = new TextEncoder().encode(data.stdin);
      m.ccall('gort_stdin_write', null, ['array', 'number'], [bytes, bytes.length]);
    }
    m._gort_stdin_close();
    let rc;
    try {
      rc = m.ccall('gort_start', 'number', ['string', 'string'], [data.source, JSON.stringify(data.options)]);
    } catch (e) {
      // A trap or abort inside the engine: this module is broken; the page replaces the Worker.
      postMessage({ type: 'crash', message: String(e?.message || e) });
      return;
    }
    if (rc === -1) postMessage({ type: 'exit', code: -1 });
  }
};
