// tests/node/examples.test.mjs — the acceptance checks of issue 2 on the lead's examples/
// (the seed document's programs), natively and under Node.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { hosts, root, runCli } from './helpers.mjs';

const ex = (name) => path.join(root, 'examples', name);
const sortedLines = (s) => s.split('\n').filter(Boolean).sort();

for (const [host] of hosts) {
  describe(`examples (${host})`, () => {
    test('closure_pitfall.go prints c c c under --faketime --gomaxprocs 1 (its go1.21 build line)', async () => {
      const r = await runCli(host, ['run', ex('closure_pitfall.go'), '--faketime', '--gomaxprocs', '1']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'c\nc\nc\n');
    });

    test('closure_pitfall.go with --go 1.22 semantics prints a, b, c in some order', async () => {
      // An explicit --go overrides the file's //go:build go1.21 line.
      for (const flags of [['--faketime', '--gomaxprocs', '1'], ['--gomaxprocs', '2']]) {
        const r = await runCli(host, ['run', ex('closure_pitfall.go'), '--go', '1.22', ...flags]);
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(sortedLines(r.stdout), ['a', 'b', 'c'], flags.join(' '));
      }
    });

    for (const fix of ['closure_shadow.go', 'closure_arg.go']) {
      test(`${fix} prints a, b, c in some order under any settings`, async () => {
        for (const flags of [['--faketime', '--gomaxprocs', '1'], ['--gomaxprocs', '2'], ['--go', '1.21'], []]) {
          const r = await runCli(host, ['run', ex(fix), ...flags]);
          assert.equal(r.code, 0, r.stderr);
          assert.deepEqual(sortedLines(r.stdout), ['a', 'b', 'c'], flags.join(' '));
        }
      });
    }

    test('iterators.go (range over functions, Go 1.23) runs under the default language version', async () => {
      const r = await runCli(host, ['run', ex('iterators.go')]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '10\n13\n23\nall: [10 13 23]\n1\n1\n2\n3\n5\n8\n');
      const old = await runCli(host, ['run', ex('iterators.go'), '--go', '1.22']);
      assert.equal(old.code, 1);
      assert.match(old.stderr, /cannot range over lst\.All\(\) \(value of func type iter\.Seq\[int\]\): requires go1\.23 or later/);
    });

    test('deadlock.go: Go\'s deadlock message, exit 2', async () => {
      const r = await runCli(host, ['run', ex('deadlock.go')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^fatal error: all goroutines are asleep - deadlock!$/m);
      assert.match(r.stderr, /^goroutine 1 \[chan send\]:$/m);
      assert.equal(r.stdout, '');
    });

    test('panic_goroutine.go: panic: … and goroutine N [running]:, exit 2', async () => {
      const r = await runCli(host, ['run', ex('panic_goroutine.go')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^panic: /m);
      assert.match(r.stderr, /^goroutine \d+ \[running\]:$/m);
    });

    test('preempt_spin.go: a for {} goroutine does not keep main from printing (GOMAXPROCS=1)', async () => {
      const r = await runCli(host, ['run', ex('preempt_spin.go'), '--gomaxprocs', '1']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'main still runs: the spinning goroutine was preempted\n');
    });
  });
}
