// web/app/tagged-output.js — writes the program's output to the xterm terminal, optionally with
// each line prefixed by the goroutine that wrote it (`[g6] hello`, coloured per goroutine — the
// same colour as in the scheduler panel), and remembers which terminal rows each output event
// covers so a click on a line can say which goroutine printed it and when (the timeline then
// shows where that goroutine was at that moment). Tagging never changes what is sent to the
// terminal's accessibility tree beyond the visible prefix.
import { gColor } from './sched-model.js';

const MAX_ROWS = 20000;   // row → event records kept (the terminal's scrollback is 10000 rows)

export class TaggedOutput {
  /** @param {import('@xterm/xterm').Terminal} term */
  constructor(term, { dark = () => true } = {}) {
    this.term = term;
    this.dark = dark;
    this.tag = false;
    this.reset();
  }

  reset() {
    this.atLineStart = true;
    this.lastG = null;
    this.rows = [];   // [{row0, row1, goroutine, timeMs, stream}] in write order
  }

  /** Current absolute buffer row of the cursor, read when xterm has processed the writes so far. */
  cursorRow() { const b = this.term.buffer.active; return b.baseY + b.cursorY; }

  /** The prefix for goroutine g in xterm's 24-bit colour; after it, stderr's red again. */
  prefix(g, stream = 1) {
    const label = `[g${g}] `;
    const m = /hsl\((\d+) (\d+)% (\d+)%\)/.exec(gColor(g, this.dark()));
    const after = stream === 2 ? '\x1b[31m' : '\x1b[39m';
    if (!m) return label;
    const [r, gr, b] = hslToRgb(Number(m[1]) / 360, Number(m[2]) / 100, Number(m[3]) / 100);
    return `\x1b[38;2;${r};${gr};${b}m${label}${after}`;
  }

  /**
   * Writes one output event ({goroutine, timeMs, stream, text}); `schedT` is the time on the
   * scheduler events' clock this output is known to come after (see main.js), kept for clicks.
   */
  write(ev, schedT = null) {
    let text = ev.text;
    if (this.tag) {
      // A goroutine that continues another goroutine's unfinished line starts its own line, so
      // every tag names the writer of the whole line after it.
      let out = '';
      if (!this.atLineStart && this.lastG !== ev.goroutine) out += '\n';
      const parts = text.split('\n');
      parts.forEach((part, i) => {
        const startsLine = i === 0 ? (this.atLineStart || this.lastG !== ev.goroutine) : true;
        if (part.length && startsLine && ev.goroutine > 0) out += this.prefix(ev.goroutine, ev.stream);   // 0: the runtime itself
        out += part;
        if (i < parts.length - 1) out += '\n';
      });
      text = out;
    }
    this.atLineStart = ev.text.endsWith('\n') || (this.atLineStart && ev.text === '');
    this.lastG = ev.goroutine;
    if (ev.stream === 2) text = `\x1b[31m${text}\x1b[0m`;
    // Rows are read in write callbacks: xterm parses writes asynchronously but in order.
    const rec = { row0: -1, row1: -1, goroutine: ev.goroutine, timeMs: ev.timeMs, schedT, stream: ev.stream };
    this.term.write('', () => { rec.row0 = this.cursorRow(); });
    this.term.write(text, () => { rec.row1 = this.cursorRow() - (ev.text.endsWith('\n') ? 1 : 0); });
    if (this.rows.length < MAX_ROWS) this.rows.push(rec);
  }

  /** The output event shown on absolute buffer row `row`, or null. */
  eventAtRow(row) {
    let hit = null;
    for (const r of this.rows) if (r.row0 <= row && row <= Math.max(r.row0, r.row1)) hit = r;   // the last writer of the row
    return hit;
  }

  /** The absolute buffer row under a mouse event on the terminal's element. */
  rowAtMouse(e) {
    const screen = this.term.element?.querySelector('.xterm-screen');
    if (!screen) return -1;
    const box = screen.getBoundingClientRect();
    const h = box.height / this.term.rows;
    const y = Math.floor((e.clientY - box.top) / h);
    if (y < 0 || y >= this.term.rows) return -1;
    return this.term.buffer.active.viewportY + y;
  }
}

function hslToRgb(h, s, l) {
  const f = (n) => {
    const k = (n + h * 12) % 12;
    const a = s * Math.min(l, 1 - l);
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}
