// tests/browser/playground-ux.test.mjs — the playground's Share, Format and the things a person
// hit (issue 7): share links round-trip the program and its settings and a broken one says so;
// embed code; Format (button, Monaco's Format Document shortcuts, Format on Run) is gofmt with
// fixed imports, one Undo reverts it, syntax errors become markers; keyboard focus can leave the
// editor (Escape then Tab, Ctrl+M) and the terminal (Tab / Shift+Tab); edits survive a reload and
// are not discarded without an in-page question; a marker's message shows on hover and F8; the
// status line says how a run ended; Ctrl+V pastes into stdin; the empty terminal has a hint;
// Run and Stop stay together at 400 px. Needs web/dist with the wasm-pt engine (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as h from './harness.mjs';

const env = h.useBrowser({
  ready: async (env) => {
    await env.browser.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  },
});

// A fresh tab (its own sessionStorage). window.confirm/alert must never be used: fail if they are.
async function freshPage(url = env.server.url) {
  const page = await env.browser.ctx.newPage();
  page.setDefaultNavigationTimeout(60000);   // a loaded machine (parallel builds) loads Monaco slowly
  page.on('dialog', (d) => { page.__nativeDialog = d.type(); d.dismiss().catch(() => {}); });
  await h.openPlayground(page, url);
  return page;
}
const editorText = (page) => h.evalBounded(page, () => window.__gort.editor.getValue());
const status = (page) => h.evalBounded(page, () => document.getElementById('status').textContent);
const active = (page) => h.evalBounded(page, () => {
  const a = document.activeElement;
  return { inEditor: !!a?.closest('#editor'), inTerminal: !!a?.closest('#terminal'), inToolbar: !!a?.closest('.toolbar'), id: a?.id || a?.className || a?.tagName };
});
const focusEditor = async (page) => { await h.evalBounded(page, () => window.__gort.editor.focus()); };
const gofmt = (src) => {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gort-ux-')), 'prog.go');
  fs.writeFileSync(f, src);
  return execFileSync('gofmt', [f], { encoding: 'utf8' });
};
const hasGofmt = (() => { try { execFileSync('gofmt', ['-h'], { stdio: 'ignore' }); return true; } catch (e) { return e.status === 2; } })();

// ---- Share ----------------------------------------------------------------------------------

const sharedSource = 'package main\n\nimport "fmt"\n\n// <b>&"quotes"</b> — ünïcode ✓\nfunc main() {\n\tfmt.Println("shared <&>")\n}\n';

test('share: the link carries program and settings; opening it in a new tab restores them; embed code is escaped', async () => {
  const page = await freshPage();
  let link, embed;
  try {
    await h.setSource(page, sharedSource);
    await h.setSettings(page, { gomaxprocs: 1, time: 'fake', go: '1.21' });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await h.waitFor(page, () => document.getElementById('share-dialog').open && window.__gort.shared, null, { what: 'the share dialog' });
    ({ link, embed } = await h.evalBounded(page, () => window.__gort.shared));
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#share=[A-Za-z0-9_-]+$/);
    assert.equal(await h.evalBounded(page, () => location.hash), link.slice(link.indexOf('#')), 'the address bar shows the link');
    assert.equal(await page.locator('#share-link').inputValue(), link);
    assert.equal(embed, '<gort-playground go="1.21" gomaxprocs="1" time="fake">package main\n\nimport &quot;fmt&quot;\n\n' +
      '// &lt;b&gt;&amp;&quot;quotes&quot;&lt;/b&gt; — ünïcode ✓\nfunc main() {\n\tfmt.Println(&quot;shared &lt;&amp;&gt;&quot;)\n}\n</gort-playground>');
    assert.equal(await page.locator('#embed-code').inputValue(), embed);
    await page.getByRole('button', { name: 'Copy embed code', exact: true }).click();
    await h.waitFor(page, () => /copied|Could not copy/.test(document.getElementById('share-result').textContent), null, { what: 'the copy result' });
    assert.equal(await h.evalBounded(page, () => document.getElementById('share-result').textContent), 'Embed code copied.');
    assert.equal(await h.evalBounded(page, () => navigator.clipboard.readText()), embed);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  } finally { await page.close(); }

  const opened = await freshPage(link);
  try {
    assert.equal(await editorText(opened), sharedSource);
    assert.deepEqual(await h.evalBounded(opened, () => ['gomaxprocs', 'time', 'goversion'].map((id) => document.getElementById(id).value)), ['1', 'fake', '1.21']);
    assert.equal(await h.evalBounded(opened, () => document.getElementById('notice').hidden), true);
    const { lines } = await h.runProgram(opened);
    assert.deepEqual(lines, ['shared <&>', '', 'Program exited.']);
    // The link is compressed: a long program gives a link shorter than the program.
    assert.ok(link.length < 2000);
  } finally { await opened.close(); }
});

test('share: a truncated or garbled link gives a clear message and the default program', async () => {
  const page = await freshPage();
  let link;
  try {
    await h.setSource(page, sharedSource.repeat(3));
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await h.waitFor(page, () => window.__gort.shared, null, { what: 'the share link' });
    link = (await h.evalBounded(page, () => window.__gort.shared)).link;
  } finally { await page.close(); }
  const cut = link.slice(0, link.length - Math.floor((link.length - link.indexOf('=')) / 2));
  for (const bad of [cut, `${env.server.url}#share=!!not-base64!!`, `${env.server.url}#share=`, `${env.server.url}#share=AAAA`]) {
    const p = await freshPage(bad);
    try {
      const notice = await h.evalBounded(p, () => ({ hidden: document.getElementById('notice').hidden, text: document.getElementById('notice').textContent, role: document.getElementById('notice').getAttribute('role') }));
      assert.equal(notice.hidden, false, bad);
      assert.equal(notice.role, 'alert');
      assert.match(notice.text, /^This share link could not be opened: the link (is damaged or cut short|has no program in it|contains characters a share link never has).*default program/, bad);
      assert.match(await editorText(p), /func say\(s string\)/, 'the default program (say)');
      assert.equal(await h.evalBounded(p, () => document.getElementById('example').value), 'say');
      assert.match(await status(p), /could not be opened/);
      assert.equal(p.__nativeDialog, undefined);
    } finally { await p.close(); }
  }
});

// ---- Format ---------------------------------------------------------------------------------

const messy = 'package main\nfunc main() {\nx:=strings.ToUpper("go")\n  fmt.Println(x)\n}\n';
const tidy = 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tx := strings.ToUpper("go")\n\tfmt.Println(x)\n}\n';

test('format: the button gofmts and fixes imports (missing added, unused removed); one Undo reverts it', async () => {
  if (hasGofmt) assert.equal(gofmt(tidy), tidy, 'the expected text is gofmt\'s');
  const page = await freshPage();
  try {
    await h.setSource(page, messy);
    await page.getByRole('button', { name: 'Format', exact: true }).click();
    await h.waitFor(page, (t) => window.__gort.editor.getValue() === t, tidy, { what: 'the formatted program' });
    assert.equal(await status(page), 'Formatted.');
    await focusEditor(page);
    await page.keyboard.press('Control+Z');
    assert.equal(await editorText(page), messy, 'one Undo');
    // Unused imports go.
    await h.setSource(page, 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(1)\n}\n');
    await page.getByRole('button', { name: 'Format', exact: true }).click();
    await h.waitFor(page, () => !window.__gort.editor.getValue().includes('"os"'), null, { what: 'the unused import removed' });
    assert.equal(await editorText(page), 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(1)\n}\n');
  } finally { await page.close(); }
});

test('format: Monaco\'s Format Document (Shift+Alt+F, Ctrl+Shift+F) uses the same formatter', async () => {
  const page = await freshPage();
  try {
    for (const keys of ['Shift+Alt+F', 'Control+Shift+F']) {
      await h.setSource(page, messy);
      await focusEditor(page);
      await page.keyboard.press(keys);
      await h.waitFor(page, (t) => window.__gort.editor.getValue() === t, tidy, { what: `${keys} to format` });
    }
  } finally { await page.close(); }
});

test('format: a syntax error becomes a marker at Go\'s position and the status says where', async () => {
  const page = await freshPage();
  try {
    const bad = 'package main\n\nfunc main() {\n\tfmt.Println(\n}\n';
    await h.setSource(page, bad);
    await page.getByRole('button', { name: 'Format', exact: true }).click();
    await h.waitFor(page, () => /Format failed/.test(document.getElementById('status').textContent), null, { what: 'the format error' });
    assert.match(await status(page), /^Format failed: syntax error at line 5, column 1: syntax error/);
    const markers = await h.evalBounded(page, () => window.__gort.monaco.editor.getModelMarkers({}).map((m) => [m.startLineNumber, m.startColumn, m.message]));
    assert.equal(markers.length, 1);
    assert.deepEqual(markers[0].slice(0, 2), [5, 1]);
    assert.match(markers[0][2], /^syntax error/);
    assert.equal(await editorText(page), bad, 'the text is left alone');
  } finally { await page.close(); }
});

test('format: "Format on Run" formats before running and is remembered', async () => {
  const page = await freshPage();
  try {
    await page.getByLabel('Format on Run').check();
    await h.setSource(page, messy);
    const { lines } = await h.runProgram(page);
    assert.deepEqual(lines, ['GO', '', 'Program exited.']);
    assert.equal(await editorText(page), tidy);
    await page.reload();
    await h.waitFor(page, () => window.__gort?.loaded, null, { what: 'reload' });
    assert.equal(await page.getByLabel('Format on Run').isChecked(), true);
  } finally {
    await page.getByLabel('Format on Run').uncheck().catch(() => {});
    await page.close();
  }
});

// ---- keyboard -------------------------------------------------------------------------------

test('keyboard: Tab indents in the editor; Escape then Tab / Shift+Tab leaves it; Ctrl+M makes Tab move focus', async () => {
  const page = await freshPage();
  try {
    await h.setSource(page, 'package main\n');
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Tab');
    assert.equal(await editorText(page), 'package main\n\t', 'Tab still indents');
    assert.equal((await active(page)).inEditor, true);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.equal((await active(page)).inTerminal, true, 'Escape, Tab → the terminal');
    assert.equal(await editorText(page), 'package main\n\t', 'that Tab inserted nothing');

    await focusEditor(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await active(page)).inToolbar, true, 'Escape, Shift+Tab → the toolbar');

    // Escape is one-shot: typing in between cancels it.
    await focusEditor(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('x');
    await page.keyboard.press('Tab');
    assert.equal(await editorText(page), 'package main\n\tx\t');
    assert.equal((await active(page)).inEditor, true);

    // Monaco's own toggle: with Tab moving focus, Tab leaves the editor and inserts nothing.
    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    const a = await active(page);
    assert.equal(a.inEditor, false, `Ctrl+M, Tab left the editor (focus on ${a.id})`);
    assert.equal(await editorText(page), 'package main\n\tx\t');
    await focusEditor(page);
    await page.keyboard.press('Control+M');
  } finally { await page.close(); }
});

test('keyboard: Tab and Shift+Tab leave the terminal (nothing is sent to the program)', async () => {
  const page = await freshPage();
  try {
    await page.locator('#terminal .xterm-helper-textarea').focus();
    assert.equal((await active(page)).inTerminal, true);
    await page.keyboard.press('Shift+Tab');
    assert.equal((await active(page)).inEditor, true, 'Shift+Tab → the editor');
    await page.locator('#terminal .xterm-helper-textarea').focus();
    await page.keyboard.press('Tab');
    assert.equal((await active(page)).inTerminal, false, 'Tab leaves the terminal');
  } finally { await page.close(); }
});

test('keyboard: Ctrl+V pastes into the terminal as stdin', async () => {
  const page = await freshPage();
  try {
    await h.selectExample(page, 'echo_stdin');
    const i = await h.pressRun(page);
    await h.waitFor(page, () => window.__gort.runs.at(-1).events.some((e) => e.text.includes('Type something')), null, { what: 'the prompt' });
    // xterm would send ^V (0x16) and cancel the key; now the browser's paste runs instead.
    const prevented = await h.evalBounded(page, () => {
      const ta = document.querySelector('#terminal .xterm-helper-textarea');
      const ev = new KeyboardEvent('keydown', { key: 'v', code: 'KeyV', ctrlKey: true, bubbles: true, cancelable: true });
      ta.dispatchEvent(ev);
      return ev.defaultPrevented;
    });
    assert.equal(prevented, false, 'Ctrl+V keydown left to the browser');
    await h.evalBounded(page, () => navigator.clipboard.writeText('pasted words'));
    await page.locator('#terminal .xterm-helper-textarea').focus();
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+D');
    const run = await h.waitExit(page, i);
    const out = run.events.map((e) => e.text).join('');
    assert.match(out, /you said: PASTED WORDS\n/);
    assert.match(out, /read 1 lines; bye/);
  } finally { await page.close(); }
});

// ---- the program is kept ----------------------------------------------------------------------

test('edits: a reload keeps the tab\'s program; another example asks first (in-page), Keep editing keeps them', async () => {
  const page = await freshPage();
  try {
    await h.selectExample(page, 'closure_pitfall');
    const edited = (await editorText(page)) + '\n// my edit\n';
    await h.setSource(page, edited);
    await h.waitFor(page, (t) => JSON.parse(sessionStorage.getItem('gort-program') || '{}').source === t, edited, { what: 'the program saved' });
    await page.reload();
    await h.waitFor(page, () => window.__gort?.loaded, null, { what: 'reload' });
    assert.equal(await editorText(page), edited, 'edits survive a reload');
    assert.equal(await h.evalBounded(page, () => document.getElementById('example').value), 'closure_pitfall');

    await page.getByLabel('Example').selectOption('say');
    await h.waitFor(page, () => document.getElementById('confirm').open, null, { what: 'the discard question' });
    assert.match(await h.evalBounded(page, () => document.getElementById('confirm-message').textContent), /Discard your edits/);
    await page.getByRole('button', { name: 'Keep editing', exact: true }).click();
    assert.equal(await editorText(page), edited);
    assert.equal(await h.evalBounded(page, () => document.getElementById('example').value), 'closure_pitfall');

    await page.getByLabel('Example').selectOption('say');
    await h.waitFor(page, () => document.getElementById('confirm').open, null, { what: 'the discard question' });
    await page.getByRole('button', { name: 'Discard edits', exact: true }).click();
    await h.waitFor(page, () => /func say/.test(window.__gort.editor.getValue()), null, { what: 'say' });
    // Unedited: no question.
    await page.getByLabel('Example').selectOption('closure_arg');
    await h.waitFor(page, () => document.getElementById('example').value === 'closure_arg' && !document.getElementById('confirm').open, null, { what: 'closure_arg without a question' });
    assert.equal(page.__nativeDialog, undefined, 'no window.confirm');
  } finally { await page.close(); }
});

// ---- markers, status, terminal ----------------------------------------------------------------

async function withCompileError(page) {
  await h.setSource(page, 'package main\n\nfunc main() {\n\tvar x int = "hello"\n\t_ = x\n}\n');
  await h.runProgram(page);
  const msg = await h.evalBounded(page, () => window.__gort.monaco.editor.getModelMarkers({})[0]?.message);
  assert.match(msg, /cannot use "hello"/);
  return msg;
}

test('markers: F8 opens the next problem with its message', async () => {
  const page = await freshPage();
  try {
    const msg = await withCompileError(page);
    await focusEditor(page);
    await page.keyboard.press('F8');
    await h.waitFor(page, (m) => [...document.querySelectorAll('.marker-widget')].some((e) => e.textContent.includes(m)), msg, { what: 'F8\'s problem widget' });
  } finally { await page.close(); }
});

// The error is at the opening quote (column 14, as gc reports it); the marker covers the whole
// literal `"hello"`, so the mouse finds it anywhere on the squiggle (a one-character marker
// under the quote was what made the hover look missing). The keyboard's Show Hover (Ctrl+K
// Ctrl+I) with the cursor on it shows the same message.
test('markers: hovering a compile error (mouse, or Ctrl+K Ctrl+I) shows its message', async () => {
  const page = await freshPage();
  try {
    const msg = await withCompileError(page);
    const range = await h.evalBounded(page, () => { const m = window.__gort.monaco.editor.getModelMarkers({ owner: 'gort' })[0]; return [m.startColumn, m.endColumn]; });
    assert.deepEqual(range, [14, 21], 'the marker covers "hello"');
    const hoverShows = (m) => [...document.querySelectorAll('.monaco-hover')].some((e) => e.offsetParent && e.textContent.includes(m));
    const at = await h.evalBounded(page, () => {
      const ed = window.__gort.editor;
      const p = ed.getScrolledVisiblePosition({ lineNumber: 4, column: 17 });
      const r = ed.getDomNode().getBoundingClientRect();
      return { x: r.left + p.left + 3, y: r.top + p.top + p.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 2, at.y);
    await h.waitFor(page, hoverShows, msg, { what: 'the hover with the message' });
    // Away from the squiggle the hover goes; then the keyboard shows it again.
    await page.mouse.move(5, 5);
    await h.waitFor(page, (m) => !(([...document.querySelectorAll('.monaco-hover')].some((e) => e.offsetParent && e.textContent.includes(m)))), msg, { what: 'the hover to hide' });
    await focusEditor(page);
    await h.evalBounded(page, () => window.__gort.editor.setPosition({ lineNumber: 4, column: 17 }));
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await h.waitFor(page, hoverShows, msg, { what: 'the hover from Ctrl+K Ctrl+I' });
  } finally { await page.close(); }
});

test('status: says how a run ended (panic, deadlock, build failure, exit status) — it is the aria-live region', async () => {
  const page = await freshPage();
  try {
    assert.deepEqual(await h.evalBounded(page, () => ['role', 'aria-live'].map((a) => document.getElementById('status').getAttribute(a))), ['status', 'polite']);
    const cases = [
      ['package main\n\nfunc main() {\n\tpanic("boom")\n}\n', /^Panic: boom \(exit status 2\)\.$/],
      ['package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n', /^Deadlock: all goroutines are asleep \(exit status 2\)\.$/],
      ['package main\n\nfunc main() {\n\tvar x int = "hello"\n\t_ = x\n}\n', /^Build failed: 1 error; first at line 4, column 14: cannot use "hello"/],
      ['package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(3)\n}\n', /^Program exited with status 3\.$/],
      ['package main\n\nfunc main() {\n\tprintln("ok")\n}\n', /^Program exited\.$/],
    ];
    for (const [src, want] of cases) {
      await h.setSource(page, src);
      await h.runProgram(page);
      assert.match(await status(page), want);
    }
    // The terminal's accessibility tree carries the output (xterm screen-reader mode).
    await h.setSource(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("spoken words")\n}\n');
    await h.runProgram(page);
    assert.match(await h.accessibleTerminalText(page, /spoken words/), /spoken words/);
  } finally { await page.close(); }
});

test('terminal: a hint before the first run, gone when the program runs', async () => {
  const page = await freshPage();
  try {
    const lines = await h.terminalLines(page);
    assert.match(lines[0], /^Press Run \(Shift\+Enter\) to run the program/);
    assert.ok(lines.some((l) => /type here to give it input/.test(l)));
    await h.setSource(page, 'package main\n\nfunc main() {\n\tprintln("x")\n}\n');
    const { lines: after } = await h.runProgram(page);
    assert.deepEqual(after, ['x', '', 'Program exited.']);
  } finally { await page.close(); }
});

test('layout: at 400 px Run and Stop share a row', async () => {
  const page = await freshPage();
  try {
    await page.setViewportSize({ width: 400, height: 760 });
    for (const w of [400, 360, 320]) {
      await page.setViewportSize({ width: w, height: 760 });
      const run = await page.getByRole('button', { name: 'Run', exact: true }).boundingBox();
      const stop = await page.getByRole('button', { name: 'Stop', exact: true }).boundingBox();
      assert.equal(run.y, stop.y, `at ${w} px Run is at y=${run.y}, Stop at y=${stop.y}`);
      assert.ok(stop.x > run.x && stop.x + stop.width <= w + 1, `Stop right of Run and inside the window at ${w} px`);
    }
  } finally { await page.close(); }
});
