#!/usr/bin/env node
// bench/sched_overhead.mjs — what recording scheduler events costs: bench/go programs run by
// gort with recording off, with `--sched-events` (record, drain, discard) and with
// `--trace FILE` (record and write the Chrome trace), medians of N runs of wall time and of
// CPU time (user + sys, from /usr/bin/time: steadier than wall time on a shared machine).
//
//   node bench/sched_overhead.mjs [-n RUNS] [--host native|node] [--only pingpong,mutex]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('-n', 3));
const host = opt('--host', 'native');
const only = opt('--only', 'pingpong,mutex,spawn,select,par2')?.split(',');
const cmd = host === 'native' ? [path.join(root, 'build/native/gort')] : [process.execPath, path.join(root, 'web/node/cli.mjs')];
const benches = [
  { id: 'pingpong', file: 'pingpong.go' },
  { id: 'mutex', file: 'mutex.go' },
  { id: 'spawn', file: 'spawn.go' },
  { id: 'select', file: 'select.go' },
  { id: 'fib', file: 'fib.go' },
  { id: 'par2', file: 'parallel.go', procs: 2 },
].filter((b) => only.includes(b.id));
const traceFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gort-bench-')), 'trace.json');
const modes = [['off', []], ['events', ['--sched-events']], ['trace', ['--trace', traceFile]]];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`host ${host}, ${RUNS} runs each, median seconds: wall / CPU (user+sys)`);
console.log('| bench | off | --sched-events | --trace | events/off (wall, CPU) | trace/off (wall, CPU) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const b of benches) {
  const t = {};
  const c = {};
  const xs = Object.fromEntries(modes.map(([m]) => [m, []]));
  const cs = Object.fromEntries(modes.map(([m]) => [m, []]));
  // Modes interleaved run by run, so a change in the machine's load hits all three alike.
  for (let i = 0; i < RUNS; i++) {
    for (const [mode, flags] of modes) {
      const file = path.join(here, 'go', b.file);
      const a = ['-f', '%e %U %S', cmd[0], ...cmd.slice(1), 'run', ...(b.procs ? ['--gomaxprocs', String(b.procs)] : []), ...flags, file];
      const r = spawnSync('/usr/bin/time', a, { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`${b.id} ${mode}: exit ${r.status}\n${r.stderr}`);
      const [e, u, sy] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
      xs[mode].push(e);
      cs[mode].push(u + sy);
    }
  }
  for (const [mode] of modes) { t[mode] = median(xs[mode]); c[mode] = median(cs[mode]); }
  const f = (m) => `${t[m].toFixed(2)} / ${c[m].toFixed(2)}`;
  const ratio = (m) => `${(t[m] / t.off).toFixed(2)}x, ${(c[m] / c.off).toFixed(2)}x`;
  console.log(`| ${b.id} | ${f('off')} | ${f('events')} | ${f('trace')} | ${ratio('events')} | ${ratio('trace')} |`);
}
