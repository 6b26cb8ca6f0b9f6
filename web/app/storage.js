// web/app/storage.js — keeps what the person typed. Owns: the tab's last program (sessionStorage:
// survives a reload of this tab, not shared with other tabs, so two tabs never overwrite each
// other's work) and whether the editor holds edits that were never run, saved or shared
// ("dirty": differs from the program last loaded from an example or a link). Storage that the
// browser refuses (private mode, quota) is ignored: the page still works, it just forgets.

const KEY = 'gort-program';

export function loadProgram() {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    return v && typeof v.source === 'string' ? v : null;
  } catch { return null; }
}

export function saveProgram(program) {
  try { sessionStorage.setItem(KEY, JSON.stringify(program)); } catch { /* storage refused: forget */ }
}

/** Tracks the editor's text against the last loaded program. */
export class EditTracker {
  constructor(editor) {
    this.editor = editor;
    this.pristine = '';
    this.example = '';
  }

  /** The text now in the editor came from `example` (a name, or '' for a link) and is not an edit. */
  loaded(example, source = this.editor.getValue()) {
    this.example = example;
    this.pristine = source;
    this.save();
  }

  get dirty() { return this.editor.getValue() !== this.pristine; }

  // hash: the share link the tab shows, so a reload keeps the edits made to a shared program.
  save() { saveProgram({ source: this.editor.getValue(), example: this.example, pristine: this.pristine, hash: location.hash }); }
}
