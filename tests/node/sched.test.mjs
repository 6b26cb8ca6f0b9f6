// tests/node/sched.test.mjs — scheduler events through the Node API (`sched: true` /
// onSched), the contract the page's panel builds on (engine/host/README.md, "Scheduler
// events"): goroutine creation with the go statement's line, runs on every P, blocking with
// Go's wait reasons, the P handed off while a goroutine reads stdin, and nothing when off.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { run } from '../../web/node/index.mjs';
import { parallelPairGo, root } from './helpers.mjs';

const FIELDS = ['t', 'kind', 'g', 'p', 'm', 'arg', 'q', 'reason', 'line'];
const KINDS = new Set(['GoCreate', 'GoStart', 'GoBlock', 'GoUnblock', 'GoPreempt', 'GoSched', 'GoEnd', 'Steal',
  'Handoff', 'SyscallEnter', 'SyscallExit', 'ProcIdle', 'ProcWake', 'MSpin', 'MSpinEnd', 'GCStart', 'GCEnd', 'Dropped']);

function checkShape(events) {
  let last = -Infinity;
  for (const ev of events) {
    for (const f of FIELDS) assert.ok(f in ev, `${JSON.stringify(ev)} has ${f}`);
    assert.ok(KINDS.has(ev.kind), ev.kind);
    assert.equal(typeof ev.t, 'number');
    last = ev.t;
  }
  return last;
}

describe('scheduler events (Node API)', () => {
  test('say, GOMAXPROCS 2: both goroutines created (with the go statement) and run', async () => {
    const src = readFileSync(path.join(root, 'examples/say.go'), 'utf8');
    const batches = [];
    const r = await run(src, { gomaxprocs: 2, sched: true, onSched: (b) => batches.push(b) });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.ok(Array.isArray(r.sched) && r.sched.length > 0);
    assert.deepEqual(batches.flat(), r.sched, 'onSched batches add up to result.sched');
    checkShape(r.sched);
    const creates = r.sched.filter((e) => e.kind === 'GoCreate');
    const main = creates.find((e) => e.g === 1);
    assert.ok(main, 'GoCreate of main');
    assert.equal(main.fn, 'main.main');
    const world = creates.find((e) => e.g !== 1);
    assert.ok(world, 'GoCreate of the say goroutine');
    assert.equal(world.arg, 1, 'created by main');
    assert.equal(world.fn, 'main.say');
    const goLine = src.split('\n').findIndex((l) => /^\s*go say\("world"\)/.test(l)) + 1;
    assert.equal(world.line, `prog.go:${goLine}`);
    assert.ok(world.q >= 0 && world.next === true, 'queued in its P\'s runnext');
    for (const g of [1, world.g]) {
      const starts = r.sched.filter((e) => e.kind === 'GoStart' && e.g === g);
      assert.ok(starts.length > 0, `G${g} started`);
      for (const s of starts) assert.ok(s.p >= 0 && s.p < 2 && s.m >= 0, JSON.stringify(s));
    }
    const sleeps = r.sched.filter((e) => e.kind === 'GoBlock' && e.reason === 'sleep');
    assert.ok(sleeps.length >= 8, `${sleeps.length} sleeps`);
    assert.ok(sleeps.every((e) => /^prog\.go:\d+$/.test(e.line)), 'blocking line');
    assert.ok(r.sched.some((e) => e.kind === 'GoUnblock' && e.g === world.g), 'woken by its timer');
  });

  test('two goroutines running at once at GOMAXPROCS 2 run on both Ps', async () => {
    const src = `package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)
${parallelPairGo}
func main() {
	var wg sync.WaitGroup
	runInParallel(&wg)
	wg.Wait()
	fmt.Println("done")
}
`;
    const r = await run(src, { gomaxprocs: 2, sched: true });
    assert.equal(r.exitCode, 0, r.stderr);
    const ps = new Set(r.sched.filter((e) => e.kind === 'GoStart').map((e) => e.p));
    assert.deepEqual([...ps].sort(), [0, 1]);
  });

  test('a goroutine blocked on stdin at GOMAXPROCS 1: SyscallEnter, then its P handed off', async () => {
    const src = `package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("tick")
	}()
	s := bufio.NewScanner(os.Stdin)
	for s.Scan() {
		fmt.Println("got", s.Text())
	}
}
`;
    const stdin = new PassThrough();
    // The ticker can only print while main is blocked reading if main's P was handed off.
    const onOutput = (ev) => { if (ev.text === 'tick\n') { stdin.write('x\n'); stdin.end(); } };
    const r = await run(src, { gomaxprocs: 1, sched: true, stdin, onOutput });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, 'tick\ngot x\n');
    const enter = r.sched.findIndex((e) => e.kind === 'SyscallEnter' && e.g === 1);
    assert.ok(enter >= 0, 'SyscallEnter of main');
    assert.equal(r.sched[enter].p, 0);
    const handoff = r.sched.findIndex((e, i) => i > enter && e.kind === 'Handoff' && e.p === 0);
    assert.ok(handoff > enter, 'Handoff of P0 after main entered the read');
    assert.ok(r.sched.some((e, i) => i > enter && e.kind === 'SyscallExit' && e.g === 1), 'SyscallExit');
  });

  test('off: no events, no result.sched', async () => {
    const r = await run('package main\n\nfunc main() {\n\tgo func() {}()\n}\n', { gomaxprocs: 2 });
    assert.equal(r.exitCode, 0);
    assert.equal(r.sched, undefined);
  });
});
