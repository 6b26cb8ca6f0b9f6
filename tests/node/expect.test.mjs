// tests/node/expect.test.mjs — the expectation conventions of tests/go (README there), as read
// by tests/go/expect.mjs; the same cases as engine/host/golden_test.cpp for `gort test`, so
// the two readers cannot drift apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkOutput, lineDiff, parseExpectation } from '../go/expect.mjs';

test('parses flags, go skip, output, stderr, exit, stdin', () => {
  const e = parseExpectation([
    '// gort: --faketime --gomaxprocs 1', '// go: skip needs 1.22', 'package main', 'func main() {}',
    '// Output:', '// a', '//', '// b  ', '// Stderr:', '// panic: boom', '// goroutine ', '// Exit: 2',
    '// Stdin:', '// x', '// Timeout: 5', ''].join('\n'));
  assert.equal(e.hasOutput, true);
  assert.equal(e.unordered, false);
  assert.deepEqual(e.output, ['a', '', 'b']);
  assert.deepEqual(e.stderr, ['panic: boom', 'goroutine']);
  assert.equal(e.exit, 2);
  assert.deepEqual(e.flags, ['--faketime', '--gomaxprocs', '1']);
  assert.equal(e.goSkip, 'needs 1.22');
  assert.equal(e.stdin, 'x\n');
  assert.equal(e.timeout, 5);
});

test('exact, unordered and stderr checks', () => {
  const e = parseExpectation('// Output:\n// x\n// y\n');
  assert.equal(checkOutput(e, 'x\ny\n\n', '', 0), '');
  assert.notEqual(checkOutput(e, 'y\nx\n', '', 0), '');
  assert.notEqual(checkOutput(e, 'x\ny\n', '', 2), '');
  const u = parseExpectation('// Unordered output:\n// x\n// y\n');
  assert.equal(checkOutput(u, 'y\nx\n', '', 0), '');
  assert.notEqual(checkOutput(u, 'y\ny\n', '', 0), '');
  const s = parseExpectation('// Output:\n// Stderr:\n// panic: boom\n// goroutine 1\n// Exit: 2\n');
  assert.equal(checkOutput(s, '', 'panic: boom\n\ngoroutine 1 [running]:\n', 2), '');
  assert.notEqual(checkOutput(s, '', 'goroutine 1 [running]:\npanic: boom\n', 2), '');
});

test('diff marks missing and extra lines', () => {
  assert.equal(lineDiff(['a', 'b', 'c'], ['a', 'c', 'd']), '  a\n- b\n  c\n+ d\n');
});
