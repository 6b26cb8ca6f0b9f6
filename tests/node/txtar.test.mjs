// tests/node/txtar.test.mjs — programs of several files (the playground's txtar form) and test
// programs on every host: the CLI natively and under Node (`gort run`, `gort test FILE`,
// `gort test DIR`) and the Node API (a txtar source string).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { run } from '../../web/node/index.mjs';
import { hosts, nodelibDir, runCli, tempGo } from './helpers.mjs';

const multi = `package main

import (
	"fmt"
	"os"
)

func main() {
	b, _ := os.ReadFile("data.txt")
	fmt.Print(string(b))
	fmt.Println(twice(21))
	var fs []func() int
	for i := 0; i < 2; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0]())
}
-- util.go --
package main

func twice(n int) int { return 2 * n }
-- data.txt --
some data
-- go.mod --
module example

go 1.21
`;

const tests = `package main

import "testing"

func TestOK(t *testing.T) {
	t.Log("fine")
}

func TestBad(t *testing.T) {
	t.Errorf("got %d", 3)
}
`;

const want = '=== RUN   TestOK\n    prog.go:6: fine\n--- PASS: TestOK (0.00s)\n' +
  '=== RUN   TestBad\n    prog.go:10: got 3\n--- FAIL: TestBad (0.00s)\nFAIL\n';

for (const [host] of hosts) {
  describe(`txtar and test programs, CLI (${host})`, () => {
    test('gort run: several files, data file, go.mod version; errors name the file', async () => {
      let r = await runCli(host, ['run', tempGo(multi, 'prog.txtar')]);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, 'some data\n42\n2\n');
      assert.equal(r.code, 0);
      r = await runCli(host, ['run', tempGo(multi.replace('2 * n', '2 * m'), 'prog.txtar')]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, './util.go:3:36: undefined: m\n');
    });

    test('gort run / gort test of a test program: go test -v output and status', async () => {
      const file = tempGo(tests);
      // Fake time, as on the playground: the durations are (0.00s) whatever the machine's load.
      let r = await runCli(host, ['run', file, '--faketime']);
      assert.equal(r.stdout, want);
      assert.equal(r.code, 1);
      // gort test adds go test's line for the package (its time varies) and the final FAIL.
      r = await runCli(host, ['test', file, '--faketime']);
      assert.ok(r.stdout.startsWith(want), r.stdout);
      assert.match(r.stdout.slice(want.length), new RegExp(`^FAIL\t${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\t\\d+\\.\\d{3}s\nFAIL\n$`));
      assert.equal(r.code, 1);
    });

    test('gort test DIR: one line per case, a total, status 1 on a failure', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-dir-'));
      fs.writeFileSync(path.join(dir, 'a_tests.go'), tests.replace('t.Errorf("got %d", 3)', ''));
      fs.writeFileSync(path.join(dir, 'b.txtar'), `${multi}`.replace('package main\n', '// Output:\n// some data\n// 42\n// 2\npackage main\n'));
      fs.writeFileSync(path.join(dir, 'c.md'), '# doc\n\n```go\npackage main\n\nfunc main() { println("x") }\n\n// Output:\n// y\n```\n');
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
      const r = await runCli(host, ['test', dir]);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], `ok   ${dir}/a_tests.go (go test)`);
      assert.equal(lines[1], `ok   ${dir}/b.txtar`);
      assert.equal(lines[2], `FAIL ${dir}/c.md:3`);
      assert.match(r.stdout, /^ {4}- y$/m);
      assert.match(r.stdout, new RegExp(`^FAIL ${dir}: 2 passed, 1 failed \\(3 files\\)$`, 'm'));
    });
  });
}

describe('txtar and test programs, Node API', () => {
  const opts = { gomaxprocs: 1, faketime: true, buildDir: nodelibDir };
  test('run(txtar source)', async () => {
    const r = await run(multi, opts);
    assert.equal(r.stdout, 'some data\n42\n2\n');
    assert.equal(r.exitCode, 0);
  });
  test('run(test program)', async () => {
    const r = await run(tests, opts);
    assert.equal(r.stdout, want);
    assert.equal(r.exitCode, 1);
  });
});
