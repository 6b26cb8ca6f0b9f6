// web/element/editor.js — the embed's editor: a transparent <textarea> (the real input: caret,
// selection, undo, IME, screen readers, mobile keyboards all come from the browser) laid exactly
// over a <pre> that shows the same text highlighted (highlight.js). Why not Monaco: it is 3.3 MB
// of JavaScript and a worker; a documentation page with ten examples needs a few KB. Keys:
// Tab inserts a tab (Go's indentation) unless Escape was pressed just before (so keyboard users
// can still leave the editor), Enter keeps the line's indentation, Shift/Ctrl/Cmd+Enter run.
import { highlightGo } from './highlight.js';

export class Editor {
  /**
   * @param {HTMLElement} parent  where the editor goes (inside the element's shadow root)
   * @param {{onRun(): void, onChange(): void}} cb
   */
  constructor(parent, cb) {
    this.cb = cb;
    this.root = document.createElement('div');
    this.root.className = 'editor';
    this.view = document.createElement('pre');
    this.view.className = 'hl';
    this.view.setAttribute('aria-hidden', 'true');
    this.code = document.createElement('code');
    this.view.append(this.code);
    this.input = document.createElement('textarea');
    this.input.className = 'input';
    this.input.spellcheck = false;
    this.input.wrap = 'off';
    this.input.setAttribute('autocapitalize', 'off');
    this.input.setAttribute('autocomplete', 'off');
    this.input.setAttribute('aria-label', 'Go source');
    this.root.append(this.view, this.input);
    parent.append(this.root);
    this.escaped = false;
    this.input.addEventListener('input', () => { this.paint(); cb.onChange(); });
    this.input.addEventListener('scroll', () => this.syncScroll());
    this.input.addEventListener('keydown', (e) => this.key(e));
  }

  get value() { return this.input.value; }
  set value(v) { this.input.value = v; this.paint(); }

  set readOnly(on) { this.input.readOnly = on; }

  /** Fixed height (any CSS length) or null: grow with the text. */
  set height(h) { this.fixedHeight = h; this.paint(); }

  paint() {
    // A trailing newline needs a following character or the <pre> is one line short of the textarea.
    this.code.innerHTML = highlightGo(this.input.value) + '\n';
    const lines = Math.max(1, this.input.value.replace(/\n$/, '').split('\n').length);
    this.root.style.height = this.fixedHeight || `calc(${lines} * var(--lh) + 2 * var(--pad) + 2px)`;
    this.syncScroll();
  }

  syncScroll() {
    this.view.scrollTop = this.input.scrollTop;
    this.view.scrollLeft = this.input.scrollLeft;
  }

  key(e) {
    const ta = this.input;
    if (e.key === 'Enter' && (e.shiftKey || e.ctrlKey || e.metaKey)) { e.preventDefault(); this.cb.onRun(); return; }
    if (e.key === 'Escape') { this.escaped = true; return; }
    const escaped = this.escaped;
    this.escaped = false;
    if (ta.readOnly) return;
    if (e.key === 'Tab' && !escaped && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      this.insert('\t');
    } else if (e.key === 'Enter' && !e.altKey) {
      e.preventDefault();
      const start = ta.selectionStart;
      const lineStart = ta.value.lastIndexOf('\n', start - 1) + 1;
      const indent = /^[\t ]*/.exec(ta.value.slice(lineStart, start))[0];
      const extra = /[{(\[]\s*$/.test(ta.value.slice(lineStart, start)) ? '\t' : '';
      this.insert('\n' + indent + extra);
    }
  }

  insert(text) {
    // execCommand keeps the browser's undo stack; setRangeText is the fallback where it is gone.
    this.input.focus();
    if (!document.execCommand?.('insertText', false, text)) {
      this.input.setRangeText(text, this.input.selectionStart, this.input.selectionEnd, 'end');
      this.input.dispatchEvent(new Event('input'));
    }
  }
}
