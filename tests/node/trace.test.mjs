// tests/node/trace.test.mjs — `gort run --trace FILE` (native and Node CLI) and the Node API's
// `trace: true` write the run in the Chrome trace event format. Perfetto's trace processor is
// not installable here (no PyPI), so this is the validator: the rules Perfetto and
// chrome://tracing need (every 'X' has ts/dur/pid/tid, 'B'/'E' nest, flow ids pair up, tracks
// are named by thread_name metadata, one track per P) and the content (every goroutine created
// has a run, slices on one track do not overlap, a `go` flow per goroutine main started).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { run } from '../../web/node/index.mjs';
import { hosts, parallelPairGo, runCli, tempGo } from './helpers.mjs';

const WORKERS = 4;
const src = `package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)
${parallelPairGo}
func worker(id int, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	n := 0
	for i := 0; i < 1500000; i++ {
		n += i % 7
	}
	out[id] = n
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, ${WORKERS})
	for i := 0; i < ${WORKERS}; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	runInParallel(&wg) // so both P tracks hold runs, however busy the machine
	wg.Wait()
	fmt.Println(out[0] == out[${WORKERS - 1}])
}
`;

/** Checks the trace; returns a summary for content assertions. */
export function validateTrace(trace, gomaxprocs) {
  assert.ok(trace && Array.isArray(trace.traceEvents), 'a {traceEvents: [...]} object');
  const evs = trace.traceEvents;
  const names = new Map();   // tid -> thread name
  const tidsUsed = new Set();
  const flows = new Map();   // id -> {s, f}
  const stacks = new Map();  // tid -> open B names
  const slices = new Map();  // tid -> [{ts, dur, name}]
  for (const e of evs) {
    assert.equal(typeof e.ph, 'string', JSON.stringify(e));
    assert.equal(typeof e.pid, 'number', `pid: ${JSON.stringify(e)}`);
    if (e.ph === 'M') {
      if (e.name === 'thread_name') names.set(e.tid, e.args.name);
      continue;
    }
    assert.equal(typeof e.tid, 'number', `tid: ${JSON.stringify(e)}`);
    assert.ok(Number.isFinite(e.ts) && e.ts >= 0, `ts: ${JSON.stringify(e)}`);
    tidsUsed.add(e.tid);
    if (e.ph === 'X') {
      assert.ok(Number.isFinite(e.dur) && e.dur >= 0, `dur: ${JSON.stringify(e)}`);
      assert.equal(typeof e.name, 'string');
      if (!slices.has(e.tid)) slices.set(e.tid, []);
      slices.get(e.tid).push(e);
    } else if (e.ph === 'B') {
      if (!stacks.has(e.tid)) stacks.set(e.tid, []);
      stacks.get(e.tid).push(e.name);
    } else if (e.ph === 'E') {
      assert.ok(stacks.get(e.tid)?.length > 0, `E without B on tid ${e.tid}`);
      stacks.get(e.tid).pop();
    } else if (e.ph === 's' || e.ph === 'f') {
      assert.ok(e.id !== undefined, 'flow id');
      const f = flows.get(e.id) ?? {};
      assert.equal(f[e.ph], undefined, `flow ${e.id}: one '${e.ph}'`);
      f[e.ph] = e;
      flows.set(e.id, f);
      if (e.ph === 'f') assert.equal(e.bp, 'e', 'flow end binds to the enclosing slice');
    } else if (e.ph === 'i') {
      assert.ok(['t', 'p', 'g'].includes(e.s), `instant scope: ${JSON.stringify(e)}`);
    } else {
      assert.fail(`unexpected phase ${e.ph}`);
    }
  }
  for (const [tid, st] of stacks) assert.equal(st.length, 0, `unclosed B on tid ${tid}`);
  for (const [id, f] of flows) {
    assert.ok(f.s && f.f, `flow ${id} has both ends`);
    assert.ok(f.f.ts >= f.s.ts, `flow ${id} goes forward in time`);
  }
  for (const tid of tidsUsed) assert.ok(names.has(tid), `track ${tid} is named`);
  const pTracks = [...names.entries()].filter(([, n]) => /^P\d+$/.test(n));
  assert.equal(pTracks.length, gomaxprocs, `one track per P: ${pTracks.map(([, n]) => n)}`);
  assert.ok([...names.values()].some((n) => /^M\d+$/.test(n)), 'M tracks');
  for (const [tid, xs] of slices) {
    xs.sort((a, b) => a.ts - b.ts);
    for (let i = 1; i < xs.length; i++) {
      // 1 ns of slack: ts and dur are printed with µs.3 precision
      assert.ok(xs[i].ts >= xs[i - 1].ts + xs[i - 1].dur - 0.002,
        `${names.get(tid)}: "${xs[i].name}" at ${xs[i].ts} overlaps "${xs[i - 1].name}" ending ${xs[i - 1].ts + xs[i - 1].dur}`);
    }
  }
  const pTids = new Set(pTracks.map(([tid]) => tid));
  const gRuns = new Map();   // goid -> name, from slices on P tracks
  for (const [tid, xs] of slices) {
    if (!pTids.has(tid)) continue;
    for (const x of xs) {
      const m = /^G(\d+)(?: (.*))?$/.exec(x.name);
      assert.ok(m, `a P slice is a goroutine run: ${x.name}`);
      gRuns.set(Number(m[1]), m[2]);
    }
  }
  const busyPs = [...pTids].filter((tid) => (slices.get(tid) ?? []).length > 0);
  return { gRuns, flows, busyPs };
}

function checkContent(trace) {
  const { gRuns, flows, busyPs } = validateTrace(trace, 2);
  assert.equal(gRuns.get(1), 'main.main');
  const workers = [...gRuns].filter(([, fn]) => fn === 'main.worker');
  assert.equal(workers.length, WORKERS, `every worker ran: ${[...gRuns]}`);
  for (const [g] of workers) assert.ok(flows.has(g), `a go flow to G${g}`);
  assert.equal(busyPs.length, 2, 'both Ps ran goroutines');
}

describe('Chrome trace files', () => {
  for (const [host] of hosts) {
    test(`gort run --trace FILE (${host})`, async () => {
      const file = tempGo(src);
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gort-trace-')), 'run.json');
      const r = await runCli(host, ['run', '--gomaxprocs', '2', '--trace', out, file]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'true\n');
      checkContent(JSON.parse(fs.readFileSync(out, 'utf8')));
    });
  }

  test('Node API: trace: true', async () => {
    const r = await run(src, { gomaxprocs: 2, trace: true });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, 'true\n');
    assert.equal(r.sched, undefined, 'no sched events unless asked');
    checkContent(r.trace);
  });

  test('the validator catches overlapping slices and unpaired flows', () => {
    const base = () => ({ traceEvents: [
      { ph: 'M', pid: 1, tid: 1, name: 'thread_name', args: { name: 'P0' } },
      { ph: 'M', pid: 1, tid: 1001, name: 'thread_name', args: { name: 'M0' } },
      { ph: 'X', pid: 1, tid: 1, ts: 0, dur: 10, name: 'G1 main.main' },
    ] });
    validateTrace(base(), 1);
    const overlap = base();
    overlap.traceEvents.push({ ph: 'X', pid: 1, tid: 1, ts: 5, dur: 10, name: 'G2 main.f' });
    assert.throws(() => validateTrace(overlap, 1), /overlaps/);
    const flow = base();
    flow.traceEvents.push({ ph: 's', pid: 1, tid: 1, ts: 1, id: 2, name: 'go' });
    assert.throws(() => validateTrace(flow, 1), /both ends/);
  });
});
