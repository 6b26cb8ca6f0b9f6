// web/app/main.js — the playground page: wires the toolbar, the editor (lazy-editor.js: a plain
// fallback at once, Monaco when its chunk has arrived) and the xterm.js terminal to the engine
// (engine.js). Run is enabled as soon as the engine is ready and the program is shown, before
// Monaco (3.3 MB) has even been fetched: it loads afterwards (see "Monaco, lazily" below).
// Output is written as each event arrives; stdin is typed in the terminal (local echo, sent a line at a time, Ctrl+D = EOF); compile errors become
// editor markers; go vet's findings are warnings and are printed before a run (vet.js).
// Each other concern has its module: share.js (links, embed code), format.js, storage.js (the
// tab's program, unsaved edits), dialog.js, keyboard.js, outcome.js (status line), the scheduler
// panel (sched-panel.js), goroutine-tagged output (tagged-output.js) and the race detector's
// editor marks (race-ui.js); this file only wires them.
// `window.__gort` exposes the editor, terminal and per-run timings for tests.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { Engine } from './engine.js';
import { parseDiagnostics } from './diagnostics.js';
import { createVet } from './vet.js';
import { TaggedOutput } from './tagged-output.js';
import { RaceMarks, parseRaces, raceLines } from './race-ui.js';
import { SchedPanel } from './sched-panel.js';
import { encodeShare, decodeShare, isShareFragment, embedSnippet } from './share.js';
import { setupFormat } from './format.js';
import { EditTracker, loadProgram } from './storage.js';
import { confirmDialog } from './dialog.js';
import { setupKeyboard } from './keyboard.js';
import { describeOutcome } from './outcome.js';
import { LazyEditor } from './lazy-editor.js';
import { examplesOnce } from './examples.js';

performance.mark('gort:main');   // this script's own code starts (its bundle is parsed, xterm.js defined)
// Asked for by boot.js (index.html preloads it), needed once the page is wired.
const examplesJson = examplesOnce();

const $ = (id) => document.getElementById(id);
const ui = { example: $('example'), run: $('run'), stop: $('stop'), procs: $('gomaxprocs'), time: $('time'),
  go: $('goversion'), theme: $('theme'), status: $('status'), race: $('race'), tagout: $('tagout'), sched: $('schedtoggle'),
  schedPane: $('sched'), format: $('format'), formatOnRun: $('format-on-run'), share: $('share'), notice: $('notice') };
// The status line is the page's aria-live region: what it says is what a screen reader hears.
const report = (text) => { ui.status.textContent = text; };

// ---- theme: follows the system until the user picks one
const dark = () => document.documentElement.dataset.theme !== 'light';
const termThemes = {
  dark: { background: '#000000', foreground: '#d4d4d4', cursor: '#d4d4d4' },
  light: { background: '#ffffff', foreground: '#1e1e1e', cursor: '#1e1e1e', selectionBackground: '#add6ff' },
};
document.documentElement.dataset.theme =
  localStorage.getItem('gort-theme') || (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');

// ---- editor: the fallback now, Monaco later (see "Monaco, lazily" below)
const source = new LazyEditor($('editor'), { onRun: () => doRun(), onChange: () => changed(), dark });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const idle = () => new Promise((r) => (self.requestIdleCallback ? requestIdleCallback(() => r(), { timeout: 1000 }) : setTimeout(r, 0)));

// ---- terminal (screen-reader mode puts its text in the accessibility tree)
// Screen-reader mode is turned on a moment later (screenReaderOn, below), not here: xterm then
// lays out each row of its accessibility tree one forced layout at a time (AccessibilityManager
// _alignRowWidth), and at start-up, before the engine's wasm has streamed in, that held the main
// thread 258 ms of main.js's 610 ms (Chromium trace, load ~5) — the wasm compile and the engine's
// Workers wait for this thread. It is on before anything is printed: once the engine is ready and
// the page idle, and at the latest when a program is run.
const term = new Terminal({ convertEol: true, screenReaderMode: false, fontSize: 14, cursorBlink: true,
  theme: dark() ? termThemes.dark : termThemes.light, scrollback: 10000 });
const screenReaderOn = () => { if (!term.options.screenReaderMode) term.options.screenReaderMode = true; };
const fit = new FitAddon();
term.loadAddon(fit);
term.open($('terminal'));
const refit = () => { try { fit.fit(); } catch { /* pane hidden */ } };
new ResizeObserver(refit).observe($('terminal'));
refit();

function applyTheme() {
  source.setTheme();
  term.options.theme = dark() ? termThemes.dark : termThemes.light;
}
ui.theme.addEventListener('click', () => {
  document.documentElement.dataset.theme = dark() ? 'light' : 'dark';
  localStorage.setItem('gort-theme', document.documentElement.dataset.theme);
  applyTheme();
});

// ---- settings
const cores = Math.max(1, navigator.hardwareConcurrency || 1);
for (let i = 1; i <= cores; i++) ui.procs.add(new Option(String(i), String(i), i === cores, i === cores));
// hook.runOptions: extra engine options a test sets (e.g. the injectFault test hook).
const options = () => ({ gomaxprocs: Number(ui.procs.value), faketime: ui.time.value === 'fake', go: ui.go.value, seed: 0,
  ...(ui.race.checked ? { race: true } : {}), ...(schedOn() ? { sched: true } : {}), ...hook.runOptions });

// ---- state visible to tests: timings are performance.now() on the page's clock
// editor/monaco: the Monaco editor and API once they are in (until then editor is `source`, the
// LazyEditor, which has getValue/setValue); loaded: the program is shown and Monaco is in.
const hook = window.__gort = { source, editor: source, term, monaco: null, runs: [], frames: 0, engine: null, runOptions: {}, usable: false, loaded: false };

// ---- output tagged by goroutine; race marks; the scheduler panel
const tagged = new TaggedOutput(term, { dark });
ui.tagout.checked = localStorage.getItem('gort-tagout') === '1';
tagged.tag = ui.tagout.checked;
ui.tagout.addEventListener('change', () => { tagged.tag = ui.tagout.checked; localStorage.setItem('gort-tagout', ui.tagout.checked ? '1' : '0'); });
let raceMarks = null;     // RaceMarks once Monaco is in
let pendingRace = null;   // the last run's race reports while Monaco was not: marked when it is
const panel = new SchedPanel(ui.schedPane, { dark, onSource: (line) => source.revealLine(line) });
const schedOn = () => !ui.schedPane.hidden;
function setSched(on, remember = true) {
  ui.schedPane.hidden = !on;
  ui.sched.setAttribute('aria-pressed', String(on));
  if (remember) localStorage.setItem('gort-sched', on ? '1' : '0');
  refit();
}
// On by default where there is room for it; off on narrow screens; the user's choice sticks.
const schedPref = localStorage.getItem('gort-sched');
setSched(schedPref ? schedPref === '1' : matchMedia('(min-width: 761px)').matches, false);
ui.sched.addEventListener('click', () => setSched(!schedOn()));
// A click on a line of output: which goroutine printed it, and where it was then (timeline).
$('terminal').classList.add('term-clickable');
$('terminal').addEventListener('click', (e) => {
  const ev = tagged.eventAtRow(tagged.rowAtMouse(e));
  if (!ev) return;
  hook.lastClicked = { goroutine: ev.goroutine, timeMs: ev.timeMs, where: schedOn() && ev.schedT !== null ? panel.highlight(ev.goroutine, ev.schedT) : null };
  ui.status.textContent = hook.lastClicked.where?.text || `printed by g${ev.goroutine} at ${ev.timeMs.toFixed(1)} ms`;
});
Object.assign(hook, { tagged, panel });
const tick = () => { hook.frames++; requestAnimationFrame(tick); };
requestAnimationFrame(tick);

// ---- engine
const MAX_EVENTS = 10000;
const MAX_STDERR = 64 * 1024;
let run = null;   // the current run's record: {startedAt, events[], stderr, exit, ...}
let pendingInput = '';   // the stdin line being typed (echoed locally, sent on Enter)
const engine = new Engine({
  onOutput(ev) {
    if (!run) return;
    // A program printing without end must not grow the page's memory: the record keeps the
    // first MAX_EVENTS events (what tests read) and the start of stderr (where compile errors
    // are); the terminal itself keeps only its scrollback.
    run.nevents++;
    run.lastText = ev.text;
    if (run.events.length < MAX_EVENTS) run.events.push({ at: performance.now(), timeMs: ev.timeMs, stream: ev.stream, goroutine: ev.goroutine, text: ev.text });
    if (ev.stream === 2 && run.stderr.length < MAX_STDERR) run.stderr += ev.text;
    // Output times are the program's clock (fake under fake time); scheduler events use the real
    // clock. Under fake time a line is placed after the last scheduler event received before it
    // (the two arrive in one ordered stream), which the timeline snaps to its goroutine's run.
    tagged.write(ev, run.sched ? (run.options.faketime ? panel.live.t : ev.timeMs) : null);
  },
  onSched(events) {
    if (!run || !run.sched) return;
    run.schedEvents += events.length;
    panel.push(events);
  },
  onWaitGraph(graph) {
    if (!run) return;
    run.waitGraph = graph;
    if (!schedOn()) setSched(true, false);
    panel.showWaitGraph(graph);
  },
  onExit(code, how) {
    if (!run) return;
    const r = run;
    r.exit = code; r.exitAt = performance.now(); r.how = how;
    const diags = code === 1 ? parseDiagnostics(r.stderr) : [];
    setMarkers(diags);
    if (r.options.race && /WARNING: DATA RACE/.test(r.stderr)) {
      if (raceMarks) r.raceLines = raceMarks.show(r.stderr);
      else { pendingRace = r.stderr; r.raceLines = raceLines(parseRaces(r.stderr), source.getValue().split('\n').length); }
    }
    if (r.sched) panel.endRun();
    r.outcome = describeOutcome({ exit: code, how, stopped: r.stopped, stderr: r.stderr, diags });
    let line;
    if (r.stopped || how === 'killed') line = 'Program exited: stopped.';
    else if (diags.length) line = 'Go build failed.';
    else line = code === 0 ? 'Program exited.' : `Program exited: status ${code}.`;
    if (pendingInput) { pendingInput = ''; }
    term.write(`${r.nevents && !r.lastText.endsWith('\n') ? '\n' : ''}\n\x1b[2m${line}\x1b[0m\n`);
    r.exitLine = line;
    run = null;
    setRunning(false);
    report(r.outcome);
  },
  onState(state, err) {
    // Only the first 'ready' is news: after a run the status keeps saying how it ended.
    if (state === 'ready') { engineReady = true; idle().then(screenReaderOn); if (!run && !everRan && ui.status.textContent === 'loading…') report(`ready (${engine.kind === 'wasm-pt' ? 'threads' : 'single-threaded'})`); ui.run.disabled = !hook.usable; }
    if (state === 'error') { ui.status.textContent = 'engine failed to load'; term.write(`\x1b[31mgort: could not load the engine (${engine.kind}): ${err?.message || err}\x1b[0m\n`); }
  },
});
hook.engine = engine;
const vet = hook.vet = createVet({ engine, source, term });
ui.run.disabled = true;
let engineReady = false;
const enginePrepared = engine.prepare();

let everRan = false;
function setRunning(on) {
  ui.run.disabled = on;
  ui.stop.disabled = !on;
  if (on) { everRan = true; report('running…'); }
}

function setMarkers(diags) {
  source.setMarkers('gort', diags.map((d) => ({ severity: 'error', line: d.line, col: d.col, msg: d.msg })));
}

async function doRun() {
  if (run || engine.running || formatting || !hook.usable) return;
  if (fmt.formatOnRun()) {
    formatting = true;
    try { await fmt.format(); } finally { formatting = false; }
  }
  tracker.save();
  const r = run = { startedAt: performance.now(), events: [], nevents: 0, lastText: '', stderr: '', exit: null, stopped: false, options: options(),
    schedEvents: 0, waitGraph: null, raceLines: null };
  r.sched = !!r.options.sched;
  hook.runs.push(r);
  pendingInput = '';
  screenReaderOn();
  term.reset();
  tagged.reset();
  raceMarks?.clear();
  pendingRace = null;
  if (r.sched) panel.startRun(r.options.gomaxprocs);
  setMarkers([]);
  r.vet = vet.beforeRun(r.options);   // the Go playground vets first, then runs anyway
  setRunning(true);
  const ok = await engine.start(source.getValue(), r.options).catch((e) => { console.error(e); return false; });
  if (!ok && run === r) { run = null; setRunning(false); term.write('\x1b[31mgort: could not start the program\x1b[0m\n'); }
  term.focus();
}
let formatting = false;
function doStop() {
  if (!run) return;
  run.stopped = true;
  run.stopAt = performance.now();
  engine.stop();
}
ui.run.addEventListener('click', doRun);
ui.stop.addEventListener('click', doStop);
source.whenMonaco(({ monaco, editor }) => {
  editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Enter, doRun);
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, doRun);
});
document.addEventListener('keydown', (e) => {
  // Outside the editor (both stages have their own bindings) and outside the terminal (where Enter is stdin).
  if (e.key !== 'Enter' || !(e.shiftKey || e.ctrlKey || e.metaKey)) return;
  if (e.target.closest && (e.target.closest('#editor') || e.target.closest('#terminal'))) return;
  e.preventDefault(); doRun();
});

// ---- stdin: local echo, a line at a time; Ctrl+D sends what is typed, then EOF
term.onData((data) => {
  if (!run) return;
  for (const ch of data) {
    if (ch === '\r' || ch === '\n') { term.write('\r\n'); engine.stdinWrite(pendingInput + '\n'); pendingInput = ''; }
    else if (ch === '\x04') { if (pendingInput) engine.stdinWrite(pendingInput); pendingInput = ''; engine.stdinClose(); }
    else if (ch === '\x7f' || ch === '\b') { if (pendingInput) { pendingInput = pendingInput.slice(0, -1); term.write('\b \b'); } }
    else if (ch === '\x03') doStop();
    else if (ch >= ' ') { pendingInput += ch; term.write(ch); }
  }
});

// ---- markers while typing, when the build can check without running; the program is kept
let checkTimer = 0;
function checkNow() {
  hook.tracker?.save();
  const d = engine.check(source.getValue(), { go: ui.go.value });
  if (d) setMarkers(d);
  vet.update({ go: ui.go.value });
}
function changed() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(checkNow, 500);
}

// ---- format, keyboard, terminal hint
const fmt = setupFormat({ source, engine, setMarkers, report, button: ui.format, onRunBox: ui.formatOnRun });
setupKeyboard({ source, term, editorEl: $('editor'), toolbar: document.querySelector('.toolbar'), report });
term.write('\x1b[2mPress Run (Shift+Enter) to run the program; its output appears here.\r\n' +
  'While it runs, type here to give it input (Enter sends a line, Ctrl+D ends it, Ctrl+V pastes).\r\n' +
  'Tab leaves the terminal.\x1b[0m\r\n');

// ---- the program: examples, the tab's saved program, share links; edits are never lost silently
const tracker = hook.tracker = new EditTracker(source);
const examples = await examplesJson;
hook.examples = examples.examples.map((e) => e.name);
for (const ex of examples.examples) ui.example.add(new Option(ex.name, ex.name));
const defaultExample = hook.examples[0] || '';
let shownExample = '';
const setProgram = (text, example) => {
  source.setValue(text);
  setMarkers([]);
  shownExample = ui.example.value = example;
  tracker.loaded(example, text);
};
const load = (name) => {
  const ex = examples.examples.find((e) => e.name === name);
  if (ex) { setProgram(ex.source, name); vet.clear(); }
};
const discardOk = () => !tracker.dirty || confirmDialog('Discard your edits to this program?', { yes: 'Discard edits', no: 'Keep editing' });
ui.example.addEventListener('change', async () => {
  const wantedName = ui.example.value;
  ui.example.value = shownExample;   // until the person agrees
  if (await discardOk()) load(wantedName);
});

function notice(text) {
  ui.notice.textContent = text;
  ui.notice.hidden = !text;
}
function applySettings(s) {
  if (s.go && [...ui.go.options].some((o) => o.value === s.go)) ui.go.value = s.go;
  if (s.time) ui.time.value = s.time;
  if (s.gomaxprocs) ui.procs.value = String(Math.min(s.gomaxprocs, cores));
}
/** Opens the share link in location.hash; false (and a notice) when it is broken. */
async function openShare() {
  const r = await decodeShare(location.hash);
  if (!r.ok) { notice(r.error); load(defaultExample); report(r.error); return false; }
  notice('');
  applySettings(r.state);
  setProgram(r.state.source, '');
  return true;
}
const wanted = new URLSearchParams(location.search).get('example');
const saved = loadProgram();
const savedDirty = saved && saved.source !== saved.pristine;
if (isShareFragment(location.hash) && !(saved && saved.hash === location.hash) && (!savedDirty
    || await confirmDialog('Open the shared program? Your edits to the program in this tab will be discarded.', { yes: 'Open the shared program', no: 'Keep my program' }))) await openShare();
else if (saved) {
  // A reload of this tab: the program as it was, edits included.
  source.setValue(saved.source);
  shownExample = ui.example.value = hook.examples.includes(saved.example) ? saved.example : '';
  tracker.example = shownExample;
  tracker.pristine = typeof saved.pristine === 'string' ? saved.pristine : saved.source;
} else load(wanted && hook.examples.includes(wanted) ? wanted : defaultExample);
tracker.save();
// A share link pasted into this tab's address bar changes only the fragment: open it too.
let lastShared = '';
addEventListener('hashchange', async () => {
  if (isShareFragment(location.hash) && location.hash !== lastShared && await discardOk()) await openShare();
});

// ---- share
const shareState = () => ({ source: source.getValue(), go: ui.go.value, gomaxprocs: Number(ui.procs.value), time: ui.time.value });
ui.share.addEventListener('click', async () => {
  const state = shareState();
  const frag = await encodeShare(state);
  lastShared = '#' + frag;
  history.replaceState(null, '', `${location.pathname}#${frag}`);
  tracker.save();
  const link = `${location.origin}${location.pathname}#${frag}`;
  $('share-link').value = link;
  $('embed-code').value = embedSnippet(state);
  $('share-result').textContent = '';
  hook.shared = { link, embed: $('embed-code').value };
  $('share-dialog').showModal();
  $('share-link').select();
});
const copy = async (text, what) => {
  let ok = true;
  try { await navigator.clipboard.writeText(text); } catch { ok = false; }
  $('share-result').textContent = ok ? `${what} copied.` : `Could not copy: select the ${what.toLowerCase()} above and copy it.`;
};
$('copy-link').addEventListener('click', () => copy($('share-link').value, 'Link'));
$('copy-embed').addEventListener('click', () => copy($('embed-code').value, 'Embed code'));
$('share-close').addEventListener('click', () => $('share-dialog').close());

// ---- the page is usable: Run is enabled as soon as the engine is ready too
// The start-up program's check and vet wait for a moment between runs (see below): a check due
// now would compile the engine's check code cold on the main thread just as a Run pressed at
// once starts printing.
clearTimeout(checkTimer);
hook.usable = true;
performance.mark('gort:usable');
if (engineReady && !run) ui.run.disabled = false;

// ---- Monaco, lazily. Its chunk is fetched (and compiled off the main thread) once the engine is
// ready and its warm-up run has ended (on two cores that compile slows the warm-up, which a Run
// pressed at once waits for) — or after 3 s whatever happens there. Running it holds the main
// thread (1–2.5 s on two loaded cores) and a program's output would wait for it: so it runs when
// the person turns to the editor (a click or focus in it), or when the first run ends, or 2 s
// after the engine is ready — in each case not while a program runs (up to 3 s of it), nor before
// the engine's warm-up has ended. A Run pressed at once, the common case, meets no Monaco.
async function betweenRuns(limitMs = 3000) {
  const end = performance.now() + limitMs;
  while ((run || engine.warming) && performance.now() < end) await sleep(50);
}
let wantEditor, editorIsWanted = false;
const editorWanted = new Promise((resolve) => { wantEditor = (why) => { editorIsWanted = true; resolve(why); }; });
for (const type of ['pointerdown', 'focusin']) $('editor').addEventListener(type, () => wantEditor('editor'), { once: true, capture: true });
const afterFirstRun = () => { if (everRan && !run) wantEditor('run'); else if (!editorIsWanted) setTimeout(afterFirstRun, 100); };
const enginePreparedOr3s = Promise.race([enginePrepared.catch(() => {}), sleep(3000)]);
enginePreparedOr3s.then(() => { afterFirstRun(); betweenRuns().then(() => source.preload()); return sleep(2000); }).then(() => wantEditor('quiet'));
source.whenMonaco(({ monaco, editor }) => {
  Object.assign(hook, { editor, monaco });
  raceMarks = hook.raceMarks = new RaceMarks(monaco, editor);
  if (pendingRace) raceMarks.show(pendingRace);
  hook.loaded = true;
});
Promise.all([editorWanted, enginePreparedOr3s])
  .then(([why]) => (why === 'editor' ? null : idle()))   // wanted now: no idle wait
  .then(() => betweenRuns())
  // The program shown at start-up was set before the engine was ready: check and vet it now
  // (markers, and the engine's check/vet code compiled by V8 before an edit or a Run needs it).
  .then(() => { checkNow(); return source.load(); })
  .catch((e) => { console.error('the Monaco editor did not load', e); report('The full editor could not load: editing as plain text.'); });
