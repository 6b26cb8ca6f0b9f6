// tests/browser/harness.mjs — drives the built playground (web/dist) in headless Chromium through
// playwright-core: a static server with COOP/COEP on a free port, a fresh profile per browser, and
// helpers that use the page as a person would (pick an example, change settings, press Run/Stop,
// type in the terminal) and read what the terminal shows. Every wait is bounded: a hung page must
// fail a test, not hang the suite.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.resolve(process.env.GORT_WEB_DIST || path.join(repo, 'web/dist'));

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Starts scripts/serve.mjs on a free port; resolves {url, close} once it prints its URL. */
export async function startServer(root = distDir, extra = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repo, 'scripts/serve.mjs'), root, String(port), ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('server did not start within 10 s')), 10000);
    child.stdout.on('data', (d) => { const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(d)); if (m) { clearTimeout(t); resolve(m[0]); } });
    child.once('exit', (code) => { clearTimeout(t); reject(new Error(`server exited with ${code}`)); });
  });
  return { url, close: () => child.kill() };
}

export async function launch({ serviceWorkers = 'allow' } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-chromium-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, serviceWorkers, viewport: { width: 1280, height: 720 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  ctx.setDefaultTimeout(15000);
  const page = ctx.pages()[0] || await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    ctx, page, errors,
    close: async () => { await ctx.close().catch(() => {}); fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); },
  };
}

/**
 * The set-up a browser test file shares: checks that web/dist is built, starts the static
 * server and one Chromium before the file's tests, closes both after them. Call at the top
 * level; `server` and `browser` are set once `before` has run. `ready(env)` runs after the
 * launch (e.g. to grant permissions); `page(url)` opens a fresh tab on the playground.
 */
export function useBrowser({ ready } = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    assert.ok(fs.existsSync(path.join(distDir, 'index.html')), `no playground build in ${distDir} (run: npm run build)`);
    env.server = await startServer();
    env.browser = await launch();
    if (ready) await ready(env);
  });
  after(async () => { await env.browser?.close(); env.server?.close(); });
  env.page = async (url = env.server.url) => {
    const page = await env.browser.ctx.newPage();
    await openPlayground(page, url);
    return page;
  };
  return env;
}

/** page.evaluate that fails instead of hanging when the page's main thread is stuck. */
export async function evalBounded(page, fn, arg, ms = 5000) {
  let t;
  const timeout = new Promise((_, reject) => { t = setTimeout(() => reject(new Error(`page did not answer within ${ms} ms (main thread blocked?)`)), ms); });
  try { return await Promise.race([page.evaluate(fn, arg), timeout]); } finally { clearTimeout(t); }
}

export async function waitFor(page, fn, arg, { timeout = 10000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await evalBounded(page, fn, arg).catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Opens the playground and waits until the examples are listed and the engine module is ready. */
export async function openPlayground(page, url) {
  await page.goto(url);
  await waitFor(page, () => window.__gort?.loaded && !document.getElementById('run').disabled, null,
    { timeout: 30000, what: 'the playground and its engine to load' });
}

/**
 * What the terminal shows once xterm has parsed every write made so far, one string per
 * *logical* line (xterm buffer API): a row that xterm
 * wrapped at the terminal's width (isWrapped on the next row) is joined back, so a long
 * compile error is one line as the program wrote it. Trailing blank lines dropped.
 */
export async function terminalLines(page) {
  return evalBounded(page, async () => {
    // xterm parses writes later (WriteBuffer: a setTimeout per batch), so the buffer can lag
    // the program's last output and the exit line; a write's callback runs once it and every
    // write before it are in the buffer.
    await new Promise((resolve) => window.__gort.term.write('', resolve));
    const b = window.__gort.term.buffer.active;
    const out = [];
    for (let i = 0; i < b.length; i++) {
      const line = b.getLine(i);
      const next = i + 1 < b.length ? b.getLine(i + 1) : null;
      // Keep a row's trailing blanks when the next row continues it (they are real spaces).
      const text = line.translateToString(!(next && next.isWrapped));
      if (line.isWrapped && out.length) out[out.length - 1] += text; else out.push(text);
    }
    while (out.length && out.at(-1) === '') out.pop();
    return out;
  });
}

/**
 * The terminal's text as the accessibility tree exposes it (xterm screen-reader mode). xterm
 * refreshes that tree lazily (measured: 0.6–0.9 s after the write in headless Chromium), so
 * with `until` (a RegExp) this waits, bounded, until the text matches and returns the text
 * it last saw either way (the caller's assertion then reports it).
 */
export async function accessibleTerminalText(page, until = null, timeout = 5000) {
  const read = () => evalBounded(page, () => document.querySelector('#terminal .xterm-accessibility-tree')?.textContent ?? null);
  let text = await read();
  const end = Date.now() + timeout;
  while (until && !(text !== null && until.test(text)) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    text = await read();
  }
  return text;
}

export async function setSettings(page, { gomaxprocs, time, go } = {}) {
  if (gomaxprocs !== undefined) await page.getByLabel('GOMAXPROCS').selectOption(String(gomaxprocs));
  if (time !== undefined) await page.getByLabel('Time').selectOption(time);
  if (go !== undefined) await page.getByLabel('Go version').selectOption(go);
}

export async function selectExample(page, name) {
  await page.getByLabel('Example').selectOption(name);
  // With edits in the editor the page asks first (web/app/dialog.js); a test that picks an
  // example means it, as a person pressing "Discard edits" would.
  const state = await waitFor(page, (n) => (document.getElementById('confirm')?.open ? 'ask'
    : window.__gort.editor.getValue().length > 0 && document.getElementById('example').value === n && 'done'), name, { what: `example ${name}` });
  if (state === 'ask') {
    await page.locator('#confirm-yes').click();
    await waitFor(page, (n) => document.getElementById('example').value === n, name, { what: `example ${name}` });
  }
}

export async function setSource(page, source) {
  await evalBounded(page, (s) => window.__gort.editor.setValue(s), source);
}

/** Presses Run and returns the index of the run record the page made for it. */
export async function pressRun(page) {
  const before = await evalBounded(page, () => window.__gort.runs.length);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitFor(page, (n) => window.__gort.runs.length > n, before, { what: 'the run to start' });
  return before;
}

/** Waits for run `i` to end; returns its record (events with arrival times, exit code, exit line). */
export async function waitExit(page, i, timeout = 20000) {
  await waitFor(page, (k) => window.__gort.runs[k]?.exitLine, i, { timeout, what: `run ${i} to exit` });
  return evalBounded(page, (k) => JSON.parse(JSON.stringify(window.__gort.runs[k])), i);
}

/** Runs the editor's program with settings; returns {run, lines} once it has exited. */
export async function runProgram(page, settings = {}, timeout = 20000) {
  await setSettings(page, settings);
  const i = await pressRun(page);
  const run = await waitExit(page, i, timeout);
  return { run, lines: await terminalLines(page) };
}
