// web/element/output.js — the embed's output pane: a <pre role="log"> that shows one run's
// output as it arrives (stderr in its own colour), then the exit line ("Program exited." …) and,
// for exercises, whether the output matched `expected-output`. Why not xterm.js: ~300 KB of
// JavaScript and CSS, more than the element's whole 100 KB budget, for features (cursor
// addressing) an embedded example does not need. Input typed while a program runs goes through
// one <input> kept at the end of the output (startInput): Enter sends the line and leaves it in
// the output as a terminal echoes it; Ctrl+D (with the line empty) is EOF. Text is appended to the last text node of the same stream, so a program printing a
// million short lines makes a few nodes, not a million; past MAX_SHOWN characters the pane says
// it stopped showing (the run goes on until it ends or is stopped).

const MAX_SHOWN = 512 * 1024;

export class OutputView {
  constructor(parent) {
    this.pre = document.createElement('pre');
    this.pre.className = 'output';
    this.pre.setAttribute('role', 'log');
    this.pre.setAttribute('aria-label', 'Program output');
    this.pre.tabIndex = 0;   // scrollable by keyboard
    this.mark = document.createElement('div');
    this.mark.className = 'mark';
    this.mark.hidden = true;
    this.mark.setAttribute('role', 'status');
    parent.append(this.pre, this.mark);
    this.clear();
    this.pre.hidden = true;
  }

  clear() {
    this.endInput();
    this.pre.textContent = '';
    this.pre.hidden = false;
    this.shown = 0;
    this.lastStream = 0;
    this.lastNode = null;
    this.endsWithNewline = true;
    this.truncated = false;
    this.mark.hidden = true;
    this.mark.textContent = '';
    this.mark.className = 'mark';
  }

  /** Appends program text: stream 1 stdout, 2 stderr. */
  write(text, stream) {
    if (!text) return;
    if (this.truncated) return;
    if (this.shown + text.length > MAX_SHOWN) {
      text = text.slice(0, Math.max(0, MAX_SHOWN - this.shown));
      this.truncated = true;
    }
    this.shown += text.length;
    if (stream === this.lastStream && this.lastNode) this.lastNode.appendData(text);
    else {
      this.lastNode = document.createTextNode(text);
      if (stream === 2 || stream === 0) {
        const span = document.createElement('span');
        span.className = stream === 2 ? 'stderr' : 'echo';
        span.append(this.lastNode);
        this.append(span);
      } else this.append(this.lastNode);
      this.lastStream = stream;
    }
    if (text) this.endsWithNewline = text.endsWith('\n');
    if (this.truncated) this.note('[output truncated: showing the first 512 KB]', 'trunc');
    this.pre.scrollTop = this.pre.scrollHeight;
  }

  /** A line of the element's own (not the program's): queued, the exit line, … */
  note(text, cls = 'exit') {
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = `${this.endsWithNewline ? '' : '\n'}${this.shown ? '\n' : ''}${text}\n`;
    this.append(span);
    this.lastNode = null;
    this.lastStream = 0;
    this.endsWithNewline = true;
    this.pre.scrollTop = this.pre.scrollHeight;
    return span;
  }

  /** Adds a node to the output, before the input line while there is one. */
  append(node) {
    if (this.input?.isConnected) this.pre.insertBefore(node, this.input);
    else this.pre.append(node);
  }

  /**
   * Lets the reader type the program's input at the end of the output while it runs:
   * onLine(text) gets each line as Enter sends it ("\n" included), onEOF() Ctrl+D on an empty
   * line (with text, Ctrl+D sends it without a newline, as a terminal does). endInput() removes it.
   */
  startInput({ onLine, onEOF }) {
    this.endInput();
    const input = this.input = document.createElement('input');
    input.className = 'stdin-line';
    input.type = 'text';
    input.spellcheck = false;
    input.autocomplete = 'off';
    input.setAttribute('aria-label', 'Program input: Enter sends a line, Ctrl+D ends the input');
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault();
        const line = `${input.value}\n`;
        input.value = '';
        this.write(line, 0);
        onLine(line);
      } else if ((e.key === 'd' || e.key === 'D') && e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        if (input.value) {
          const text = input.value;
          input.value = '';
          this.write(text, 0);
          onLine(text);
        } else {
          this.endInput();
          onEOF();
        }
      }
    });
    this.pre.append(input);
    // A click anywhere in the output (not a text selection) goes to the input line.
    this.onPreClick = () => { if (this.input && !String(getSelection?.() ?? '')) this.input.focus({ preventScroll: true }); };
    this.pre.addEventListener('click', this.onPreClick);
    return input;
  }

  endInput() {
    if (!this.input) return;
    const hadFocus = this.input.getRootNode()?.activeElement === this.input;
    this.input.remove();
    this.input = null;
    this.pre.removeEventListener('click', this.onPreClick);
    if (hadFocus) this.pre.focus({ preventScroll: true });   // keep the keyboard in the example
  }

  /** The expected-output verdict: pass (true) or fail (false, with what was expected). */
  verdict(pass, expected) {
    this.mark.hidden = false;
    this.mark.className = `mark ${pass ? 'pass' : 'fail'}`;
    this.mark.textContent = '';
    const head = document.createElement('strong');
    head.textContent = pass ? '✓ Output matches the expected output.' : '✗ Output does not match the expected output.';
    this.mark.append(head);
    if (!pass) {
      const want = document.createElement('pre');
      want.className = 'want';
      want.textContent = expected;
      this.mark.append(document.createTextNode(' Expected:'), want);
    }
  }

  /** The pane's text as shown (program output and the element's own lines). */
  get text() { return this.pre.textContent; }
}
