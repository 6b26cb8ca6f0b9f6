// web/app/marker-range.js — how far a marker reaches. gc (and gort) give an error's start only
// (line:col); a one-character squiggle under the opening quote of `"hello"` is hard to see and
// to hover, so the marker covers the word at that column, or the whole string/rune literal
// that starts there, else that one character.

/** The end column (exclusive) of a marker that starts at (line, col) of a Monaco model. */
export function markerEndColumn(model, line, col) {
  const word = model.getWordAtPosition({ lineNumber: line, column: col });
  if (word) return word.endColumn;
  const text = line >= 1 && line <= model.getLineCount() ? model.getLineContent(line) : '';
  const i = col - 1;
  const q = text[i];
  if (q === '"' || q === '\'' || q === '`') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\' && q !== '`') { j++; continue; }
      if (text[j] === q) return j + 2;   // past the closing quote (columns are 1-based)
    }
    return text.length + 1;              // unterminated on this line: to its end
  }
  return col + 1;
}
