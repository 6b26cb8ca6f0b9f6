// web/app/lazy-editor.js — the page's program editor, in two stages, behind one small API that
// main.js and the modules it wires use. At once: the fallback (editor-fallback.js), so the
// program is visible, editable and runnable while Monaco is still on its way. Then load():
// the Monaco chunk (editor-monaco.js, 3.3 MB, its own esbuild entry) and its CSS, swapped in
// place in one task with the same text, selection (and its direction), focus and scroll.
// Markers set meanwhile (compile errors, vet) are kept per owner and shown once Monaco is in;
// whatever needs Monaco itself (formatter, key bindings, race decorations) waits in whenMonaco().
import { markerEndColumn } from './marker-range.js';
import { FallbackEditor } from './editor-fallback.js';

const ARIA_LABEL = 'Go source. Escape then Tab leaves the editor; Ctrl+M toggles Tab moving focus.';
const OPTIONS = {
  language: 'go', automaticLayout: true, minimap: { enabled: false }, wordWrap: 'on', fontSize: 14,
  scrollBeyondLastLine: false, tabSize: 4, insertSpaces: false, ariaLabel: ARIA_LABEL, hover: { enabled: 'on', delay: 300 },
};

/** The smallest single change turning a into b: {start, end} of a (offsets) and the text put there. */
export function minimalChange(a, b) {
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  let e = 0;
  while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  return { start: s, end: a.length - e, text: b.slice(s, b.length - e) };
}

export class LazyEditor {
  /**
   * @param {HTMLElement} container  the editor's pane
   * @param {{onRun(): void, onChange(): void, dark(): boolean}} cb
   */
  constructor(container, cb) {
    this.container = container;
    this.cb = cb;
    this.monaco = null;        // set once Monaco is in
    this.editor = null;
    this.markers = new Map();  // owner → [{severity: 'error'|'warning', line, col, msg, source?}]
    this.waiting = [];
    this.loading = null;
    this.fallback = new FallbackEditor(container, { onRun: cb.onRun, onChange: cb.onChange, ariaLabel: ARIA_LABEL });
  }

  getValue() { return this.editor ? this.editor.getValue() : this.fallback.value; }

  /** Replaces the whole text (a program loaded): undo history starts again in both stages. */
  setValue(text) {
    if (this.editor) { this.editor.setValue(text); return; }   // Monaco reports the change itself
    this.fallback.value = text;
    this.cb.onChange();
  }

  /** Turns the text into `text` with one minimal, undoable edit (Format): the caret stays put. */
  replaceText(text, source = 'gort') {
    const c = minimalChange(this.getValue(), text);
    if (c.start === c.end && !c.text) return;
    if (!this.editor) { this.fallback.replaceRange(c.start, c.end, c.text); return; }
    const model = this.editor.getModel();
    const a = model.getPositionAt(c.start), b = model.getPositionAt(c.end);
    this.editor.pushUndoStop();
    this.editor.executeEdits(source, [{ range: { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column }, text: c.text }]);
    this.editor.pushUndoStop();
  }

  focus() { if (this.editor) this.editor.focus(); else this.fallback.input.focus(); }

  revealLine(line) {
    if (!this.editor) { this.fallback.revealLine(line); return; }
    this.editor.revealLineInCenter(line);
    this.editor.setPosition({ lineNumber: line, column: 1 });
    this.editor.focus();
  }

  /** The markers of one owner ([] clears them); kept, and shown once Monaco is in. */
  setMarkers(owner, list) {
    this.markers.set(owner, list);
    if (this.editor) this.showMarkers(owner);
  }

  showMarkers(owner) {
    const { monaco } = this;
    const model = this.editor.getModel();
    monaco.editor.setModelMarkers(model, owner, this.markers.get(owner).map((d) => ({
      severity: d.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
      message: d.msg, ...(d.source ? { source: d.source } : {}),
      startLineNumber: d.line, startColumn: d.col, endLineNumber: d.line, endColumn: markerEndColumn(model, d.line, d.col) })));
  }

  setTheme() { this.monaco?.editor.setTheme(this.cb.dark() ? 'vs-dark' : 'vs'); }

  /** fn({monaco, editor}) now if Monaco is in, else right after the swap. */
  whenMonaco(fn) { if (this.editor) fn({ monaco: this.monaco, editor: this.editor }); else this.waiting.push(fn); }

  /** Starts fetching the chunk and its CSS without running it (the browser compiles it meanwhile). */
  preload() {
    if (this.preloaded) return;
    this.preloaded = true;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL('./editor-monaco.js', import.meta.url).href;
    document.head.append(link);
    this.css = new Promise((resolve) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = new URL('./editor-monaco.css', import.meta.url).href;
      css.onload = css.onerror = resolve;
      document.head.append(css);
    });
  }

  /** Loads Monaco and swaps it in; resolves to {monaco, editor}, rejects if the chunk fails. */
  load() {
    if (this.loading) return this.loading;
    this.preload();
    performance.mark('gort:editor-load');   // bench/page_timing.mjs reports these marks
    this.loading = Promise.all([import('./editor-monaco.js'), this.css]).then(([chunk]) => this.swap(chunk.monaco));
    this.loading.catch(() => { this.loading = null; });
    return this.loading;
  }

  async swap(monaco) {
    const fb = this.fallback;
    // An IME composition in progress belongs to the textarea: let it finish first.
    if (fb.composing) await new Promise((r) => fb.input.addEventListener('compositionend', () => setTimeout(r, 0), { once: true }));
    // From here to the end all in one task: no keystroke can fall between the two editors.
    const { value, selectionStart, selectionEnd, selectionDirection, scrollTop } = fb.input;
    const focused = document.activeElement === fb.input;
    fb.destroy();
    const editor = monaco.editor.create(this.container, { ...OPTIONS, value, theme: this.cb.dark() ? 'vs-dark' : 'vs' });
    const model = editor.getModel();
    const a = model.getPositionAt(selectionStart), b = model.getPositionAt(selectionEnd);
    // Selection(anchor line, anchor column, caret line, caret column).
    editor.setSelection(selectionDirection === 'backward'
      ? new monaco.Selection(b.lineNumber, b.column, a.lineNumber, a.column)
      : new monaco.Selection(a.lineNumber, a.column, b.lineNumber, b.column));
    editor.setScrollTop(scrollTop);
    if (focused) editor.focus();
    editor.onDidChangeModelContent(() => this.cb.onChange());
    this.monaco = monaco;
    this.editor = editor;
    this.fallback = null;
    for (const owner of this.markers.keys()) this.showMarkers(owner);
    performance.mark('gort:editor');
    for (const fn of this.waiting.splice(0)) fn({ monaco, editor });
    return { monaco, editor };
  }
}
