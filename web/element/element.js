// web/element/element.js — the <gort-playground> custom element: an editable, runnable Go program
// for documentation pages. Owns the element's shadow DOM (toolbar, editor, stdin box, output),
// its attributes, events and JS API; the engine is shared by every element through queue.js
// (one program at a time: a second Run waits, shown as "queued"). The program comes from a
// `src` URL or the element's own content: a <script type="text/go"> or <pre> child, or its text,
// so the page reads well before (or without) scripts. See web/element/README.md.
import { Editor } from './editor.js';
import { OutputView } from './output.js';
import { adoptStyles } from './styles.js';
import { enqueue, stop as stopJob, warm, engineKind, sendStdin, closeStdin } from './queue.js';
import { dedent, sameOutput, normalizeOutput } from './text.js';

const MAX_KEPT = 1024 * 1024;   // stdout kept for expected-output and the gort-exit detail

// One observer for every element: the engine loads when the first element comes into view.
let observer = null;
function observe(el) {
  if (typeof IntersectionObserver !== 'function') { el.visible(); return; }
  observer ||= new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) { observer.unobserve(e.target); e.target.visible(); }
  }, { rootMargin: '200px' });
  observer.observe(el);
}

const BOOL = (v) => v !== null && v !== 'false';

export class GortPlayground extends HTMLElement {
  static observedAttributes = ['readonly', 'height', 'toolbar', 'stdin', 'src'];

  constructor() {
    super();
    this.job = null;
    this.built = false;
    this.initial = '';
    this.lastExit = null;
    this.pending = null;   // {promise, resolve} of the current run() call
    this.readyPromise = new Promise((r) => { this.resolveReady = r; });
  }

  // ---- lifecycle

  connectedCallback() {
    if (!this.built) this.build();
    observe(this);
  }

  disconnectedCallback() {
    // An element taken off the page must not keep the shared engine busy.
    if (this.job) this.stop();
  }

  attributeChangedCallback(name) {
    if (!this.built) return;
    if (name === 'readonly') this.editor.readOnly = BOOL(this.getAttribute('readonly'));
    else if (name === 'height') this.editor.height = this.cssHeight();
    else if (name === 'toolbar') this.layoutToolbar();
    else if (name === 'stdin') this.stdinBox.value = this.getAttribute('stdin') ?? '';
    else if (name === 'src') this.loadSource();
  }

  build() {
    this.built = true;
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root);
    const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; };

    this.bar = el('div', 'bar');
    this.bar.setAttribute('role', 'toolbar');
    this.bar.setAttribute('aria-label', 'Go example controls');
    this.runBtn = el('button', 'run', 'Run');
    this.runBtn.title = 'Run (Shift+Enter)';
    this.stopBtn = el('button', 'stop', 'Stop');
    this.stopBtn.disabled = true;
    this.resetBtn = el('button', 'reset', 'Reset');
    this.resetBtn.title = 'Restore the original program';
    this.status = el('span', 'status');
    this.status.setAttribute('role', 'status');
    this.bar.append(this.runBtn, this.stopBtn, this.resetBtn, this.status);
    this.runBtn.addEventListener('click', () => (this.job && this.toolbarMode() === 'run' ? this.stop() : this.run()));
    this.stopBtn.addEventListener('click', () => this.stop());
    this.resetBtn.addEventListener('click', () => { this.value = this.initial; });

    this.note = el('div', 'note', 'Single-threaded: this page is not cross-origin isolated, so goroutines share one thread (GOMAXPROCS 1).');
    this.note.hidden = engineKind() !== 'wasm-st';

    const body = el('div', 'body');
    this.editor = new Editor(body, { onRun: () => this.run(), onChange: () => {} });
    this.editor.readOnly = BOOL(this.getAttribute('readonly'));
    this.editor.height = this.cssHeight();

    this.stdinRow = el('label', 'stdin');
    this.stdinRow.append(el('span', null, 'Input'));
    this.stdinBox = el('textarea');
    this.stdinBox.spellcheck = false;
    this.stdinBox.setAttribute('aria-label', 'Program input (stdin)');
    this.stdinBox.value = this.getAttribute('stdin') ?? '';
    this.stdinRow.append(this.stdinBox);
    this.stdinRow.hidden = !this.hasAttribute('stdin');

    root.append(this.bar, this.note, body, this.stdinRow);
    this.output = new OutputView(root);
    this.layoutToolbar();
    this.setState('idle');
    this.loadSource();
  }

  /** The program: `src` if given, else the element's own content (a script/pre child or its text). */
  async loadSource() {
    const src = this.getAttribute('src');
    let text;
    if (src) {
      this.setState('loading');
      try {
        const r = await fetch(new URL(src, document.baseURI));
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        text = await r.text();
      } catch (e) {
        text = '';
        this.output.clear();
        this.output.write(`gort: could not load ${src}: ${e.message}\n`, 2);
      }
      this.setState('idle');
    } else {
      const child = this.querySelector(':scope > script[type="text/go"]') || this.querySelector(':scope > pre');
      text = (child || this).textContent;
    }
    this.initial = dedent(text);
    if (!this.valueSet) this.editor.value = this.initial;   // a value set by script wins
    this.resolveReady();
  }

  visible() {
    warm();
    if (BOOL(this.getAttribute('autorun')) && !this.autoran) { this.autoran = true; this.run(); }
  }

  // ---- attributes

  cssHeight() {
    const h = this.getAttribute('height');
    if (!h || h === 'auto') return null;
    return /^\d+(\.\d+)?$/.test(h) ? `${h}px` : h;
  }

  toolbarMode() {
    const t = this.getAttribute('toolbar');
    return t === 'none' || t === 'run' ? t : 'full';
  }

  layoutToolbar() {
    const mode = this.toolbarMode();
    this.bar.hidden = mode === 'none';
    this.stopBtn.hidden = mode !== 'full';
    this.resetBtn.hidden = mode !== 'full';
    this.setState(this.state || 'idle');
  }

  /** The engine options from the attributes. */
  options() {
    const procs = Number(this.getAttribute('gomaxprocs'));
    const go = this.getAttribute('go');
    return {
      // The single-threaded build has one thread whatever is asked.
      gomaxprocs: engineKind() === 'wasm-st' ? 1 : (Number.isInteger(procs) && procs > 0 ? procs : 0),
      faketime: this.getAttribute('time') === 'fake',
      go: ['1.21', '1.22', '1.23', '1.24'].includes(go) ? go : 'auto',
      seed: 0,
    };
  }

  setState(state) {
    this.state = state;
    this.setAttribute('state', state);
    const busy = state === 'running' || state === 'queued';
    if (this.toolbarMode() === 'run') {
      this.runBtn.textContent = busy ? 'Stop' : 'Run';
      this.runBtn.setAttribute('aria-label', busy ? 'Stop' : 'Run');
    } else {
      this.runBtn.textContent = 'Run';
      this.runBtn.removeAttribute('aria-label');
    }
    this.runBtn.disabled = state === 'loading' || (busy && this.toolbarMode() !== 'run');
    this.stopBtn.disabled = !busy;
    const kind = engineKind() === 'wasm-pt' ? 'threads' : 'single-threaded';
    this.status.textContent = { idle: '', loading: 'loading…', queued: 'queued: waiting for another example to finish',
      running: `running (${kind})…`, done: '' }[state] ?? '';
  }

  // ---- API

  /** The program text in the editor. */
  get value() { return this.built ? this.editor.value : dedent(this.textContent); }
  set value(v) { if (!this.built) this.build(); this.valueSet = true; this.editor.value = String(v); }

  /** Resolves once the program text is in place (after `src` has loaded). */
  get ready() { return this.readyPromise; }

  /**
   * Runs the program (or queues it behind another element's run). Resolves with the gort-exit
   * detail: {code, stopped, matched, stdout}. A second call while running returns the same promise.
   */
  run() {
    if (this.pending) return this.pending.promise;
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    this.pending = { promise, resolve };
    this.startRun();
    return promise;
  }

  async startRun() {
    if (!this.built) this.build();
    await this.readyPromise;
    if (this.stopBeforeStart) {   // stop() while `src` was still loading: the run never starts
      this.stopBeforeStart = false;
      this.output.clear();
      this.output.note('Program exited: stopped.');
      this.settle({ code: 130, stopped: true, matched: null, stdout: '', exitLine: 'Program exited: stopped.' });
      return;
    }
    const source = this.editor.value;
    const options = this.options();
    // Without a `stdin` attribute the reader types the input into the output while the program
    // runs — on the threads build; the single-threaded one cannot take input mid-run (EOF).
    const typed = !this.hasAttribute('stdin') && engineKind() === 'wasm-pt';
    const stdin = this.hasAttribute('stdin') ? this.stdinBox.value : (typed ? null : '');
    this.output.clear();
    this.stdout = '';
    this.stopped = false;
    this.nevents = 0;
    this.compileErrors = false;
    const go = this.dispatchEvent(new CustomEvent('gort-run', { bubbles: true, composed: true, cancelable: true, detail: { source, options, stdin } }));
    if (!go) { this.output.pre.hidden = true; this.settle({ code: null, stopped: false, matched: null, stdout: '' }); return; }
    const job = {
      source, options, stdin,
      onStart: () => {
        this.setState('running');
        if (typed) this.output.startInput({ onLine: (text) => sendStdin(job, text), onEOF: () => closeStdin(job) });
      },
      onOutput: (ev) => this.onOutput(ev),
      onExit: (code, how) => this.onExit(code, how),
    };
    this.job = enqueue(job);
    if (this.job.state === 'queued') {
      this.setState('queued');
      this.queuedNote = this.output.note('Waiting for another example on this page to finish…', 'queued');
    }
  }

  onOutput(ev) {
    if (this.queuedNote) { this.queuedNote.remove(); this.queuedNote = null; }
    this.nevents++;
    this.output.write(ev.text, ev.stream);
    if (ev.stream === 1 && this.stdout.length < MAX_KEPT) this.stdout += ev.text;
    if (ev.stream === 2 && /^\S+\.go:\d+:\d+: /m.test(ev.text)) this.compileErrors = true;
    this.dispatchEvent(new CustomEvent('gort-output', { bubbles: true, composed: true, detail: { goroutine: ev.goroutine, stream: ev.stream === 2 ? 'stderr' : 'stdout', text: ev.text } }));
  }

  onExit(code, how) {
    if (this.queuedNote) { this.queuedNote.remove(); this.queuedNote = null; }
    this.job = null;
    this.output.endInput();
    const stopped = this.stopped || how === 'killed' || how === 'cancelled';
    let line;
    if (stopped) line = 'Program exited: stopped.';
    else if (how === 'failed') line = 'Program did not run.';
    else if (code === 1 && this.compileErrors) line = 'Go build failed.';
    else line = code === 0 ? 'Program exited.' : `Program exited: status ${code}.`;
    this.output.note(line);
    let matched = null;
    const expected = this.getAttribute('expected-output');
    if (expected !== null && !stopped && how !== 'failed') {
      matched = code === 0 && sameOutput(this.stdout, expected);
      this.output.verdict(matched, normalizeOutput(expected));
    }
    this.setState('done');
    this.settle({ code, stopped, matched, stdout: this.stdout, exitLine: line });
    this.dispatchEvent(new CustomEvent('gort-exit', { bubbles: true, composed: true, detail: this.lastExit }));
  }

  settle(detail) {
    this.lastExit = detail;
    const p = this.pending;
    this.pending = null;
    p?.resolve(detail);
  }

  /** Stops this element's run (or takes it out of the queue). */
  stop() {
    if (!this.job) { if (this.pending) this.stopBeforeStart = true; return; }
    this.stopped = true;
    stopJob(this.job);
  }

  /** What the output pane shows (the program's output and the exit line). */
  get outputText() { return this.built ? this.output.text : ''; }
}
