// web/element/highlight.js — a small Go syntax highlighter for the embed's editor: one regular
// expression pass that turns source text into escaped HTML with <span class="k|s|c|n|t|f">.
// Why not Monaco's tokenizer: it ships inside the 3.3 MB Monaco bundle; a few hundred bytes of
// regular expressions colour the same tokens a reader needs (keywords, strings, comments,
// numbers, builtin types and functions) and keep the element under its 100 KB budget.

const KEYWORDS = 'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var';
const TYPES = 'any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr';
const BUILTINS = 'append cap clear close complex copy delete imag len make max min new panic print println real recover true false iota nil';
const kinds = {};
for (const w of KEYWORDS.split(' ')) kinds[w] = 'k';
for (const w of TYPES.split(' ')) kinds[w] = 't';
for (const w of BUILTINS.split(' ')) kinds[w] = 'f';

// Alternatives in order: line comment, block comment (possibly unterminated while typing),
// raw string, interpreted string, rune, number, identifier.
const TOKEN = /(\/\/[^\n]*)|(\/\*[\s\S]*?(?:\*\/|$))|(`[^`]*`?)|("(?:[^"\\\n]|\\.)*"?)|('(?:[^'\\\n]|\\.)*'?)|(\b(?:0[xX][0-9a-fA-F_]+(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?|0[bBoO][0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]+)?)i?)|([A-Za-z_][A-Za-z0-9_]*)/g;

const esc = (s) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** Go source → HTML (escaped) with token spans. */
export function highlightGo(src) {
  let out = '';
  let last = 0;
  for (const m of src.matchAll(TOKEN)) {
    out += esc(src.slice(last, m.index));
    last = m.index + m[0].length;
    let cls = null;
    if (m[1] || m[2]) cls = 'c';
    else if (m[3] || m[4] || m[5]) cls = 's';
    else if (m[6]) cls = 'n';
    else cls = kinds[m[7]] || null;
    out += cls ? `<span class="${cls}">${esc(m[0])}</span>` : esc(m[0]);
  }
  return out + esc(src.slice(last));
}
