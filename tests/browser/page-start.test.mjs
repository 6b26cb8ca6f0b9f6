// tests/browser/page-start.test.mjs — the page is usable before Monaco arrives (issue 9, the
// page): with the Monaco chunk (editor-monaco.js) held back by route interception, the program
// is shown in the fallback editor (the default example, a share link, the tab's saved program),
// Run is enabled and runs it (button and Shift+Enter; output in the terminal), Format formats
// the fallback's text, compile errors made meanwhile become Monaco markers once it is in, and
// what was typed — text, caret and selection — is what Monaco shows after the swap.
// Needs web/dist with the wasm-pt engine (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

const env = h.useBrowser();

/**
 * A new tab whose Monaco chunk is held until release(); resolves once the page says it is
 * usable and Run is enabled (not waiting for Monaco, which cannot come).
 */
async function heldPage(url = env.server.url) {
  const page = await env.browser.ctx.newPage();
  page.setDefaultNavigationTimeout(60000);
  let release;
  const held = new Promise((r) => { release = r; });
  const requested = [];
  await page.route('**/editor-monaco.js', async (route) => {
    requested.push(route.request().url());
    await held;
    await route.continue().catch(() => { /* the page closed meanwhile */ });
  });
  await page.goto(url);
  await h.waitFor(page, () => window.__gort?.usable && !document.getElementById('run').disabled, null,
    { timeout: 30000, what: 'Run to be enabled with the Monaco chunk held back' });
  return { page, release, requested };
}
const fallbackText = (page) => h.evalBounded(page, () => document.querySelector('#editor textarea')?.value ?? null);
const monacoIn = (page) => h.evalBounded(page, () => !!(window.__gort.monaco || document.querySelector('#editor .monaco-editor')));
async function typeInFallback(page, text) {
  await page.locator('#editor textarea').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}
const waitMonaco = (page) => h.waitFor(page, () => window.__gort?.loaded, null, { timeout: 60000, what: 'Monaco to be swapped in' });

const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello before Monaco")\n}\n';

test('held Monaco chunk: the default example is shown, Run and Shift+Enter run what is typed', async () => {
  const { page, release, requested } = await heldPage();
  try {
    assert.equal(await monacoIn(page), false, 'Monaco is not there yet');
    const examples = await h.evalBounded(page, () => fetch('./examples.json').then((r) => r.json()));
    assert.equal(await fallbackText(page), examples.examples[0].source, 'the default example is in the fallback editor');
    assert.equal(await page.getByLabel('Example').inputValue(), examples.examples[0].name);

    await typeInFallback(page, hello);
    const i = await h.pressRun(page);
    const run = await h.waitExit(page, i);
    assert.equal(run.exitLine, 'Program exited.');
    assert.deepEqual(await h.terminalLines(page), ['hello before Monaco', '', 'Program exited.']);

    // Shift+Enter in the fallback runs too (and inserts no newline).
    await page.locator('#editor textarea').press('Shift+Enter');
    await h.waitFor(page, (n) => window.__gort.runs[n]?.exitLine, i + 1, { what: 'the Shift+Enter run' });
    assert.equal(await fallbackText(page), hello);
    assert.equal(await monacoIn(page), false, 'still no Monaco: the runs did not need it');
    assert.ok(requested.length >= 1, 'the page did ask for the Monaco chunk');
    release();
    await waitMonaco(page);
  } finally { release(); await page.close(); }
});

test('held Monaco chunk: the text, caret and selection typed in the fallback are Monaco\'s after the swap', async () => {
  const { page, release } = await heldPage();
  try {
    await typeInFallback(page, hello);
    // Type more at the end of line 6 (after `)`), then select "before" backwards with the keyboard.
    await h.evalBounded(page, () => {
      const ta = document.querySelector('#editor textarea');
      const at = ta.value.indexOf('Monaco")') + 'Monaco")'.length;
      ta.setSelectionRange(at, at);
    });
    await page.keyboard.insertText(' // typed');
    await h.evalBounded(page, () => {
      const ta = document.querySelector('#editor textarea');
      const s = ta.value.indexOf('before');
      ta.setSelectionRange(s, s + 'before'.length, 'backward');
    });
    const typed = hello.replace('Monaco")', 'Monaco") // typed');
    assert.equal(await fallbackText(page), typed);
    release();
    await waitMonaco(page);
    assert.equal(await h.evalBounded(page, () => window.__gort.editor.getValue()), typed, 'Monaco has the typed text');
    const sel = await h.evalBounded(page, () => {
      const s = window.__gort.editor.getSelection();
      return [s.selectionStartLineNumber, s.selectionStartColumn, s.positionLineNumber, s.positionColumn];
    });
    const col = '\tfmt.Println("hello '.length + 1;
    assert.deepEqual(sel, [6, col + 'before'.length, 6, col], 'the same selection, caret at its start (backward)');
    assert.equal(await h.evalBounded(page, () => !!document.activeElement?.closest('#editor .monaco-editor')), true, 'focus moved into Monaco');
    assert.equal(await h.evalBounded(page, () => document.querySelector('#editor textarea.input')), null, 'the fallback is gone');
    // Typing goes on in Monaco where it left off: it replaces the selection.
    await page.keyboard.type('after');
    assert.equal(await h.evalBounded(page, () => window.__gort.editor.getValue()), typed.replace('before', 'after'));
  } finally { release(); await page.close(); }
});

test('held Monaco chunk: Format formats the fallback\'s text; a compile error becomes a Monaco marker once it is in', async () => {
  const { page, release } = await heldPage();
  try {
    await typeInFallback(page, 'package main\nimport "fmt"\nfunc main(){\nfmt.Println("x")\n}\n');
    await page.getByRole('button', { name: 'Format', exact: true }).click();
    await h.waitFor(page, () => document.getElementById('status').textContent === 'Formatted.', null, { what: 'Format' });
    assert.equal(await fallbackText(page), 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("x")\n}\n');

    await typeInFallback(page, 'package main\n\nfunc main() {\n\tvar x int = "hello"\n}\n');
    const run = await h.waitExit(page, await h.pressRun(page));
    assert.equal(run.exitLine, 'Go build failed.');
    assert.equal(await monacoIn(page), false);
    release();
    await waitMonaco(page);
    const markers = await h.evalBounded(page, () => window.__gort.monaco.editor.getModelMarkers({ owner: 'gort' })
      .map((m) => [m.startLineNumber, m.startColumn, m.message]));
    assert.equal(markers.length, 1, JSON.stringify(markers));
    assert.deepEqual(markers[0].slice(0, 2), [4, 14]);
    assert.match(markers[0][2], /cannot use "hello"/);
  } finally { release(); await page.close(); }
});

test('held Monaco chunk: a share link and the tab\'s saved program open in the fallback', async () => {
  // Make a share link on a fully loaded page, as a person would.
  const maker = await env.browser.ctx.newPage();
  let link;
  try {
    await h.openPlayground(maker, env.server.url);
    await h.setSource(maker, hello);
    await h.setSettings(maker, { go: '1.21' });
    await maker.getByRole('button', { name: 'Share', exact: true }).click();
    link = (await h.waitFor(maker, () => window.__gort.shared, null, { what: 'the share link' })).link;
  } finally { await maker.close(); }

  const { page, release } = await heldPage(link);
  try {
    assert.equal(await fallbackText(page), hello, 'the shared program is shown');
    assert.equal(await page.getByLabel('Go version').inputValue(), '1.21', 'with its settings');
    // What is typed is kept for this tab (sessionStorage) and comes back on reload, Monaco or not.
    const edited = hello.replace('hello', 'edited');
    await typeInFallback(page, edited);
    await h.waitFor(page, (t) => JSON.parse(sessionStorage.getItem('gort-program') || 'null')?.source === t, edited, { what: 'the edit to be saved' });
    await page.reload();
    await h.waitFor(page, () => window.__gort?.usable && !document.getElementById('run').disabled, null, { timeout: 30000, what: 'the reload' });
    assert.equal(await fallbackText(page), edited, 'the edit survived the reload');
    const run = await h.waitExit(page, await h.pressRun(page));
    assert.equal(run.exitLine, 'Program exited.');
    assert.deepEqual(await h.terminalLines(page), ['edited before Monaco', '', 'Program exited.']);
    release();
    await waitMonaco(page);
    assert.equal(await h.evalBounded(page, () => window.__gort.editor.getValue()), edited);
  } finally { release(); await page.close(); }
});
