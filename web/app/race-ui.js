// web/app/race-ui.js — the race detector in the editor: parses the engine's race reports (Go's
// format, on stderr, exit status 66) into the source lines of each report's two accesses — the
// first prog.go frame of the "Read/Write at" section and of the "Previous read/write at"
// section — and marks those lines in Monaco (warning markers carrying the report's text, plus a
// whole-line decoration with a glyph). Parsing is pure (parseRaces) so it is testable alone.

/** [{text, accesses:[{kind:'Read'|'Write', previous:boolean, line:number, func:string, by:string}]}] */
export function parseRaces(stderr, filename = 'prog.go') {
  const out = [];
  const blocks = stderr.split(/^==================\n/m);
  for (const block of blocks) {
    if (!/^WARNING: DATA RACE/m.test(block)) continue;
    const text = block.replace(/\n+$/, '');
    const accesses = [];
    // Sections start with "Read at 0x… by …:" / "Previous write at 0x… by …:"; frames follow
    // as "  func()\n      /path/prog.go:LINE +0x…".
    const sections = text.split(/\n(?=(?:Previous )?(?:[Rr]ead|[Ww]rite) at |Goroutine \d+ )/);
    for (const sec of sections) {
      const head = /^(Previous )?([Rr]ead|[Ww]rite) at \S+ by ([^:\n]+):/.exec(sec);
      if (!head) continue;
      const lines = sec.split('\n');
      for (let i = 1; i < lines.length; i++) {
        const m = new RegExp(`(?:^|/)${filename.replace(/\./g, '\\.')}:(\\d+)`).exec(lines[i].trim());
        if (m) {
          accesses.push({ kind: head[2][0].toUpperCase() + head[2].slice(1).toLowerCase(), previous: !!head[1],
            line: Number(m[1]), func: (lines[i - 1] || '').trim(), by: head[3] });
          break;
        }
      }
    }
    if (accesses.length) out.push({ text, accesses });
  }
  return out;
}

/** The distinct source lines (within 1..lineCount) that the races' accesses name, in order:
 *  what RaceMarks.show marks, also known before Monaco is in (lazy-editor.js). */
export function raceLines(races, lineCount) {
  const seen = new Set();
  for (const race of races) for (const a of race.accesses) if (a.line >= 1 && a.line <= lineCount) seen.add(a.line);
  return [...seen].sort((x, y) => x - y);
}

export class RaceMarks {
  constructor(monaco, editor) {
    this.monaco = monaco;
    this.editor = editor;
    this.decorations = editor.createDecorationsCollection([]);
    this.lines = [];
  }

  clear() {
    this.decorations.clear();
    this.monaco.editor.setModelMarkers(this.editor.getModel(), 'gort-race', []);
    this.lines = [];
  }

  /** Marks every access line of the races in `stderr`; returns the marked line numbers. */
  show(stderr) {
    const races = parseRaces(stderr);
    const model = this.editor.getModel();
    const marks = [];
    const decos = [];
    const seen = new Set();
    for (const race of races) {
      for (const a of race.accesses) {
        if (a.line < 1 || a.line > model.getLineCount()) continue;
        const what = `${a.previous ? 'Previous ' : ''}${a.kind.toLowerCase()} by ${a.by} — data race`;
        marks.push({ severity: this.monaco.MarkerSeverity.Warning, message: `${what}\n\n${race.text}`,
          startLineNumber: a.line, startColumn: model.getLineFirstNonWhitespaceColumn(a.line) || 1,
          endLineNumber: a.line, endColumn: model.getLineMaxColumn(a.line), source: 'race detector' });
        if (!seen.has(a.line)) {
          seen.add(a.line);
          decos.push({ range: new this.monaco.Range(a.line, 1, a.line, 1),
            options: { isWholeLine: true, className: 'race-line', linesDecorationsClassName: 'race-glyph',
              hoverMessage: { value: '**DATA RACE**\n\n```\n' + race.text + '\n```' } } });
        }
      }
    }
    this.monaco.editor.setModelMarkers(model, 'gort-race', marks);
    this.decorations.set(decos);
    this.lines = [...seen].sort((x, y) => x - y);
    return this.lines;
  }
}
