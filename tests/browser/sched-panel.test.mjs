// tests/browser/sched-panel.test.mjs — the scheduler panel, the timeline, the wait-for graph,
// goroutine-tagged output and the race checkbox (issue 8, page side), driven in headless Chromium
// like tests/browser/run.mjs (same harness, one browser for the file, a fresh page per test).
// The panel needs the engine's scheduler events (options "sched": true → engine.js cb.onSched);
// the tests read what the page drew (DOM, canvas hit-tests) and the panel's live model
// (window.__gort.panel.live), never timings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

const env = h.useBrowser();

const freshPage = () => env.page();

/** Opens the scheduler panel (a toggle button) if it is closed. */
async function panelOn(page) {
  const btn = page.getByRole('button', { name: 'Scheduler panel', exact: true });
  if (await btn.getAttribute('aria-pressed') !== 'true') await btn.click();
  assert.equal(await btn.getAttribute('aria-pressed'), 'true');
  assert.equal(await h.evalBounded(page, () => document.getElementById('sched').hidden), false);
}

/** The panel's live model in plain data: counts per kind, the Ps, the Gs. */
const live = (page) => h.evalBounded(page, () => {
  const m = window.__gort.panel.live;
  return { counts: { ...m.counts }, procs: m.ps.length, events: window.__gort.panel.events.length, snap: m.snapshot() };
});

/** Lets the drawn view catch up with the live model (speed "instant"), then returns the counters' text. */
async function drawnCounters(page) {
  await page.getByLabel('Animation speed').selectOption('instant');
  await h.waitFor(page, () => window.__gort.panel.view.count === window.__gort.panel.events.length, null, { what: 'the panel to draw every event' });
  return h.evalBounded(page, () => document.querySelector('#sched .sched-counters').textContent);
}

/** Moves the event slider as a drag would (Playwright's fill does not move a range input). */
async function slide(page, n) {
  assert.equal(await page.getByLabel('Scheduler event position').count(), 1);
  await h.evalBounded(page, (v) => {
    const s = document.querySelector('#sched input[aria-label="Scheduler event position"]');
    s.value = String(v);
    s.dispatchEvent(new Event('input', { bubbles: true }));
  }, n);
}

const SAY_GO_LINE = 'prog.go:20';   // examples/say.go: `go say("world")`

test('say: the panel draws a lane per P (= GOMAXPROCS) while it runs; the timeline after; a click on an output line finds its goroutine', async () => {
  const page = await freshPage();
  try {
    await panelOn(page);
    const cores = await h.evalBounded(page, () => navigator.hardwareConcurrency);
    const procs = Math.min(cores, 4);
    await h.selectExample(page, 'say');
    await page.getByLabel('Tag output by goroutine').check();
    await h.setSettings(page, { gomaxprocs: procs, time: 'real', go: '1.22' });
    const i = await h.pressRun(page);
    // While it runs: as many P lanes as GOMAXPROCS, and scheduler events arriving.
    const during = await h.waitFor(page, (k) => {
      const r = window.__gort.runs[k];
      const lanes = document.querySelectorAll('#sched .sched-p').length;
      return !r.exitLine && window.__gort.panel.events.length > 0 ? { lanes, events: window.__gort.panel.events.length } : null;
    }, i, { what: 'scheduler events while say runs' });
    console.log(`# say: ${during.lanes} P lanes at GOMAXPROCS ${procs}, ${during.events} events so far`);
    assert.equal(during.lanes, procs);
    assert.equal(await h.evalBounded(page, () => JSON.stringify(window.__gort.runs.at(-1).options.sched)), 'true');
    const run = await h.waitExit(page, i);
    assert.equal(run.exit, 0);
    const m = await live(page);
    console.log(`# say: ${m.events} scheduler events: ${JSON.stringify(m.counts)}`);
    // The world goroutine: created by main (g1) at the go statement; it slept (parked) and woke.
    const world = m.snap.gs.find((g) => g.created === SAY_GO_LINE);
    assert.ok(world, `no G created at ${SAY_GO_LINE}: ${JSON.stringify(m.snap.gs)}`);
    assert.ok(m.counts.GoBlock >= 5 && m.counts.GoUnblock >= 5, 'the sleeps park and wake goroutines');
    // Tagged output names that goroutine for every "world" line and g1 (main) for every "hello".
    const lines = (await h.terminalLines(page)).filter((l) => /hello|world/.test(l));
    for (const l of lines) assert.match(l, l.endsWith('world') ? new RegExp(`^\\[g${world.id}\\] world$`) : /^\[g1\] hello$/);
    // The timeline: one lane per P; hovering a span names its goroutine. The widest span is
    // hovered, at its middle: the first one can be narrower than a pixel (a G that ran for
    // microseconds), which the mouse cannot hit.
    assert.equal(await h.evalBounded(page, () => document.querySelector('#sched .sched-timeline').hidden), false);
    // The animated view may still be drawing the run's events (its log grows and moves the
    // timeline down the page): let it catch up first, so the hover lands where it was aimed.
    await drawnCounters(page);
    await page.locator('#sched .sched-timeline canvas').scrollIntoViewIfNeeded();
    const hit = await h.evalBounded(page, () => {
      const tl = window.__gort.panel.timeline;
      const w = tl.canvas.clientWidth;
      let best = null;
      tl.model.spans.forEach((spans, lane) => {
        for (const s of spans) {
          // The part of the span drawn in the visible window (the view may be zoomed).
          const x0 = Math.max(tl.x(s.t0, w), tl.x(tl.offset, w)), x1 = Math.min(tl.x(s.t1 ?? tl.model.t, w), w);
          if (x1 > x0 && (!best || x1 - x0 > best.x1 - best.x0)) best = { s, lane, x0, x1 };
        }
      });
      const r = tl.canvas.getBoundingClientRect();
      return { x: r.left + (best.x0 + best.x1) / 2, y: r.top + 18 + best.lane * 22 + 11, g: best.s.g, lane: best.lane };
    });
    await page.mouse.move(hit.x, hit.y - 40);   // from elsewhere, so that a mousemove reaches the canvas
    await page.mouse.move(hit.x, hit.y, { steps: 4 });
    const tip = await h.waitFor(page, () => { const t = document.querySelector('#sched .tl-tip'); return !t.hidden && t.textContent; }, null, { what: 'the timeline tooltip' });
    console.log(`# timeline hover: ${tip}`);
    assert.match(tip, new RegExp(`^g${hit.g} ran on P${hit.lane} from`));
    // Click a "world" line of output: the page says which goroutine printed it and where it was.
    const row = await h.evalBounded(page, () => {
      const b = window.__gort.term.buffer.active;
      for (let r = 0; r < b.length; r++) if (b.getLine(r).translateToString(true).endsWith('world')) return r;
      return -1;
    });
    assert.ok(row >= 0);
    const pt = await h.evalBounded(page, (r) => {
      const t = window.__gort.term;
      const sc = t.element.querySelector('.xterm-screen').getBoundingClientRect();
      return { x: sc.left + 20, y: sc.top + (r - t.buffer.active.viewportY + 0.5) * (sc.height / t.rows) };
    }, row);
    await page.mouse.click(pt.x, pt.y);
    const clicked = await h.waitFor(page, () => window.__gort.lastClicked, null, { what: 'the click on an output line' });
    console.log(`# clicked world line: ${clicked.where?.text}`);
    assert.equal(clicked.goroutine, world.id);
    assert.match(clicked.where.text, new RegExp(`g${world.id} was running on P\\d`));
  } finally { await page.close(); }
});

test('pause and step: the drawn state replays recorded events one at a time (fake time, GOMAXPROCS 1)', async () => {
  const page = await freshPage();
  try {
    await panelOn(page);
    await h.selectExample(page, 'say');
    await h.runProgram(page, { gomaxprocs: 1, time: 'fake', go: '1.22' });
    await page.getByRole('button', { name: 'Pause scheduler view', exact: true }).click();
    const n = await h.evalBounded(page, () => window.__gort.panel.events.length);
    assert.ok(n > 10, `${n} events`);
    const pos = () => h.evalBounded(page, () => [window.__gort.panel.view.count, document.querySelector('#sched .sched-pos').textContent]);
    // Back to the start with the slider, then step: each Step shows exactly one more event.
    await slide(page, 0);
    assert.deepEqual(await pos(), [0, `event 0 / ${n} (paused)`]);
    for (let k = 1; k <= 3; k++) {
      await page.getByRole('button', { name: 'Step one scheduler event', exact: true }).click();
      assert.deepEqual(await pos(), [k, `event ${k} / ${n} (paused)`]);
    }
    await page.getByRole('button', { name: 'Step back one scheduler event', exact: true }).click();
    assert.equal((await pos())[0], 2);
    // With one P, after the first few events main (g1) is running on P0.
    const snap = await h.evalBounded(page, () => window.__gort.panel.view.snapshot());
    assert.equal(snap.ps.length, 1);
    await page.getByRole('button', { name: 'Follow the run live', exact: true }).click();
    await h.waitFor(page, (k) => window.__gort.panel.view.count === k, n, { what: 'the view to catch up after Live' });
  } finally { await page.close(); }
});

const STEAL_SRC = `package main

import (
	"fmt"
	"sync"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := work(100000)
			mu.Lock()
			total += r
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total > 0)
}
`;

test('a steal appears in the panel (32 goroutines made on one P, GOMAXPROCS ≥ 2)', async (t) => {
  const page = await freshPage();
  try {
    const cores = await h.evalBounded(page, () => navigator.hardwareConcurrency);
    if (cores < 2) { t.skip('one core: nothing to steal'); return; }
    await panelOn(page);
    await h.setSource(page, STEAL_SRC);
    const { run, lines } = await h.runProgram(page, { gomaxprocs: Math.min(cores, 4), time: 'real' }, 60000);
    assert.equal(run.exit, 0, lines.join('\n'));
    const m = await live(page);
    console.log(`# steal: ${JSON.stringify(m.counts)}`);
    assert.ok(m.counts.Steal >= 1, 'no Steal event');
    const text = await drawnCounters(page);
    assert.match(text, /steals [1-9]/);
    assert.ok(await h.evalBounded(page, () => [...document.querySelectorAll('#sched .sched-log li')].some((li) => /steals \d+ from P\d/.test(li.textContent))) ||
      m.counts.Steal > 0, 'a steal in the drawn log');
  } finally { await page.close(); }
});

const STDIN_SRC = `package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	done := make(chan string)
	go func() {
		s := bufio.NewScanner(os.Stdin)
		s.Scan()
		done <- s.Text()
	}()
	for i := 0; i < 3; i++ {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("tick", i)
	}
	fmt.Println("got", <-done)
}
`;

test('a syscall hand-off appears in the panel (a goroutine blocked reading stdin, GOMAXPROCS 1)', async () => {
  const page = await freshPage();
  try {
    await panelOn(page);
    await h.setSource(page, STDIN_SRC);
    await h.setSettings(page, { gomaxprocs: 1, time: 'real' });
    const i = await h.pressRun(page);
    // main kept running (ticks) while the reader sat in its read: its P was handed off.
    await h.waitFor(page, (k) => window.__gort.runs[k].events.some((e) => e.text.includes('tick 2')), i, { what: 'tick 2' });
    const mid = await live(page);
    const reader = mid.snap.gs.find((g) => g.state === 'syscall');
    console.log(`# stdin: while blocked ${JSON.stringify(mid.counts)}; in syscall: ${JSON.stringify(reader)}`);
    assert.ok(mid.counts.Handoff >= 1, 'no Handoff event while a goroutine is blocked reading stdin');
    await page.locator('#terminal').click();
    await page.keyboard.type('x');
    await page.keyboard.press('Enter');
    const run = await h.waitExit(page, i, 10000);
    assert.equal(run.exit, 0);
    assert.match(await drawnCounters(page), /hand-offs [1-9]/);
  } finally { await page.close(); }
});

const DEADLOCK2 = `package main

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	<-b
	a <- 1
}
`;

test('deadlock: the wait-for graph is drawn (SVG) with each blocked goroutine, why, where, and what it waits on', async () => {
  const page = await freshPage();
  try {
    await h.selectExample(page, 'deadlock');
    let r = await h.runProgram(page, { gomaxprocs: 1, time: 'real' });
    assert.equal(r.run.exit, 2);
    assert.ok(r.run.waitGraph, 'no wait graph from the engine');
    const svg = () => h.evalBounded(page, () => {
      const s = document.querySelector('#sched .sched-waitgraph svg.waitgraph');
      return s && { gs: [...s.querySelectorAll('.wg-g text')].map((e) => e.textContent), objs: [...s.querySelectorAll('.wg-obj text')].map((e) => e.textContent),
        edges: s.querySelectorAll('.wg-edge.waits').length, visible: !document.getElementById('sched').hidden && s.getBoundingClientRect().width > 0 };
    });
    let g = await svg();
    console.log(`# deadlock graph: ${JSON.stringify(g)}`);
    assert.ok(g.visible, 'the panel opens to show the graph');
    assert.deepEqual(g.gs, ['g1 chan send · prog.go:10']);
    assert.equal(g.objs.length, 1);
    assert.match(g.objs[0], /^chan/);
    assert.equal(g.edges, 1);
    // Two goroutines each waiting on the other's channel.
    await h.setSource(page, DEADLOCK2);
    r = await h.runProgram(page, { gomaxprocs: 2, time: 'real' });
    assert.equal(r.run.exit, 2);
    g = await svg();
    console.log(`# deadlock2 graph: ${JSON.stringify(g)}`);
    assert.equal(g.gs.length, 2);
    assert.ok(g.gs.some((t) => /^g1 chan receive · prog\.go:10$/.test(t)), g.gs.join(' | '));
    assert.ok(g.gs.some((t) => /^g\d+ chan receive · prog\.go:7$/.test(t)), g.gs.join(' | '));
    assert.equal(g.edges, 2);
  } finally { await page.close(); }
});

test('tagged output: each line names the goroutine that printed it (say, fake time, GOMAXPROCS 1)', async () => {
  const page = await freshPage();
  try {
    await h.selectExample(page, 'say');
    await page.getByLabel('Tag output by goroutine').check();
    const { run, lines } = await h.runProgram(page, { gomaxprocs: 1, time: 'fake', go: '1.22' });
    assert.equal(run.exit, 0);
    const out = lines.filter((l) => /hello|world/.test(l));
    console.log(`# tagged: ${out.join(' | ')}`);
    assert.equal(out.filter((l) => l === '[g1] hello').length, 5, 'main is g1 and prints hello');
    const worldTags = new Set(out.filter((l) => l.endsWith(' world')).map((l) => /^\[g(\d+)\] world$/.exec(l)?.[1]));
    assert.equal(worldTags.size, 1, `world lines tagged ${[...worldTags]}`);
    const w = [...worldTags][0];
    assert.ok(w && w !== '1');
    // The tag is the goroutine the engine reported for that output.
    assert.ok(run.events.filter((e) => e.text.includes('world')).every((e) => String(e.goroutine) === w));
    // Unchecked: plain output again.
    await page.getByLabel('Tag output by goroutine').uncheck();
    const plain = await h.runProgram(page);
    assert.ok(plain.lines.includes('hello') && !plain.lines.some((l) => l.startsWith('[g')));
  } finally { await page.close(); }
});

test('race checkbox: the seed pitfall at Go 1.21 marks the two racing lines in the editor', async () => {
  const page = await freshPage();
  try {
    await h.selectExample(page, 'closure_pitfall');
    await page.getByLabel('Race detector').check();
    const { run } = await h.runProgram(page, { gomaxprocs: 1, time: 'fake', go: '1.21' });
    assert.equal(run.options.race, true);
    assert.match(run.stderr, /WARNING: DATA RACE/);
    assert.equal(run.exit, 66);
    // The loop's write of v (line 18) and the closure's read (line 20).
    assert.deepEqual(run.raceLines, [18, 20]);
    const marks = await h.evalBounded(page, () => {
      const { monaco, editor } = window.__gort;
      return { markers: monaco.editor.getModelMarkers({ owner: 'gort-race' }).map((m) => [m.startLineNumber, m.severity === monaco.MarkerSeverity.Warning, /DATA RACE/.test(m.message)]),
        decorated: editor.getModel().getAllDecorations().filter((d) => d.options.className === 'race-line').map((d) => d.range.startLineNumber) };
    });
    console.log(`# race marks: ${JSON.stringify(marks)}`);
    assert.deepEqual([...new Set(marks.markers.map((m) => m[0]))].sort((a, b) => a - b), [18, 20]);
    assert.ok(marks.markers.every((m) => m[1] && m[2]));
    assert.deepEqual(marks.decorated.sort((a, b) => a - b), [18, 20]);
    // With 1.22 there is no race: the marks go away.
    const r = await h.runProgram(page, { go: '1.22' });
    assert.equal(r.run.exit, 0);
    assert.equal(await h.evalBounded(page, () => window.__gort.monaco.editor.getModelMarkers({ owner: 'gort-race' }).length), 0);
  } finally { await page.close(); }
});

// The page side alone: a hand-written stream in the engine's JSON shape (q/reason/line null when
// absent, next/n omitted) fed to the panel as engine.js would, so the drawing is checked even
// without an engine that records events.
test('the panel draws a given event stream: P lanes, queues, a steal and a hand-off in the log, Ms in a syscall, replay', async () => {
  const page = await freshPage();
  try {
    await panelOn(page);
    const drawn = await h.evalBounded(page, () => {
      const p = window.__gort.panel;
      const e = (t, kind, r = {}) => ({ t, kind, g: 0, p: -1, m: -1, arg: 0, q: null, reason: null, line: null, ...r });
      const evs = [e(0, 'GoStart', { g: 1, p: 0, m: 0 })];
      for (let g = 2; g < 8; g++) evs.push(e(g / 10, 'GoCreate', { g, arg: 1, p: 0, m: 0, q: 0, line: 'prog.go:20', ...(g === 7 ? { next: true } : {}) }));
      evs.push(e(1, 'MSpin', { m: 1 }), e(1.1, 'Steal', { p: 1, m: 1, arg: 0, n: 3 }), e(1.2, 'GoStart', { g: 2, p: 1, m: 1 }),
        e(2, 'GoBlock', { g: 1, p: 0, m: 0, reason: 'sleep', line: 'prog.go:13' }), e(2.1, 'GoStart', { g: 7, p: 0, m: 0 }),
        e(3, 'SyscallEnter', { g: 7, p: 0, m: 0 }), e(3.2, 'Handoff', { p: 0, m: 0, arg: 2 }), e(3.3, 'GoStart', { g: 3, p: 0, m: 2 }));
      p.startRun(2);
      document.querySelector('#sched select[aria-label="Animation speed"]').value = 'instant';
      p.speed = 'instant';
      p.push(evs);
      return evs.length;
    });
    await h.waitFor(page, (n) => window.__gort.panel.view.count === n, drawn, { what: 'the panel to draw the stream' });
    const dom = await h.evalBounded(page, () => {
      const q = (s) => document.querySelector(`#sched ${s}`);
      const lane = (i) => q(`.sched-p[data-p="${i}"]`);
      return {
        lanes: document.querySelectorAll('#sched .sched-p').length,
        p0: [lane(0).querySelector('.mchip').textContent, lane(0).querySelector('.slot-run .gchip').textContent, [...lane(0).querySelectorAll('.runq .gchip')].map((c) => c.textContent)],
        p1: [lane(1).querySelector('.slot-run .gchip').textContent, [...lane(1).querySelectorAll('.runq .gchip')].map((c) => c.textContent)],
        m0: q('.sched-ms .mchip[data-m="0"]').textContent,
        g1: q('.grow[data-g="1"]').textContent,
        log: [...document.querySelectorAll('#sched .sched-log li')].map((li) => li.textContent),
        counters: q('.sched-counters').textContent,
      };
    });
    console.log(`# drawn: ${JSON.stringify(dom)}`);
    assert.equal(dom.lanes, 2);
    assert.deepEqual(dom.p0, ['M2', 'g3', ['g5', 'g6']]);
    assert.deepEqual(dom.p1, ['g2', ['g4']]);
    assert.match(dom.m0, /^M0 syscall.*g7/);
    assert.match(dom.g1, /waiting.*sleep.*prog\.go:13/);
    assert.ok(dom.log.some((l) => /P1 steals 3 from P0/.test(l)));
    assert.ok(dom.log.some((l) => /P0 handed off: M0 is blocked in a syscall/.test(l)));
    assert.match(dom.counters, /steals 1 · hand-offs 1/);
    // Replay: back to event 8 (after the creates, before the steal): P1's queue is empty again.
    await slide(page, 8);
    const at8 = await h.evalBounded(page, () => [...document.querySelectorAll('#sched .sched-p[data-p="1"] .runq .gchip')].length);
    assert.equal(at8, 0);
    await page.getByRole('button', { name: 'Step one scheduler event', exact: true }).click();
    assert.equal(await h.evalBounded(page, () => document.querySelectorAll('#sched .sched-p[data-p="1"] .runq .gchip').length), 3, 'the steal, stepped to');
    assert.match(await h.evalBounded(page, () => document.querySelector('#sched .sched-log li').textContent), /P1 steals 3 from P0/);
    // The timeline after the run: hovering P1's span names g2.
    await h.evalBounded(page, () => window.__gort.panel.endRun());
    await page.locator('#sched .sched-timeline canvas').scrollIntoViewIfNeeded();
    const pt = await h.evalBounded(page, () => {
      const tl = window.__gort.panel.timeline;
      const s = tl.model.spans[1][0];
      const r = tl.canvas.getBoundingClientRect();
      return { x: r.left + (tl.x(s.t0, tl.canvas.clientWidth) + tl.x(s.t1, tl.canvas.clientWidth)) / 2, y: r.top + 18 + 22 + 11 };
    });
    await page.mouse.move(pt.x, pt.y);
    const tip = await h.waitFor(page, () => { const t = document.querySelector('#sched .tl-tip'); return !t.hidden && t.textContent; }, null, { what: 'the timeline tooltip' });
    assert.match(tip, /^g2 ran on P1 from 1\.20 to 3\.30 ms/);
  } finally { await page.close(); }
});
