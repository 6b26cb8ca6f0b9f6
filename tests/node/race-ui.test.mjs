// tests/node/race-ui.test.mjs — the page's parsing of race reports (web/app/race-ui.js) and the
// wait-for graph's cycle finding (web/app/waitgraph.js): pure functions, no browser. The report
// text is the engine's format (engine/vm/race.cpp), which is Go's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRaces } from '../../web/app/race-ui.js';
import { cycleEdges } from '../../web/app/waitgraph.js';

const REPORT = `tick
==================
WARNING: DATA RACE
Read at 0x00c000012345 by goroutine 7:
  main.main.func1()
      /tmp/prog.go:20 +0x18

Previous write at 0x00c000012345 by main goroutine:
  main.main()
      /tmp/prog.go:18 +0x40

Goroutine 7 (running) created at:
  main.main()
      /tmp/prog.go:19 +0x8
==================
==================
WARNING: DATA RACE
Write at 0x00c0000abcde by goroutine 9:
  main.inc()
      /tmp/prog.go:7 +0x10
  main.main.func2()
      /tmp/prog.go:30 +0x20

Previous write at 0x00c0000abcde by goroutine 8:
  main.inc()
      prog.go:7 +0x10
==================
Found 2 data race(s)
exit status 66
`;

test('parseRaces: each report\'s two accesses, innermost prog.go frame, not the creation site', () => {
  const races = parseRaces(REPORT);
  assert.equal(races.length, 2);
  assert.deepEqual(races[0].accesses.map((a) => [a.kind, a.previous, a.line, a.by]),
    [['Read', false, 20, 'goroutine 7'], ['Write', true, 18, 'main goroutine']]);
  assert.deepEqual(races[1].accesses.map((a) => [a.kind, a.previous, a.line, a.func]),
    [['Write', false, 7, 'main.inc()'], ['Write', true, 7, 'main.inc()']]);
  assert.match(races[0].text, /^WARNING: DATA RACE/);
  assert.deepEqual(parseRaces('panic: boom\n'), []);
});

test('cycleEdges: the edges of a wait cycle, not the ones hanging off it', () => {
  const graph = {
    goroutines: [{ g: 1, waitsOn: 10 }, { g: 2, waitsOn: 11 }, { g: 3, waitsOn: 10 }],
    objects: [{ id: 10, wakers: [2] }, { id: 11, wakers: [1] }],
  };
  assert.deepEqual([...cycleEdges(graph)].sort(), ['g1>o10', 'g2>o11', 'o10>g2', 'o11>g1']);
  assert.equal(cycleEdges({ goroutines: [{ g: 1, waitsOn: 5 }], objects: [{ id: 5, wakers: [] }] }).size, 0);
});
