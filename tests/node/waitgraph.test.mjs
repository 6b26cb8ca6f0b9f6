// tests/node/waitgraph.test.mjs — the wait-for graph of a deadlock: through the Node API
// (result.waitGraph, on by default; Go's stderr unchanged) and as text after Go's report with
// `gort run --explain-deadlock` (native and Node CLI), and for a program stopped while its
// only goroutine waits for input.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { run } from '../../web/node/index.mjs';
import { hosts, root, runCli, tempGo } from './helpers.mjs';

const chanDeadlock = readFileSync(path.join(root, 'examples/deadlock.go'), 'utf8');
const lineOf = (src, text) => src.split('\n').findIndex((l) => l.includes(text)) + 1;

const mutexDeadlock = `package main

import "sync"

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	go func() {
		mu.Lock()
		ch <- 1
		<-ch
	}()
	<-ch
	mu.Lock()
}
`;

describe('wait-for graph', () => {
  test('Node API: a send nobody receives', async () => {
    const r = await run(chanDeadlock, { gomaxprocs: 1 });
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan send\]:\n/);
    assert.doesNotMatch(r.stderr, /wait-for graph/, "Go's output is unchanged");
    const g = r.waitGraph;
    assert.ok(g, 'result.waitGraph');
    assert.equal(g.goroutines.length, 1);
    const [main] = g.goroutines;
    assert.deepEqual({ g: main.g, reason: main.reason, line: main.line, fn: main.fn },
      { g: 1, reason: 'chan send', line: `prog.go:${lineOf(chanDeadlock, 'ch <- 1')}`, fn: 'main.main' });
    const ch = g.objects[main.waitsOn];
    assert.equal(ch.kind, 'chan');
    assert.equal(ch.line, `prog.go:${lineOf(chanDeadlock, 'make(chan int)')}`);
    assert.deepEqual(ch.wakers, []);
    assert.match(ch.label, /^chan 0x[0-9a-f]+ \(make at prog\.go:\d+\)/);
  });

  test('Node API: a mutex held by a goroutine blocked elsewhere', async () => {
    const r = await run(mutexDeadlock, { gomaxprocs: 2 });
    assert.equal(r.exitCode, 2, r.stderr);
    const byG = new Map(r.waitGraph.goroutines.map((n) => [n.g, n]));
    const mainWait = r.waitGraph.objects[byG.get(1).waitsOn];
    assert.equal(mainWait.kind, 'mutex');
    assert.deepEqual(mainWait.wakers, [2], 'the holder can wake it');
    assert.equal(byG.get(1).line, 'prog.go:14', 'main blocked in its mu.Lock()');
    const other = r.waitGraph.objects[byG.get(2).waitsOn];
    assert.equal(other.kind, 'chan');
    assert.equal(byG.get(2).reason, 'chan receive');
    assert.deepEqual(other.wakers, []);
  });

  test('waitGraph: false turns it off', async () => {
    const r = await run(chanDeadlock, { waitGraph: false });
    assert.equal(r.exitCode, 2);
    assert.equal(r.waitGraph, undefined);
  });

  test('Node API: stopped while the only goroutine waits for input', async () => {
    const src = 'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println("ready")\n\tbufio.NewReader(os.Stdin).ReadString(\'\\n\')\n}\n';
    const ac = new AbortController();
    const stdin = new PassThrough();
    // Stop once main is in the read (its SyscallEnter event), not after a guessed delay.
    const onSched = (batch) => { if (batch.some((e) => e.kind === 'SyscallEnter' && e.g === 1)) ac.abort(); };
    const r = await run(src, { stdin, signal: ac.signal, onSched });
    assert.equal(r.exitCode, 130);
    assert.ok(r.waitGraph, 'a graph after a stop with everything blocked');
    const [main] = r.waitGraph.goroutines;
    assert.equal(main.g, 1);
    assert.equal(main.reason, 'IO wait');
    assert.equal(r.waitGraph.objects[main.waitsOn].kind, 'stdin');
  });

  for (const [host] of hosts) {
    test(`gort run --explain-deadlock (${host}): the graph after Go's report`, async () => {
      const file = tempGo(chanDeadlock);
      const plain = await runCli(host, ['run', file]);
      assert.equal(plain.code, 2);
      assert.doesNotMatch(plain.stderr, /wait-for graph/);
      const r = await runCli(host, ['run', '--explain-deadlock', file]);
      assert.equal(r.code, 2);
      assert.ok(r.stderr.startsWith(plain.stderr), "Go's report first, unchanged");
      const tail = r.stderr.slice(plain.stderr.length);
      const send = lineOf(chanDeadlock, 'ch <- 1');
      const make = lineOf(chanDeadlock, 'make(chan int)');
      assert.match(tail, new RegExp(`^\\ngort: wait-for graph:\\ngoroutine 1 \\[chan send\\] main\\.main prog\\.go:${send} waits on chan 0x[0-9a-f]+ \\(make at prog\\.go:${make}\\); no goroutine can wake it`));
    });
  }
});
