// web/app/editor-fallback.js — the program's editor for the first second of the page, before the
// Monaco chunk has arrived: the embed's editor (web/element/editor.js — a <textarea> laid over
// highlighted text; Tab indents, Escape then Tab leaves, Enter keeps the indentation,
// Shift/Ctrl/Cmd+Enter runs) with a line-number gutter, in Monaco's font and line height, so the
// page shows the program and takes edits at once and nothing jumps when lazy-editor.js swaps
// Monaco in. Owns: the gutter, composition state (a swap waits for an IME to finish), and
// replacing a range of text without moving the caret (Format).
import { Editor } from '../element/editor.js';

export class FallbackEditor extends Editor {
  /** @param {{onRun(): void, onChange(): void, ariaLabel: string}} cb */
  constructor(container, cb) {
    super(container, cb);
    this.root.classList.add('fallback-editor');
    this.gutter = document.createElement('pre');
    this.gutter.className = 'gutter';
    this.gutter.setAttribute('aria-hidden', 'true');
    this.root.prepend(this.gutter);
    this.input.setAttribute('aria-label', cb.ariaLabel);
    this.composing = false;
    this.input.addEventListener('compositionstart', () => { this.composing = true; });
    this.input.addEventListener('compositionend', () => { this.composing = false; });
    this.height = '100%';
  }

  paint() {
    super.paint();
    if (!this.gutter) return;   // the base constructor paints before the gutter exists
    const lines = this.input.value.split('\n').length;
    if (lines !== this.gutterLines) {
      this.gutterLines = lines;
      this.gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join('\n') + '\n';
    }
  }

  syncScroll() {
    super.syncScroll();
    if (this.gutter) this.gutter.scrollTop = this.input.scrollTop;
  }

  /** Replaces [start, end) with text; a caret outside the range keeps its place in the text. */
  replaceRange(start, end, text) {
    this.input.setRangeText(text, start, end, 'preserve');
    this.paint();
    this.cb.onChange();
  }

  /** Puts the caret at the start of a 1-based line and shows it. */
  revealLine(line) {
    const lines = this.input.value.split('\n');
    let at = 0;
    for (let i = 0; i < Math.min(line, lines.length) - 1; i++) at += lines[i].length + 1;
    this.input.focus();
    this.input.setSelectionRange(at, at);
  }

  destroy() { this.root.remove(); }
}
