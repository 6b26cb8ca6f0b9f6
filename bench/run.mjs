#!/usr/bin/env node
// bench/run.mjs — `npm run bench`: the same Go programs (bench/go/) run by native Go 1.19
// (`go build`, then the binary), gort native (build/native/gort) and gort under Node (the
// `gort` CLI on build/wasm-node), in one run on this machine. Reports medians of N runs as a
// table on stdout and in bench/results.md.
//
//   node bench/run.mjs [-n RUNS] [--only fib,spawn] [--no-node] [--no-native]
//
// Wall time is the whole process (start-up included; `empty` shows start-up alone). Memory per
// parked goroutine = (max RSS of park − max RSS of empty) / 100,000; under Node the wasm
// memory size reported by the Node API is used instead of RSS (Node's own RSS would swamp it).
// Peak memory of the 1 GiB allocation program: max RSS (Go, native), wasm memory size (Node;
// wasm memory never shrinks, so its final size is the peak).
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
const only = opt('--only', null)?.split(',');
const timeoutMs = Number(opt('--timeout', 300)) * 1000;
const nativeBin = path.join(root, 'build/native/gort');
const nodeCli = path.join(root, 'web/node/cli.mjs');

const targets = [
  { name: 'go', label: 'Go 1.19 (native)' },
  ...(args.includes('--no-native') ? [] : [{ name: 'native', label: 'gort native' }]),
  ...(args.includes('--no-node') ? [] : [{ name: 'node', label: 'gort Node (wasm)' }]),
];

// Benchmarks: program, extra gort flags, GOMAXPROCS for Go.
const benches = [
  { id: 'empty', file: 'empty.go', what: 'empty program (start-up + exit)' },
  { id: 'fib', file: 'fib.go', what: 'fib(35)' },
  { id: 'spawn', file: 'spawn.go', what: 'spawn + join 1M goroutines' },
  { id: 'pingpong', file: 'pingpong.go', what: 'channel ping-pong, 200k round trips' },
  { id: 'mutex', file: 'mutex.go', what: 'mutex, 4 goroutines × 100k lock/unlock' },
  { id: 'select', file: 'select.go', what: 'select over 2 channels, 200k receives' },
  { id: 'park', file: 'park.go', what: '100k goroutines parked, then released' },
  { id: 'alloc', file: 'alloc.go', what: 'allocate 1 GiB, 1 MiB at a time (GC churn)' },
  { id: 'par1', file: 'parallel.go', procs: 1, what: '8 CPU-bound goroutines, GOMAXPROCS=1' },
  { id: 'par2', file: 'parallel.go', procs: 2, what: '8 CPU-bound goroutines, GOMAXPROCS=2' },
].filter((b) => !only || only.includes(b.id) || (only.includes('parallel') && b.file === 'parallel.go'));

function goBuild(file) {
  const dir = path.join(root, 'build/bench-go', path.basename(file, '.go'));
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(here, 'go', file), path.join(dir, 'main.go'));
  const bin = path.join(dir, 'prog');
  const r = spawnSync('go', ['build', '-o', bin, 'main.go'], { cwd: dir, encoding: 'utf8',
    env: { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(root, 'build/gocache') } });
  if (r.status !== 0) throw new Error(`go build ${file}: ${r.stderr}`);
  return bin;
}

// One timed run: {secs, rssKB, ok, out}.
function timed(cmd, argv, env = {}) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...argv], {
    encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, ...env }, input: '' });
  const last = (r.stderr || '').trim().split('\n').at(-1) || '';
  const secs = (performance.now() - t0) / 1000;  // ms resolution (time's %e has 10 ms)
  const rss = Number(last.split(' ')[1]);
  const ok = r.status === 0;
  return { secs: ok ? secs : NaN, rssKB: rss, ok, out: r.stdout, err: r.stderr, status: r.status };
}

function command(target, bench, goBins) {
  const file = path.join(here, 'go', bench.file);
  const procs = bench.procs ? ['--gomaxprocs', String(bench.procs)] : [];
  if (target === 'go') return [goBins[bench.file], [], bench.procs ? { GOMAXPROCS: String(bench.procs) } : {}];
  if (target === 'native') return [nativeBin, ['run', file, ...procs], {}];
  return [process.execPath, [nodeCli, 'run', file, ...procs], {}];
}

const median = (xs) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };

async function nodeWasmMemory(file) {
  try {
    const { run } = await import(path.join(root, 'web/node/index.mjs'));
    const r = await run(fs.readFileSync(path.join(here, 'go', file), 'utf8'), { freshEngine: true });
    return r.exitCode === 0 ? r.wasmMemoryBytes : NaN;
  } catch {
    return NaN;
  }
}

const goBins = {};
for (const b of benches) goBins[b.file] ??= goBuild(b.file);

const load0 = os.loadavg()[0];  // the machine is shared: say how busy it was
const goOut = {};  // program file -> Go's stdout (gort's must match)
const cells = {};  // `${bench}/${target}` -> {secs, rssKB, note}
for (const b of benches) {
  for (const t of targets) {
    const [cmd, argv, env] = command(t.name, b, goBins);
    if (t.name !== 'go' && !fs.existsSync(t.name === 'native' ? nativeBin : path.join(root, 'build/wasm-node/gort.js'))) {
      cells[`${b.id}/${t.name}`] = { secs: NaN, rssKB: NaN, note: 'not built' };
      continue;
    }
    const runs = [];
    let failure = '';
    for (let i = 0; i < RUNS; i++) {
      const r = timed(cmd, argv, env);
      if (!r.ok) { failure = `exit ${r.status}: ${(r.err || '').split('\n')[0].slice(0, 60)}`; break; }
      // A fast wrong answer is no result: gort's stdout must be Go's (par1/par2 print the same).
      if (t.name !== 'go' && goOut[b.file] !== undefined && r.out !== goOut[b.file]) {
        failure = `wrong output: ${JSON.stringify(r.out.slice(0, 40))}, Go printed ${JSON.stringify(goOut[b.file].slice(0, 40))}`;
        break;
      }
      if (t.name === 'go') goOut[b.file] ??= r.out;
      runs.push(r);
    }
    const cell = { secs: median(runs.map((r) => r.secs)), rssKB: median(runs.map((r) => r.rssKB)), note: failure };
    cells[`${b.id}/${t.name}`] = cell;
    process.stderr.write(`${b.id.padEnd(9)} ${t.name.padEnd(7)} ${Number.isNaN(cell.secs) ? `FAILED ${failure}` : `${cell.secs.toFixed(2)} s, ${(cell.rssKB / 1024).toFixed(0)} MB`}\n`);
  }
}

// A failed cell shows only its exit status in the table (the first stderr line is on stderr above).
const fmtS = (c) => (!c ? '–' : Number.isNaN(c.secs) ? ((c.note || 'failed').split(':')[0]) : `${c.secs.toFixed(3)} s`);
const ratio = (b, t) => {
  const c = cells[`${b}/${t}`]; const g = cells[`${b}/go`];
  return c && g && !Number.isNaN(c.secs) && g.secs > 0 ? `${(c.secs / g.secs).toFixed(1)}×` : '–';
};
let md = `# gort benchmarks\n\n${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, `
  + `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; medians of ${RUNS} runs; wall time of the whole process `
  + '(includes /usr/bin/time, which also gives max RSS). '
  + `Load average (1 min) ${load0.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end: with other work `
  + 'on the 2 cores, the GOMAXPROCS 2 figures are only meaningful next to Go\'s own speed-up in the same run.\n\n';
const others = targets.filter((t) => t.name !== 'go');
const row = (xs) => `| ${xs.join(' | ')} |\n`;
md += row(['benchmark', ...targets.map((t) => t.label), ...others.map((t) => `${t.name} ÷ Go`)]);
md += row(['---', ...targets.map(() => '---'), ...others.map(() => '---')]);
for (const b of benches) {
  md += row([b.what, ...targets.map((t) => fmtS(cells[`${b.id}/${t.name}`])), ...others.map((t) => ratio(b.id, t.name))]);
}

md += '\n| derived | ' + targets.map((t) => t.label).join(' | ') + ' | target |\n| --- | ' + targets.map(() => '---').join(' | ') + ' | --- |\n';
const speedup = (t) => {
  const a = cells[`par1/${t}`]; const c = cells[`par2/${t}`];
  return a && c && !Number.isNaN(a.secs) && !Number.isNaN(c.secs) ? `${(a.secs / c.secs).toFixed(2)}×` : '–';
};
if (benches.some((b) => b.id === 'par1') && benches.some((b) => b.id === 'par2')) {
  md += `| parallel speed-up, GOMAXPROCS 2 vs 1 | ${targets.map((t) => speedup(t.name)).join(' | ')} | ≥ 1.6× |\n`;
  // The same with the empty program's time (process and, under Node, module start-up)
  // subtracted from both: the scheduler's own speed-up.
  const speedupNet = (t) => {
    const a = cells[`par1/${t}`]; const c = cells[`par2/${t}`]; const e = cells[`empty/${t}`];
    if (!a || !c || !e || [a.secs, c.secs, e.secs].some(Number.isNaN)) return '–';
    return `${((a.secs - e.secs) / (c.secs - e.secs)).toFixed(2)}×`;
  };
  if (benches.some((b) => b.id === 'empty')) {
    md += `| the same, start-up (empty program) subtracted | ${targets.map((t) => speedupNet(t.name)).join(' | ')} | ≥ 1.6× |\n`;
  }
}
if (benches.some((b) => b.id === 'park') && benches.some((b) => b.id === 'empty')) {
  const perG = async (t) => {
    if (t === 'node') {
      const [p, e] = [await nodeWasmMemory('park.go'), await nodeWasmMemory('empty.go')];
      return Number.isNaN(p - e) ? '–' : `${((p - e) / 100000 / 1024).toFixed(2)} KiB (wasm memory)`;
    }
    const p = cells[`park/${t}`]; const e = cells[`empty/${t}`];
    if (!p || !e || Number.isNaN(p.secs) || Number.isNaN(e.secs)) return '–';
    return `${(((p.rssKB - e.rssKB) * 1024) / 100000 / 1024).toFixed(2)} KiB (RSS)`;
  };
  const vals = [];
  for (const t of targets) vals.push(await perG(t.name));
  md += `| memory per parked goroutine | ${vals.join(' | ')} | ≤ 1 KiB |\n`;
}
if (benches.some((b) => b.id === 'alloc')) {
  const peak = async (t) => {
    if (t === 'node') {
      const m = await nodeWasmMemory('alloc.go');
      return Number.isNaN(m) ? '–' : `${(m / 2 ** 20).toFixed(0)} MiB (wasm memory)`;
    }
    const c = cells[`alloc/${t}`];
    return !c || Number.isNaN(c.secs) ? '–' : `${(c.rssKB / 1024).toFixed(0)} MiB (max RSS)`;
  };
  const vals = [];
  for (const t of targets) vals.push(await peak(t.name));
  md += `| peak memory, 1 GiB allocated in 1 MiB pieces | ${vals.join(' | ')} | < 100 MB |\n`;
}
md += `| empty program start-up | ${targets.map((t) => fmtS(cells[`empty/${t.name}`])).join(' | ')} | < 0.2 s (Node) |\n`;
md += '\nTargets from DESIGN.md: CPU-bound within 15× of Go under Node; spawn, channels, mutex, select within 2×.\n';

console.log(md);
fs.writeFileSync(path.join(here, 'results.md'), md);
console.log(`(written to ${path.relative(process.cwd(), path.join(here, 'results.md'))})`);
