// web/app/keyboard.js — keyboard use of the editor and the terminal, which would otherwise keep
// focus (both take Tab for themselves). Owns:
//  - editor: Monaco's "Toggle Tab Key Moves Focus" (Ctrl+M; imported in editor-monaco.js), and
//    Escape then Tab / Shift+Tab leaving the editor once (to the terminal / back to the toolbar),
//    as VS Code's accessibility help describes; a hint in the editor's accessible name says so.
//    Wired once Monaco is in (lazy-editor.js); the fallback before it does the same by itself;
//  - terminal: Tab and Shift+Tab are not sent to the program but move focus; Ctrl+V (and
//    Ctrl+Shift+V) paste into stdin instead of sending the ^V control character.

const focusable = (root) => [...root.querySelectorAll('button, select, input, textarea, [tabindex]:not([tabindex="-1"])')]
  .filter((el) => !el.disabled && el.offsetParent !== null);

export function setupKeyboard({ source, term, editorEl, toolbar, report }) {
  source.whenMonaco(({ monaco, editor }) => editorKeys({ monaco, editor, term, editorEl, toolbar, report }));
  term.attachCustomKeyEventHandler((e) => {
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) return false;   // the browser moves focus
    // Leave Ctrl+V to the browser: its paste event reaches xterm, which sends the text as input.
    if (e.ctrlKey && !e.altKey && !e.metaKey && (e.key === 'v' || e.key === 'V')) return false;
    return true;
  });
}

function editorKeys({ monaco, editor, term, editorEl, toolbar, report }) {
  let armed = false;   // Escape was pressed in the editor: the next Tab leaves it
  const noWidget = '!suggestWidgetVisible && !findWidgetVisible && !markersNavigationVisible && !parameterHintsVisible'
    + ' && !inSnippetMode && !editorHasMultipleSelections && !editorHoverVisible && !renameInputVisible';
  editor.addCommand(monaco.KeyCode.Escape, () => {
    armed = true;
    report('Press Tab to move to the terminal, Shift+Tab to the toolbar.');
  }, noWidget);
  editorEl.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' || e.key === 'Shift') return;
    const wasArmed = armed;
    armed = false;
    if (!wasArmed || e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
    // Capture phase: Monaco never sees this Tab, so nothing is inserted.
    e.preventDefault();
    e.stopPropagation();
    if (e.shiftKey) focusable(toolbar).at(-1)?.focus();
    else term.focus();
  }, true);
}
