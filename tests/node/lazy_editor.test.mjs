// tests/node/lazy_editor.test.mjs — the pure parts of the page's two-stage editor: the minimal
// change Format applies (web/app/lazy-editor.js: one edit, so the caret outside it stays put, in
// the fallback and in Monaco alike) and the race lines known before Monaco is in (race-ui.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimalChange } from '../../web/app/lazy-editor.js';
import { raceLines } from '../../web/app/race-ui.js';

const apply = (a, c) => a.slice(0, c.start) + c.text + a.slice(c.end);

test('minimalChange: one edit covering only what differs', () => {
  const cases = [
    ['package main\nfunc main(){\nx:=1\n}\n', 'package main\n\nfunc main() {\n\tx := 1\n}\n'],
    ['same', 'same'],
    ['', 'new'],
    ['old', ''],
    ['aXb', 'ab'],
    ['aaa', 'aaaa'],
  ];
  for (const [a, b] of cases) assert.equal(apply(a, minimalChange(a, b)), b, JSON.stringify([a, b]));
  assert.deepEqual(minimalChange('same', 'same'), { start: 4, end: 4, text: '' });
  // Only the middle changes: the text before and after is not part of the edit.
  assert.deepEqual(minimalChange('func main(){}\n// tail', 'func main() {}\n// tail'), { start: 11, end: 11, text: ' ' });
});

test('raceLines: distinct lines in order, only those inside the program', () => {
  const races = [{ accesses: [{ line: 9 }, { line: 4 }] }, { accesses: [{ line: 4 }, { line: 40 }, { line: 0 }] }];
  assert.deepEqual(raceLines(races, 20), [4, 9]);
  assert.deepEqual(raceLines([], 20), []);
});
