// tests/node/fault.test.mjs — a fault inside the engine itself (the --inject-fault test hook:
// a failed engine invariant, or a hardware-level trap) ends the run like a Go fatal error —
// "fatal error: gort internal error: ...", the goroutine's Go traceback where there is one,
// exit status 2 — natively and under Node, never a signal, an abort or a hang.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hosts, runCli, tempGo } from './helpers.mjs';

const prog = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n\tfmt.Println("never", x)\n}\n';

for (const [host] of hosts) {
  describe(`engine faults (${host})`, () => {
    test('an internal error: Go-style fatal error with the Go position, status 2', async () => {
      const r = await runCli(host, ['run', '--inject-fault', 'internal', tempGo(prog)]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^fatal error: gort internal error: injected fault \(test hook\)\n\ngoroutine 1 \[running\]:\n/);
      assert.match(r.stderr, /main\.main\(\)\n\t\/tmp\/prog\.go:7 /);
    });

    test('a trap inside the engine: status 2 and the internal-error message, not a signal', async () => {
      const r = await runCli(host, ['run', '--inject-fault', 'trap', tempGo(prog)]);
      assert.equal(r.signal, null);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^fatal error: gort internal error: /m);
    });

    test('an unknown fault kind is a usage error', async () => {
      const r = await runCli(host, ['run', '--inject-fault', 'nonsense', tempGo(prog)]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--inject-fault wants internal or trap/);
    });
  });
}
