// tests/node/vet.test.mjs — the wasm library's gort_vet export (go vet's findings for editor
// warnings and the page's pre-run vet block): [{line, col, msg, analyzer}] in go vet's wording,
// [] for a clean or non-compiling program, and the language version decides loopclosure.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { nodelibDir } from './helpers.mjs';

test('gort_vet returns go vet findings as [{line, col, msg, analyzer}]', async () => {
  const createGort = createRequire(import.meta.url)(path.join(nodelibDir, 'gort.cjs'));
  const m = await createGort({ wasmBinary: fs.readFileSync(path.join(nodelibDir, 'gort.wasm')) });
  try {
    const vet = (src, opts = '{}') => JSON.parse(m.ccall('gort_vet', 'string', ['string', 'string'], [src, opts]));
    assert.deepEqual(vet('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("ok")\n}\n'), []);
    assert.deepEqual(vet('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%d\\n", "x")\n}\n'),
      [{ line: 6, col: 2, msg: 'fmt.Printf format %d has arg "x" of wrong type string', analyzer: 'printf' }]);
    assert.deepEqual(vet('package main\n\nfunc main() {\n\tx := \n}\n'), [], 'a syntax error is gort_check\'s to report');
    const loop = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor _, v := range []int{1} {\n\t\tdefer func() { fmt.Println(v) }()\n\t}\n}\n';
    assert.deepEqual(vet(loop, '{"go":"1.21"}').map((f) => [f.line, f.col, f.analyzer]), [[7, 30, 'loopclosure']]);
    assert.deepEqual(vet(loop, '{"go":"1.22"}'), [], 'Go 1.22: a variable per iteration');
  } finally {
    m.PThread.terminateAllThreads();
  }
});
