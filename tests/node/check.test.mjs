// tests/node/check.test.mjs — the wasm library's gort_check export (type-check without running,
// for editor markers): JSON diagnostics with gc's line, column and wording, [] for a good program.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { nodelibDir } from './helpers.mjs';

test('gort_check returns [] or [{line, col, msg}]', async () => {
  const createGort = createRequire(import.meta.url)(path.join(nodelibDir, 'gort.cjs'));
  const m = await createGort({ wasmBinary: fs.readFileSync(path.join(nodelibDir, 'gort.wasm')) });
  try {
    const check = (src, opts = '{}') => JSON.parse(m.ccall('gort_check', 'string', ['string', 'string'], [src, opts]));
    assert.deepEqual(check('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("ok")\n}\n'), []);
    const d = check('package main\n\nfunc main() {\n\tvar n int = "five"\n\t_ = n\n}\n');
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.deepEqual([d[0].line, d[0].col], [4, 14]);
    assert.match(d[0].msg, /cannot use "five" \(untyped string constant\) as int value in variable declaration/);
    const s = check('package main\n\nfunc main() {\n\tx := \n}\n');
    assert.equal(s[0].line, 5);
    assert.match(s[0].msg, /^syntax error/);
    assert.equal(check('', '{"go":"1.18"}')[0].line, 0, 'bad options are reported as a diagnostic');
  } finally {
    m.PThread.terminateAllThreads();
  }
});
