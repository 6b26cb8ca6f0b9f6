// tests/node/marker_range.test.mjs — how far the playground's error and vet markers reach
// (web/app/marker-range.js): the word at the error's column, or the whole string or rune
// literal that starts there, else one character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markerEndColumn } from '../../web/app/marker-range.js';

// The two calls of Monaco's ITextModel the function uses, over plain lines.
function model(text) {
  const lines = text.split('\n');
  return {
    getLineCount: () => lines.length,
    getLineContent: (n) => lines[n - 1],
    getWordAtPosition({ lineNumber, column }) {
      const line = lines[lineNumber - 1] ?? '';
      const re = /\w+/g;
      for (let m; (m = re.exec(line));) {
        if (column - 1 >= m.index && column - 1 <= m.index + m[0].length && /\w/.test(line[column - 1] ?? '')) {
          return { word: m[0], startColumn: m.index + 1, endColumn: m.index + m[0].length + 1 };
        }
      }
      return null;
    },
  };
}

test('a marker covers the word, the literal, or one character at its column', () => {
  const m = model('\tvar x int = "hello"\n\ts := `raw "q"` + "a\\"b" + \'\\n\'\n\tx + "open');
  assert.equal(markerEndColumn(m, 1, 3), 5, 'the word var');
  assert.equal(markerEndColumn(m, 1, 14), 21, 'the string "hello", quotes included');
  assert.equal(markerEndColumn(m, 2, 7), 16, 'a raw string with quotes inside');
  assert.equal(markerEndColumn(m, 2, 19), 25, 'an escaped quote does not end the string');
  assert.equal(markerEndColumn(m, 2, 28), 32, 'a rune literal');
  assert.equal(markerEndColumn(m, 3, 4), 5, 'an operator: one character');
  assert.equal(markerEndColumn(m, 3, 6), 11, 'an unterminated string: to the end of the line');
});
