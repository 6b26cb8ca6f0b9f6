// tests/browser/wasm-load.test.mjs — how the page gets its engine's wasm: index.html compiles it
// as it streams in (self.__gortWasm) and the engine's module is instantiated from that, so the
// 3 MB file is fetched once, also when the engine is remade; a host that sends it with the wrong
// MIME type, or a failed early fetch, still ends with a working engine.
// Needs web/dist with the wasm-pt engine (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

const env = h.useBrowser();
const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello from wasm")\n}\n';

/** A fresh tab; `route(route, n)` (n = 1 for the first request) handles gort.wasm requests. */
async function pageWithWasmRoute(route) {
  const page = await env.browser.ctx.newPage();
  let n = 0;
  await page.route('**/wasm-pt/gort.wasm', (r) => route(r, ++n));
  await h.openPlayground(page, env.server.url);
  return { page, requests: () => n };
}

async function runsHello(page) {
  await h.setSource(page, hello);
  const run = await h.waitExit(page, await h.pressRun(page));
  assert.equal(run.exit, 0, JSON.stringify(run));
  assert.ok(run.events.some((e) => e.text === 'hello from wasm\n'), JSON.stringify(run.events));
}

test('the wasm is fetched once, compiled by the page, and the engine runs', async () => {
  const { page, requests } = await pageWithWasmRoute((r) => r.continue());
  try {
    assert.equal(await h.evalBounded(page, () => self.__gortWasm instanceof Promise), true);
    assert.equal(await h.evalBounded(page, async () => (await self.__gortWasm) instanceof WebAssembly.Module), true);
    await runsHello(page);
    assert.equal(requests(), 1);
  } finally { await page.close(); }
});

test('served as application/octet-stream, the wasm is compiled from its bytes', async () => {
  const { page, requests } = await pageWithWasmRoute(async (r) => {
    const res = await r.fetch();   // the body as decoded: sent again without its encoding
    const headers = Object.fromEntries(Object.entries(res.headers()).filter(([k]) => !['content-encoding', 'content-length'].includes(k)));
    await r.fulfill({ status: 200, body: await res.body(), headers: { ...headers, 'content-type': 'application/octet-stream' } });
  });
  try {
    await runsHello(page);
    assert.equal(requests(), 2);   // the streaming compile refused it; the fallback fetched it again
  } finally { await page.close(); }
});

test('when the page cannot compile it early, the engine fetches the wasm itself', async () => {
  // The streaming compile's fetch and the fallback's fail; Emscripten's own fetch gets through.
  const { page, requests } = await pageWithWasmRoute((r, n) => (n <= 2 ? r.abort() : r.continue()));
  try {
    await runsHello(page);
    assert.equal(requests(), 3);
  } finally { await page.close(); }
});
