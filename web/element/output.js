// web/element/output.js — the embed's output pane: a <pre role="log"> that shows one run's
// output as it arrives (stderr in its own colour), then the exit line ("Program exited." …) and,
// for exercises, whether the output matched `expected-output`. Why not xterm.js: ~300 KB of
// JavaScript and CSS, more than the element's whole 100 KB budget, for features (cursor
// addressing, a typed-input line) an embedded example does not need — its input is the `stdin`
// box. Text is appended to the last text node of the same stream, so a program printing a
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
      if (stream === 2) {
        const span = document.createElement('span');
        span.className = 'stderr';
        span.append(this.lastNode);
        this.pre.append(span);
      } else this.pre.append(this.lastNode);
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
    this.pre.append(span);
    this.lastNode = null;
    this.lastStream = 0;
    this.endsWithNewline = true;
    this.pre.scrollTop = this.pre.scrollHeight;
    return span;
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
