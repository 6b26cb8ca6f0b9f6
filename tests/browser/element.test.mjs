// tests/browser/element.test.mjs — the <gort-playground> element (issue 7): the demonstration page
// web/dist/demo/ served without COOP/COEP (single-threaded engine, as on GitHub Pages) and with
// them (threads); two elements share the engine and each shows only its own output (the second
// is queued); expected-output passes and fails; events and their details; stop() of a running and
// of a queued run; a runaway `for {}` is stopped and the element runs again; the bytes a page
// loads before its first Run, measured from the network (Content-Length of what the server sent,
// brotli/gzip as negotiated), JavaScript + CSS ≤ 100 KB; input typed into a running program's
// output (threads) and end of file without threads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as h from './harness.mjs';

const hasSt = fs.existsSync(path.join(h.distDir, 'wasm-st/gort.mjs'));
const hasPt = fs.existsSync(path.join(h.distDir, 'wasm-pt/gort.mjs'));
let plain, isolated, browser;
// Tests that do not depend on the build run on the single-threaded page (as on GitHub Pages)
// when that build exists, else on the isolated one.
const anyEngine = hasSt || hasPt;
const either = () => (hasSt ? plain : isolated);

before(async () => {
  assert.ok(fs.existsSync(path.join(h.distDir, 'demo/index.html')), `no demo page in ${h.distDir} (run: node web/app/build.mjs)`);
  plain = await h.startServer(h.distDir, ['--no-coi']);
  isolated = await h.startServer(h.distDir);
  // The demo page registers no service worker; blocking them keeps the plain server un-isolated.
  browser = await h.launch({ serviceWorkers: 'block' });
});
after(async () => { await browser?.close(); plain?.close(); isolated?.close(); });

async function openDemo(server) {
  const page = await browser.ctx.newPage();
  await page.goto(server.url + 'demo/');
  await h.waitFor(page, () => customElements.get('gort-playground') && [...document.querySelectorAll('gort-playground')].every((e) => e.value.length > 0),
    null, { timeout: 15000, what: 'the elements to be defined and hold their programs' });
  return page;
}

/** el.run() in the page (optionally with a new program first); resolves with the gort-exit detail. */
const run = (page, id, value = null, ms = 30000) => h.evalBounded(page, ([i, v]) => {
  const el = document.getElementById(i);
  if (v !== null) el.value = v;
  return el.run();
}, [id, value], ms);

const outputOf = (page, id) => h.evalBounded(page, (i) => document.getElementById(i).outputText, id);

const SPIN = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("spinning")\n\tfor {\n\t}\n}\n';
const AGAIN = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("again")\n}\n';

// Two elements asked to run at once: the first runs, the second is queued, then runs; each pane
// shows its own program's output and nothing of the other's.
async function twoElements(page) {
  const states = await h.evalBounded(page, async () => {
    const a = document.getElementById('hello-el'), b = document.getElementById('stdin-el');
    a.run(); b.run();
    await new Promise((r) => setTimeout(r, 0));   // past run()'s await of the program text
    return [a.state, b.state];
  });
  assert.deepEqual(states, ['running', 'queued'], 'one program at a time: the second element waits');
  await h.waitFor(page, () => ['hello-el', 'stdin-el'].every((i) => document.getElementById(i).state === 'done'), null,
    { timeout: 30000, what: 'both elements to finish' });
  const a = await outputOf(page, 'hello-el');
  const b = await outputOf(page, 'stdin-el');
  assert.equal(a, 'Hello, 世界\n\nProgram exited.\n');
  assert.equal(b, 'line 1: hello, gopher!\nline 2: hello, gort!\n2 lines read\n\nProgram exited.\n');
}

test('without COOP/COEP: single-threaded engine, a visible note, two elements each show only their own output', { skip: !hasSt && 'no wasm-st build' }, async () => {
  const page = await openDemo(plain);
  try {
    assert.equal(await h.evalBounded(page, () => self.crossOriginIsolated), false);
    const note = page.locator('#hello-el .note');
    assert.ok(await note.isVisible(), 'the single-thread note is shown');
    assert.match(await note.textContent(), /goroutines share one thread/);
    await twoElements(page);
    // The goroutines example runs on one thread: main prints hello 3 times; how many worlds the
    // other goroutine prints before main returns is not guaranteed (as in Go).
    const say = await run(page, 'say-el');
    assert.equal(say.code, 0);
    const lines = say.stdout.split('\n').filter(Boolean);
    assert.equal(lines.filter((l) => l === 'hello').length, 3);
    assert.ok(lines.every((l) => l === 'hello' || l === 'world'), say.stdout);
  } finally { await page.close(); }
});

test('cross-origin isolated: threads, no note, two elements each show only their own output', { skip: !hasPt && 'no wasm-pt build' }, async () => {
  const page = await openDemo(isolated);
  try {
    assert.equal(await h.evalBounded(page, () => self.crossOriginIsolated), true);
    assert.equal(await page.locator('#hello-el .note').isVisible(), false);
    await twoElements(page);
    // gomaxprocs="2" reaches the program.
    const r = await run(page, 'say-el', 'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\nfunc main() {\n\tfmt.Println(runtime.GOMAXPROCS(0))\n}\n');
    assert.equal(r.stdout, '2\n');
    // time="fake" go="1.21": the hour-long sleeps end at once and the loop variable is shared.
    const f = await run(page, 'fake-el');
    assert.equal(f.code, 0);
    assert.deepEqual(f.stdout.split('\n').filter(Boolean), ['c', 'c', 'c', 'slept 1h0m0s']);
  } finally { await page.close(); }
});

test('expected-output: a clear mark when the output does not match, and when it does', { skip: !anyEngine && 'no engine build' }, async () => {
  const page = await openDemo(either());
  try {
    const fail = await run(page, 'exercise-el');
    assert.equal(fail.code, 0);
    assert.equal(fail.matched, false);
    const mark = page.locator('#exercise-el .mark');
    assert.ok(await mark.isVisible());
    assert.match(await mark.textContent(), /does not match.*Expected:\s*55/s);
    const src = await h.evalBounded(page, () => document.getElementById('exercise-el').value);
    const pass = await run(page, 'exercise-el', src.replace('// TODO: add 1, 2, …, n to total.', 'for i := 1; i <= n; i++ {\n\t\ttotal += i\n\t}'));
    assert.equal(pass.stdout, '55\n');
    assert.equal(pass.matched, true);
    assert.match(await mark.textContent(), /✓ Output matches/);
    assert.match(await mark.getAttribute('class'), /\bpass\b/);
    // A stopped run gets no verdict.
    const r = h.evalBounded(page, (s) => { const el = document.getElementById('exercise-el'); el.value = s; return el.run(); }, SPIN, 30000);
    await h.waitFor(page, () => document.getElementById('exercise-el').outputText.includes('spinning'), null, { timeout: 30000, what: 'the spin to start' });
    await h.evalBounded(page, () => document.getElementById('exercise-el').stop());
    assert.equal((await r).matched, null);
    assert.equal(await mark.isVisible(), false);
  } finally { await page.close(); }
});

test('events: gort-run, gort-output (goroutine, stream, text) and gort-exit (code) with the right details', { skip: !anyEngine && 'no engine build' }, async () => {
  const page = await openDemo(either());
  try {
    const prog = 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println("out")\n\tdone := make(chan bool)\n\tgo func() {\n\t\tfmt.Fprintln(os.Stderr, "err")\n\t\tdone <- true\n\t}()\n\t<-done\n\tos.Exit(3)\n}\n';
    const got = await h.evalBounded(page, async (p) => {
      const el = document.getElementById('hello-el');
      const seen = [];
      for (const type of ['gort-run', 'gort-output', 'gort-exit']) {
        document.addEventListener(type, (e) => seen.push({ type, target: e.target.id, detail: JSON.parse(JSON.stringify(e.detail)) }));
      }
      el.value = p;
      const ret = await el.run();
      return { seen, ret };
    }, prog, 30000);
    const { seen, ret } = got;
    assert.equal(seen[0].type, 'gort-run');
    assert.equal(seen[0].detail.source, prog);
    assert.equal(typeof seen[0].detail.options.gomaxprocs, 'number');
    const outs = seen.filter((e) => e.type === 'gort-output');
    assert.deepEqual(outs.map((e) => [e.detail.stream, e.detail.text]), [['stdout', 'out\n'], ['stderr', 'err\n']]);
    assert.equal(outs[0].detail.goroutine, 1, 'main is goroutine 1');
    assert.ok(outs[1].detail.goroutine > 1, 'the other goroutine has its own id');
    const exit = seen.at(-1);
    assert.equal(exit.type, 'gort-exit');
    assert.equal(exit.detail.code, 3);
    assert.equal(exit.detail.stopped, false);
    assert.ok(seen.every((e) => e.target === 'hello-el'), 'events come from the element (composed, bubbling)');
    assert.equal(ret.code, 3);
    assert.match(await outputOf(page, 'hello-el'), /Program exited: status 3\.\n$/);
    // A compile error: status 1, "Go build failed."
    const bad = await run(page, 'hello-el', 'package main\n\nfunc main() {\n\tvar x int = "s"\n}\n');
    assert.equal(bad.code, 1);
    assert.match(await outputOf(page, 'hello-el'), /prog\.go:4:14: .*\n\nGo build failed\.\n$/s);
    // gort-run can be cancelled by the page.
    const cancelled = await h.evalBounded(page, async () => {
      const el = document.getElementById('hello-el');
      const stopIt = (e) => e.preventDefault();
      el.addEventListener('gort-run', stopIt, { once: true });
      return el.run();
    }, null, 10000);
    assert.equal(cancelled.code, null);
  } finally { await page.close(); }
});

// stop() on a runaway program, on one build; then the same element (and the queue) runs again.
async function runaway(server) {
  const page = await openDemo(server);
  try {
    const spin = h.evalBounded(page, (s) => { const el = document.getElementById('hello-el'); el.value = s; return el.run(); }, SPIN, 30000);
    await h.waitFor(page, () => document.getElementById('hello-el').outputText.includes('spinning'), null, { timeout: 30000, what: 'the spin to start' });
    // A second element queued behind the runaway: stop() takes it out of the line without running it.
    const queued = h.evalBounded(page, () => document.getElementById('stdin-el').run(), null, 30000);
    await h.waitFor(page, () => document.getElementById('stdin-el').state === 'queued', null, { what: 'the second element to queue' });
    await h.evalBounded(page, () => document.getElementById('stdin-el').stop());
    const q = await queued;
    assert.equal(q.stopped, true);
    assert.equal(await outputOf(page, 'stdin-el'), 'Program exited: stopped.\n');
    // The page stays responsive while the program spins (the engine is never on the main thread).
    const t0 = Date.now();
    await h.evalBounded(page, () => new Promise((r) => requestAnimationFrame(() => r())), null, 2000);
    const stopAt = Date.now();
    await h.evalBounded(page, () => document.getElementById('hello-el').stop());
    const r = await spin;
    console.log(`# ${server === plain ? 'wasm-st' : 'wasm-pt'}: frame while spinning after ${stopAt - t0} ms; stop → exit ${Date.now() - stopAt} ms`);
    assert.equal(r.stopped, true);
    assert.equal(await outputOf(page, 'hello-el'), 'spinning\n\nProgram exited: stopped.\n');
    const again = await run(page, 'hello-el', AGAIN);
    assert.equal(again.code, 0);
    assert.equal(await outputOf(page, 'hello-el'), 'again\n\nProgram exited.\n');
    // The Stop button does the same as stop().
    const spin2 = h.evalBounded(page, (s) => { const el = document.getElementById('hello-el'); el.value = s; return el.run(); }, SPIN, 30000);
    await h.waitFor(page, () => document.getElementById('hello-el').outputText.includes('spinning'), null, { timeout: 30000, what: 'the spin to start' });
    await page.locator('#hello-el').getByRole('button', { name: 'Stop', exact: true }).click();
    assert.equal((await spin2).stopped, true);
    const last = await run(page, 'stdin-el');
    assert.equal(last.code, 0);
  } finally { await page.close(); }
}

test('stop(): a runaway for {} is stopped and the element runs again (single-threaded engine)', { skip: !hasSt && 'no wasm-st build' }, () => runaway(plain));
test('stop(): a runaway for {} is stopped and the element runs again (threads)', { skip: !hasPt && 'no wasm-pt build' }, () => runaway(isolated));

test('the Run button, Shift+Enter in the editor, src= and toolbar="run"', { skip: !anyEngine && 'no engine build' }, async () => {
  const page = await openDemo(either());
  try {
    const el = page.locator('#src-el');
    assert.match(await h.evalBounded(page, () => document.getElementById('src-el').value), /src=\\"hello.go\\"/);
    assert.equal(await el.getByRole('button', { name: 'Stop', exact: true }).count(), 0, 'toolbar="run" has one button');
    await el.getByRole('button', { name: 'Run', exact: true }).click();
    await h.waitFor(page, () => document.getElementById('src-el').state === 'done', null, { timeout: 30000, what: 'src-el to finish' });
    assert.match(await outputOf(page, 'src-el'), /^Hello from a file loaded with src="hello.go".\nGOMAXPROCS: \d+\n\nProgram exited.\n$/);
    // readonly: typing changes nothing.
    const before = await h.evalBounded(page, () => document.getElementById('src-el').value);
    await el.getByLabel('Go source').press('x');
    assert.equal(await h.evalBounded(page, () => document.getElementById('src-el').value), before);
    // Editing then Shift+Enter in an editable element runs the edited program.
    const ed = page.locator('#hello-el').getByLabel('Go source');
    await ed.focus();
    await h.evalBounded(page, () => { const ta = document.getElementById('hello-el').shadowRoot.querySelector('textarea.input'); ta.setSelectionRange(ta.value.indexOf('世界'), ta.value.indexOf('世界') + 2); });
    await page.keyboard.type('gopher');
    await page.keyboard.press('Shift+Enter');
    await h.waitFor(page, () => document.getElementById('hello-el').state === 'done', null, { timeout: 30000, what: 'hello-el to finish' });
    assert.equal(await outputOf(page, 'hello-el'), 'Hello, gopher\n\nProgram exited.\n');
  } finally { await page.close(); }
});

// Typed input: with threads, a program reading stdin (no `stdin` attribute) waits while the
// reader types into the output — the line is echoed, the program answers, Ctrl+D is EOF.
test('typed input: a line typed into the output reaches a running bufio.Scanner, Ctrl+D ends it (threads)', { skip: !hasPt && 'no wasm-pt build' }, async () => {
  const page = await openDemo(isolated);
  try {
    const el = page.locator('#typed-el');
    await el.scrollIntoViewIfNeeded();
    const done = run(page, 'typed-el', null, 60000);
    await h.waitFor(page, () => document.getElementById('typed-el').outputText.includes('What is your name?'), null, { timeout: 30000, what: 'the prompt' });
    const input = el.getByLabel('Program input: Enter sends a line, Ctrl+D ends the input');
    assert.ok(await input.isVisible(), 'an input line at the end of the output');
    // A click in the output area puts the caret on the input line; then the reader types.
    await el.locator('pre.output').click({ position: { x: 5, y: 5 } });
    assert.equal(await h.evalBounded(page, () => document.getElementById('typed-el').shadowRoot.activeElement?.className), 'stdin-line');
    await page.keyboard.type('gopher');
    await page.keyboard.press('Enter');
    await h.waitFor(page, () => document.getElementById('typed-el').outputText.includes('Hello, gopher!'), null, { timeout: 30000, what: 'the answer to the typed line' });
    assert.equal(await h.evalBounded(page, () => document.getElementById('typed-el').state), 'running', 'the program still reads');
    await page.keyboard.type('gort');
    await page.keyboard.press('Enter');
    await h.waitFor(page, () => document.getElementById('typed-el').outputText.includes('Hello, gort!'), null, { timeout: 30000, what: 'the second answer' });
    await page.keyboard.press('Control+D');
    const r = await done;
    assert.equal(r.code, 0);
    // The typed lines stay in the output where they were typed (echoed), as in a terminal.
    assert.equal(await outputOf(page, 'typed-el'),
      'What is your name? (Ctrl+D ends)\ngopher\nHello, gopher!\ngort\nHello, gort!\n2 names\n\nProgram exited.\n');
    assert.equal(await el.locator('.stdin-line').count(), 0, 'the input line goes when the program ends');
  } finally { await page.close(); }
});

test('typed input: without threads the program reads end of file and no input line is shown', { skip: !hasSt && 'no wasm-st build' }, async () => {
  const page = await openDemo(plain);
  try {
    const r = await run(page, 'typed-el');
    assert.equal(r.code, 0);
    assert.equal(await outputOf(page, 'typed-el'), 'What is your name? (Ctrl+D ends)\n0 names\n\nProgram exited.\n');
    assert.equal(await page.locator('#typed-el .stdin-line').count(), 0);
  } finally { await page.close(); }
});

async function bytesBeforeRun(server, label) {
  const page = await browser.ctx.newPage();
  const seen = [];
  page.on('response', (r) => seen.push(r));
  try {
    await page.goto(server.url + 'demo/');
    // The first element is in view, so the engine loads (its module, Workers and wasm): wait for it.
    await h.waitFor(page, () => !!customElements.get('gort-playground'), null, { what: 'the element' });
    const end = Date.now() + 30000;
    while (!seen.some((r) => r.url().endsWith('/gort.wasm')) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    await page.waitForLoadState('networkidle');
    const rows = [];
    for (const r of seen) {
      const hd = await r.allHeaders();
      // Content-Length is what the server put on the wire (the .br/.gz file when it sent one).
      const bytes = Number(hd['content-length'] ?? (await r.request().sizes()).responseBodySize);
      rows.push({ url: new URL(r.url()).pathname, type: hd['content-type'] || '', enc: hd['content-encoding'] || 'identity', bytes });
    }
    const isCode = (x) => /javascript|css/.test(x.type);
    const sum = (xs) => xs.reduce((s, x) => s + x.bytes, 0);
    // serve.mjs sends no-store, so each of the engine's pthread Workers fetches gort.mjs again;
    // a host that lets the browser cache sends each file once: the budget is on distinct files.
    const distinct = [...new Map(rows.map((x) => [x.url, x])).values()];
    const code = sum(distinct.filter(isCode));
    for (const x of distinct) console.log(`#   ${label}: ${x.url} ${x.type} ${x.enc} ${x.bytes} B ×${rows.filter((y) => y.url === x.url).length}`);
    console.log(`# ${label}: before the first Run, JavaScript+CSS ${(code / 1024).toFixed(1)} KB compressed (${(sum(rows.filter(isCode)) / 1024).toFixed(1)} KB on the wire with no-store re-fetches); everything ${(sum(distinct) / 1024).toFixed(1)} KB (wasm included)`);
    assert.ok(rows.some((x) => x.url.endsWith('/gort-playground.js')), 'the element script was loaded');
    assert.ok(rows.some((x) => x.url.endsWith('/gort.wasm')), 'the engine loaded once an element was in view');
    assert.equal(rows.filter((x) => x.url.endsWith('/gort.wasm')).length, 1, 'one engine for all the elements of the page');
    assert.ok(!rows.some((x) => /\/main\.(js|css)$|editor\.worker|editor-monaco/.test(x.url)), 'no Monaco / xterm.js bundle');
    assert.ok(rows.filter(isCode).every((x) => x.enc !== 'identity' || x.bytes < 1024), 'code is sent compressed');
    assert.ok(code <= 100 * 1024, `JavaScript+CSS before the first Run: ${code} B > 100 KB`);
  } finally { await page.close(); }
}

// Bytes before the first Run: every response the page (and its Workers) received, by the size the
// server sent on the wire (Content-Length; brotli or gzip as the browser negotiated).
test('light: before the first Run the page loads ≤ 100 KB of compressed JavaScript and CSS (no Monaco, no xterm.js)', { skip: !anyEngine && 'no engine build' }, async () => {
  if (hasSt) await bytesBeforeRun(plain, 'not isolated (wasm-st)');
  if (hasPt) await bytesBeforeRun(isolated, 'isolated (wasm-pt)');
});

test('light: the engine loads only when an element comes into view', { skip: !anyEngine && 'no engine build' }, async () => {
  const page = await browser.ctx.newPage();
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  try {
    // A window so short that no element is within the observer's margin of it.
    await page.setViewportSize({ width: 1280, height: 40 });
    await page.goto(either().url + 'demo/');
    await h.waitFor(page, () => customElements.get('gort-playground') && document.getElementById('hello-el').value.length > 0, null, { what: 'the element' });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(urls.filter((u) => /wasm|st-worker|gort\.mjs/.test(u)), [], 'nothing of the engine before an element is visible');
    await page.locator('#hello-el').scrollIntoViewIfNeeded();
    const end = Date.now() + 15000;
    while (!urls.some((u) => u.endsWith('/gort.wasm')) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    assert.ok(urls.some((u) => u.endsWith('/gort.wasm')), 'the engine loaded once the element came into view');
  } finally { await page.close(); }
});
