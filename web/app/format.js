// web/app/format.js — Format: gofmt plus fixed imports (the engine's gort_format with
// {"fixImports":true}: missing std imports added, unused ones removed). Owns: the Format button,
// Monaco's "Format Document" (a DocumentFormattingEditProvider, so Shift+Alt+F, Ctrl+Shift+F and
// Ctrl+Shift+I all run it and one Undo reverts it) once Monaco is in, the "Format on Run" option
// (remembered in localStorage), and syntax errors from Format shown as markers at Go's position.
// Before Monaco arrives (lazy-editor.js) the button and Format on Run format the fallback's text.
import { parseDiagnostics } from './diagnostics.js';
import { minimalChange } from './lazy-editor.js';

const FORMAT_ON_RUN = 'gort-format-on-run';

/**
 * Wires Format into the page. `source` is the LazyEditor; `report(text)` sets the status line;
 * `setMarkers(diags)` shows errors. Returns {format(): Promise<boolean>, formatOnRun(): boolean}.
 */
export function setupFormat({ source, engine, setMarkers, report, button, onRunBox }) {
  // Runs the engine's formatter on `before`: the formatted text, or null after showing the errors
  // (or when the editor's text changed meanwhile: a stale result would lose what was typed).
  async function formatted(before) {
    const r = await engine.format(before, { fixImports: true });
    if (source.getValue() !== before) return null;
    if (!r.ok) {
      const diags = parseDiagnostics(r.errors || '');
      setMarkers(diags);
      report(r.unavailable ? 'Format is not available in this engine build.'
        : diags.length ? `Format failed: syntax error at line ${diags[0].line}, column ${diags[0].col}: ${diags[0].msg}` : 'Format failed.');
      return null;
    }
    setMarkers([]);
    report(r.text === before ? 'Formatted: no changes.' : 'Formatted.');
    return r.text;
  }

  source.whenMonaco(({ monaco, editor }) => {
    monaco.languages.registerDocumentFormattingEditProvider('go', {
      displayName: 'gofmt + imports (gort)',
      provideDocumentFormattingEdits: async (model) => {
        const before = model.getValue();
        const text = await formatted(before);
        if (text === null || text === before) return [];
        const c = minimalChange(before, text);
        const a = model.getPositionAt(c.start), b = model.getPositionAt(c.end);
        return [{ range: { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column }, text: c.text }];
      },
    });
    // Monaco binds Format Document to Shift+Alt+F (Ctrl+Shift+I on Linux); Ctrl+Shift+F too, as in many editors.
    const runAction = () => editor.getAction('editor.action.formatDocument')?.run();
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyF, runAction);
    editor.addCommand(monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF, runAction);
  });

  /** Formats the editor's program as one undoable edit; false when it has syntax errors. */
  async function format() {
    const text = await formatted(source.getValue());
    if (text === null) return false;
    source.replaceText(text, 'gort-format');
    return true;
  }
  button.addEventListener('click', () => { format(); });

  onRunBox.checked = localStorage.getItem(FORMAT_ON_RUN) === '1';
  onRunBox.addEventListener('change', () => localStorage.setItem(FORMAT_ON_RUN, onRunBox.checked ? '1' : '0'));
  return { format, formatOnRun: () => onRunBox.checked };
}
