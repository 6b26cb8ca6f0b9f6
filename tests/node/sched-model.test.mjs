// tests/node/sched-model.test.mjs — the page's scheduler model (web/app/sched-model.js) folded
// over hand-written event streams in the engine's onSched format: queues, runnext, steals,
// syscall hand-offs, the timeline's spans and "where was g at t". No engine, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SchedModel, foldPrefix, NOTABLE } from '../../web/app/sched-model.js';

const ev = (t, kind, rest = {}) => ({ t, kind, g: -1, p: -1, m: -1, arg: -1, q: -1, next: false, n: 0, reason: '', line: '', ...rest });

test('create → runnext kicks the old runnext to the run queue tail; start takes the G out of the queue', () => {
  const m = new SchedModel({ procs: 2 });
  m.apply(ev(0, 'GoStart', { g: 1, p: 0, m: 0 }));
  m.apply(ev(1, 'GoCreate', { g: 2, arg: 1, line: 'prog.go:20', q: 0, next: true }));
  m.apply(ev(2, 'GoCreate', { g: 3, arg: 1, line: 'prog.go:20', q: 0, next: true }));
  let s = m.snapshot();
  assert.equal(s.ps[0].g, 1);
  assert.equal(s.ps[0].runnext, 3);
  assert.deepEqual(s.ps[0].runq, [2]);
  assert.equal(s.gs.find((g) => g.id === 2).created, 'prog.go:20');
  m.apply(ev(3, 'GoBlock', { g: 1, reason: 'sleep', line: 'prog.go:13' }));
  m.apply(ev(3.5, 'GoStart', { g: 3, p: 0, m: 0 }));
  s = m.snapshot();
  assert.equal(s.ps[0].g, 3);
  assert.equal(s.ps[0].runnext, null);
  assert.deepEqual(s.ps[0].runq, [2]);
  const g1 = s.gs.find((g) => g.id === 1);
  assert.deepEqual([g1.state, g1.reason, g1.line, g1.p], ['waiting', 'sleep', 'prog.go:13', null]);
});

test('unblock into the global queue; preempt to the global queue; GCs and drops counted', () => {
  const m = new SchedModel({ procs: 1 });
  m.apply(ev(0, 'GoStart', { g: 1, p: 0, m: 0 }));
  m.apply(ev(1, 'GoBlock', { g: 1, reason: 'chan receive', line: 'prog.go:9' }));
  m.apply(ev(2, 'GoUnblock', { g: 1, arg: 5, q: -1 }));
  assert.deepEqual(m.snapshot().global, [1]);
  m.apply(ev(3, 'GoStart', { g: 1, p: 0, m: 0 }));
  m.apply(ev(4, 'GoPreempt', { g: 1, q: -1 }));
  const s = m.snapshot();
  assert.deepEqual(s.global, [1]);
  assert.equal(s.ps[0].g, null);
  m.apply(ev(5, 'GCStart'));
  assert.equal(m.gc, true);
  m.apply(ev(6, 'GCEnd'));
  m.apply(ev(7, 'Dropped', { arg: 12 }));
  assert.equal(m.gc, false);
  assert.equal(m.dropped, 12);
  assert.equal(m.counts.GoPreempt, 1);
});

test('steal moves Gs from the victim\'s queue head to the thief; the next GoStart fixes a wrong guess', () => {
  const m = new SchedModel({ procs: 2 });
  m.apply(ev(0, 'GoStart', { g: 1, p: 0, m: 0 }));
  for (const g of [2, 3, 4, 5]) m.apply(ev(1, 'GoCreate', { g, arg: 1, q: 0 }));
  const d = m.apply(ev(2, 'Steal', { p: 1, arg: 0, n: 2 }));
  assert.equal(d.from, 0); assert.equal(d.to, 1);
  assert.ok(NOTABLE.has('Steal'));
  let s = m.snapshot();
  assert.deepEqual(s.ps[0].runq, [4, 5]);
  assert.deepEqual(s.ps[1].runq, [2, 3]);
  // The engine actually stole g5 and runs it on P1: the model follows the start.
  m.apply(ev(3, 'GoStart', { g: 5, p: 1, m: 1 }));
  s = m.snapshot();
  assert.deepEqual(s.ps[0].runq, [4]);
  assert.equal(s.ps[1].g, 5);
  assert.equal(s.ms.find((x) => x.id === 1).p, 1);
});

test('syscall + hand-off: the M keeps its G, the P goes to another M; exit without a P → global queue', () => {
  const m = new SchedModel({ procs: 1 });
  m.apply(ev(0, 'GoStart', { g: 1, p: 0, m: 0 }));
  m.apply(ev(1, 'GoCreate', { g: 2, arg: 1, q: 0 }));
  m.apply(ev(2, 'SyscallEnter', { g: 1, m: 0, p: 0, line: 'prog.go:11' }));
  assert.equal(m.snapshot().ms[0].state, 'syscall');
  const d = m.apply(ev(3, 'Handoff', { p: 0, m: 0, arg: 1 }));
  assert.equal(m.snapshot().ps[0].m, 1, 'the new M holds the P');
  assert.match(d.text, /P0 handed off/);
  m.apply(ev(4, 'GoStart', { g: 2, p: 0, m: 1 }));
  let s = m.snapshot();
  assert.equal(s.ps[0].m, 1);
  assert.equal(s.ps[0].g, 2);
  assert.deepEqual([s.ms[0].state, s.ms[0].g, s.ms[0].p], ['syscall', 1, null]);
  assert.equal(s.gs.find((g) => g.id === 1).state, 'syscall');
  m.apply(ev(5, 'SyscallExit', { g: 1, m: 0, p: -1 }));
  s = m.snapshot();
  assert.deepEqual(s.global, [1]);
  assert.equal(s.gs.find((g) => g.id === 1).state, 'runnable');
  assert.equal(s.ms[0].state, 'idle');
});

test('timeline history: spans per P with why they ended; whereAt answers for any time', () => {
  const m = new SchedModel({ procs: 2 });
  m.apply(ev(0, 'GoStart', { g: 1, p: 0, m: 0 }));
  m.apply(ev(1, 'GoCreate', { g: 2, arg: 1, q: 0, line: 'prog.go:20' }));
  m.apply(ev(2, 'GoStart', { g: 2, p: 1, m: 1 }));
  m.apply(ev(3, 'GoBlock', { g: 1, reason: 'sleep', line: 'prog.go:13' }));
  m.apply(ev(5, 'GoEnd', { g: 2 }));
  m.apply(ev(8, 'GoUnblock', { g: 1, arg: 0, q: 0 }));
  m.apply(ev(9, 'GoStart', { g: 1, p: 0, m: 0 }));
  m.finish(10);
  assert.deepEqual(m.spans[0].map((s) => [s.g, s.t0, s.t1, s.end]), [[1, 0, 3, 'blocked: sleep'], [1, 9, 10, 'run ended']]);
  assert.deepEqual(m.spans[1].map((s) => [s.g, s.t0, s.t1, s.end]), [[2, 2, 5, 'exited']]);
  assert.deepEqual(Object.values(m.whereAt(1, 4)).slice(0, 2), ['waiting', 3]);
  assert.equal(m.whereAt(1, 4).line, 'prog.go:13');
  assert.equal(m.whereAt(1, 9.5).state, 'running');
  assert.equal(m.whereAt(2, 6).state, 'dead');
});

test('a replay of a prefix gives the same state as the live fold did at that point', () => {
  const events = [ev(0, 'GoStart', { g: 1, p: 0, m: 0 })];
  for (let g = 2; g < 30; g++) events.push(ev(g, 'GoCreate', { g, arg: 1, q: g % 3 === 0 ? -1 : 0, next: g % 2 === 0 }));
  events.push(ev(40, 'Steal', { p: 1, arg: 0, n: 5 }), ev(41, 'GoStart', { g: 7, p: 1, m: 1 }), ev(42, 'GoPreempt', { g: 1, q: -1 }));
  const live = new SchedModel({ procs: 2 });
  const snaps = events.map((e) => { live.apply(e); return JSON.stringify(live.snapshot()); });
  for (const k of [1, 10, 29, events.length]) assert.equal(JSON.stringify(foldPrefix(events, k, 2).snapshot()), snaps[k - 1], `prefix ${k}`);
});

test('malformed and unknown events never throw; a P beyond GOMAXPROCS grows the model', () => {
  const m = new SchedModel({ procs: 1 });
  for (const e of [null, {}, { kind: 'GoStart' }, { kind: 'Nope', t: 1 }, ev(1, 'Steal', { p: 0, arg: 9, n: 3 }),
    ev(2, 'GoBlock', { g: 'x' }), ev(NaN, 'SyscallExit', { g: 4, m: 2, p: 7 }), ev(3, 'Handoff', { p: -1 })]) {
    assert.doesNotThrow(() => m.apply(e));
  }
  assert.equal(m.ps.length, 10);
  assert.equal(m.snapshot().ps[7].g, 4);
});

test('the engine\'s JSON shape: q null, reason/line null, next and n omitted', () => {
  const m = new SchedModel({ procs: 1 });
  m.apply({ t: 0, kind: 'GoStart', g: 1, p: 0, m: 0, arg: 0, q: null, reason: null, line: null });
  m.apply({ t: 1, kind: 'GoCreate', g: 2, p: 0, m: 0, arg: 1, q: null, reason: null, line: 'prog.go:5' });
  m.apply({ t: 2, kind: 'GoBlock', g: 1, p: 0, m: 0, arg: 0, q: null, reason: null, line: null });
  const s = m.snapshot();
  assert.deepEqual(s.global, [2]);
  assert.equal(s.gs[0].state, 'waiting');
  assert.equal(s.gs[0].reason, 'wait');
});
