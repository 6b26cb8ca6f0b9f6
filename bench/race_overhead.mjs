#!/usr/bin/env node
// bench/race_overhead.mjs — what the race detector costs: each bench/go program run without
// and with race detection, by gort (`gort run` vs `gort run --race`) and, as the reference in
// the same run, by Go 1.19 (`go build` vs `go build -race`, binaries built once). Medians of N
// runs of wall time, CPU time (user + sys) and peak RSS, from /usr/bin/time. Runs of the four
// variants are interleaved so a change in the machine's load hits them alike.
//
//   node bench/race_overhead.mjs [-n RUNS] [--host native|node] [--only mutex,pingpong]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('-n', 3));
const host = opt('--host', 'native');
const only = opt('--only', 'pingpong,mutex,select,sieve,fib,par2,alloc').split(',');
const gortCmd = host === 'native' ? [path.join(root, 'build/native/gort')] : [process.execPath, path.join(root, 'web/node/cli.mjs')];
const benches = [
  { id: 'pingpong', file: 'pingpong.go' },
  { id: 'mutex', file: 'mutex.go', procs: 2 },
  { id: 'select', file: 'select.go' },
  { id: 'sieve', file: 'sieve.go' },
  { id: 'fib', file: 'fib.go' },
  { id: 'par2', file: 'parallel.go', procs: 2 },
  { id: 'alloc', file: 'alloc.go' },
  { id: 'spawn', file: 'spawn.go' },
].filter((b) => only.includes(b.id));

const haveGo = spawnSync('go', ['version']).status === 0;
const goDir = path.join(root, 'build/bench-race');
function goBuild(b, race) {
  const dir = path.join(goDir, `${b.id}${race ? '-race' : ''}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(here, 'go', b.file), path.join(dir, 'main.go'));
  const env = { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(root, 'build/gocache'), GOFLAGS: '' };
  const r = spawnSync('go', ['build', ...(race ? ['-race'] : []), '-o', 'prog', 'main.go'], { cwd: dir, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`go build ${b.id}: ${r.stderr}`);
  return path.join(dir, 'prog');
}

// One run under /usr/bin/time: [wall s, cpu s, peak RSS MiB] or null when it failed.
function measure(argv, env) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...argv], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  const last = r.stderr.trim().split('\n').at(-1);
  if (r.status !== 0) return { failed: r.stderr.split('\n').find((l) => l.trim()) ?? `exit ${r.status}` };
  const [e, u, s, kb] = last.split(' ').map(Number);
  return { wall: e, cpu: u + s, rss: kb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`host ${host}, ${RUNS} runs each; medians: wall s / CPU s / peak RSS MiB; ratios race ÷ plain`);
console.log('| bench | gort | gort --race | gort ratio (wall, CPU, RSS) | Go | Go -race | Go ratio (wall, CPU, RSS) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const b of benches) {
  const procs = b.procs ? ['--gomaxprocs', String(b.procs)] : [];
  const env = { ...process.env, ...(b.procs ? { GOMAXPROCS: String(b.procs) } : {}) };
  const file = path.join(here, 'go', b.file);
  const variants = [
    ['gort', [...gortCmd, 'run', ...procs, file]],
    ['gort-race', [...gortCmd, 'run', '--race', ...procs, file]],
  ];
  if (haveGo) variants.push(['go', [goBuild(b, false)]], ['go-race', [goBuild(b, true)]]);
  const got = Object.fromEntries(variants.map(([k]) => [k, []]));
  const failed = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [k, argv] of variants) {
      if (failed[k]) continue;
      const m = measure(argv, env);
      if (m.failed) failed[k] = m.failed; else got[k].push(m);
    }
  }
  const med = (k) => failed[k] ? null : { wall: median(got[k].map((m) => m.wall)), cpu: median(got[k].map((m) => m.cpu)), rss: median(got[k].map((m) => m.rss)) };
  const cell = (k) => failed[k] ? `fails: ${failed[k].slice(0, 60)}` : (({ wall, cpu, rss }) => `${wall.toFixed(2)} / ${cpu.toFixed(2)} / ${rss.toFixed(0)}`)(med(k));
  const ratio = (a, b2) => (!med(a) || !med(b2)) ? '—' : `${(med(b2).wall / med(a).wall).toFixed(1)}×, ${(med(b2).cpu / med(a).cpu).toFixed(1)}×, ${(med(b2).rss / med(a).rss).toFixed(1)}×`;
  console.log(`| ${b.id} | ${cell('gort')} | ${cell('gort-race')} | ${ratio('gort', 'gort-race')} | ${haveGo ? cell('go') : 'no Go'} | ${haveGo ? cell('go-race') : ''} | ${haveGo ? ratio('go', 'go-race') : ''} |`);
}
