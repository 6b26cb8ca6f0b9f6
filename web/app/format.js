// web/app/format.js — Format: gofmt plus fixed imports (the engine's gort_format with
// {"fixImports":true}: missing std imports added, unused ones removed). Owns: the Format button,
// Monaco's "Format Document" (a DocumentFormattingEditProvider, so Shift+Alt+F, Ctrl+Shift+F and
// Ctrl+Shift+I all run it and one Undo reverts it), the "Format on Run" option (remembered in
// localStorage), and syntax errors from Format shown as markers at Go's position.
import { parseDiagnostics } from './diagnostics.js';

const FORMAT_ON_RUN = 'gort-format-on-run';

/** The smallest single edit turning `a` into `b` (so the cursor stays put where nothing changed). */
function minimalEdit(model, a, b) {
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  let e = 0;
  while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  const start = model.getPositionAt(s), end = model.getPositionAt(a.length - e);
  return { range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
    text: b.slice(s, b.length - e) };
}

/**
 * Wires Format into the page. `report(text)` sets the status line; `setMarkers(diags)` shows
 * errors. Returns {format(): Promise<boolean>, formatOnRun(): boolean}.
 */
export function setupFormat({ monaco, editor, engine, setMarkers, report, button, onRunBox }) {
  // Runs the engine's formatter on the model's text: the edits, or null after showing the errors.
  async function edits(model) {
    const before = model.getValue();
    const r = await engine.format(before, { fixImports: true });
    if (model.getValue() !== before) return null;   // typed meanwhile: a stale result would lose it
    if (!r.ok) {
      const diags = parseDiagnostics(r.errors || '');
      setMarkers(diags);
      report(r.unavailable ? 'Format is not available in this engine build.'
        : diags.length ? `Format failed: syntax error at line ${diags[0].line}, column ${diags[0].col}: ${diags[0].msg}` : 'Format failed.');
      return null;
    }
    setMarkers([]);
    report(r.text === before ? 'Formatted: no changes.' : 'Formatted.');
    return r.text === before ? [] : [minimalEdit(model, before, r.text)];
  }

  monaco.languages.registerDocumentFormattingEditProvider('go', {
    displayName: 'gofmt + imports (gort)',
    provideDocumentFormattingEdits: async (model) => (await edits(model)) || [],
  });
  // Monaco binds Format Document to Shift+Alt+F (Ctrl+Shift+I on Linux); Ctrl+Shift+F too, as in many editors.
  const runAction = () => editor.getAction('editor.action.formatDocument')?.run();
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyF, runAction);
  editor.addCommand(monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF, runAction);

  /** Formats the editor's program as one undoable edit; false when it has syntax errors. */
  async function format() {
    const model = editor.getModel();
    const e = await edits(model);
    if (!e) return false;
    if (e.length) {
      editor.pushUndoStop();
      editor.executeEdits('gort-format', e);
      editor.pushUndoStop();
    }
    return true;
  }
  button.addEventListener('click', () => { format(); });

  onRunBox.checked = localStorage.getItem(FORMAT_ON_RUN) === '1';
  onRunBox.addEventListener('change', () => localStorage.setItem(FORMAT_ON_RUN, onRunBox.checked ? '1' : '0'));
  return { format, formatOnRun: () => onRunBox.checked };
}
