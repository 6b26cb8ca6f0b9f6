#!/usr/bin/env node
// bench/run.mjs — `npm run bench`: the same Go programs (bench/go/) run by native Go 1.19
// (`go build`, then the binary), gort native (build/native/gort) and gort under Node (the
// `gort` CLI on build/wasm-node), in one run on this machine. Reports medians of N runs as
// tables on stdout and in bench/results.md.
//
//   node bench/run.mjs [-n RUNS] [--only fib,spawn] [--no-node] [--no-native] [--no-api] [--no-page]
//
// Work time = median wall time of the program − median wall time of the empty program on the
// same target (process start-up, and under Node the module's instantiation, subtracted).
// Every program prints a checksum: a run whose stdout differs from the expected one (also
// Go's) is reported as a failure, never timed. Memory per parked goroutine: park.go prints
// runtime.MemStats.Sys before and after starting 100,000 goroutines that then block (gort's
// Sys is every byte the engine has malloc'd: GC heap, G structs, stacks); Go's row also shows
// the max-RSS difference to the empty program.
// Without --only, the issue's other rows come from their own scripts, run as child processes:
// the Node API's programs per second in one process (bench/node_throughput.mjs, needs
// build/wasm-nodelib) and the page's start-up in headless Chromium (bench/page_timing.mjs, needs
// web/dist and Chromium); --no-api / --no-page leave them out.
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

// Benchmarks: program, GOMAXPROCS (gort flag / Go env), expected stdout (the checksum), target
// for gort under Node ÷ Go (work times).
const benches = [
  { id: 'empty', file: 'empty.go', out: '', what: 'empty program, process start to exit' },
  { id: 'fib', file: 'fib.go', out: '9227465\n', what: 'fib(35), recursive calls', target: 10 },
  { id: 'spawn', file: 'spawn.go', out: '1000000\n', what: 'spawn and join 1M goroutines', target: 2 },
  { id: 'mutex', file: 'mutex.go', procs: 2, out: '10000000\n', what: '4 goroutines × 2.5M sync.Mutex lock/unlock, GOMAXPROCS 2', target: 2 },
  { id: 'pingpong', file: 'pingpong.go', out: '2000000\n', what: 'unbuffered ping-pong, 2M round trips', target: 1.5 },
  { id: 'select', file: 'select.go', out: '10000000\n', what: 'select fan-in, 4 × 1M sends', target: 1.5 },
  { id: 'sieve', file: 'sieve.go', out: '17389 16274627\n', what: 'concurrent prime sieve, 2,000 primes', target: 1.5 },
  { id: 'park', file: 'park.go', out: '100000\n', what: '100k goroutines parked, then released' },
  { id: 'alloc', file: 'alloc.go', out: '523776\n', what: 'allocate 1 GiB, 1 MiB at a time (GC churn)' },
  { id: 'par1', group: 'par', file: 'parallel.go', procs: 1, out: '6656320\n', what: '8 × fib(30) goroutines, GOMAXPROCS 1' },
  { id: 'par2', group: 'par', file: 'parallel.go', procs: 2, out: '6656320\n', what: '8 × fib(30) goroutines, GOMAXPROCS 2' },
  // The same with 2.6 times the work: the speed-up once a first run's fixed costs (under Node
  // the second M's Worker starting, ~50 ms; V8 tiering the interpreter up) weigh less.
  { id: 'par1l', group: 'parl', file: 'parallel.go', args: ['32'], procs: 1, out: '17426472\n', what: '8 × fib(32) goroutines, GOMAXPROCS 1' },
  { id: 'par2l', group: 'parl', file: 'parallel.go', args: ['32'], procs: 2, out: '17426472\n', what: '8 × fib(32) goroutines, GOMAXPROCS 2' },
].filter((b) => b.id === 'empty' || !only || only.includes(b.id) || (only.includes('parallel') && b.file === 'parallel.go'));

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

// One timed run: {secs, cpu, rssKB, ok, out, err}; cpu is user + sys of all the process's
// threads, which other work on a shared machine inflates far less than wall time.
function timed(cmd, argv, env = {}) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...argv], {
    encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, ...env }, input: '' });
  const last = (r.stderr || '').trim().split('\n').at(-1) || '';
  const secs = (performance.now() - t0) / 1000;  // ms resolution (time's %e has 10 ms)
  const f = last.split(' ');
  const rss = Number(f[1]);
  const ok = r.status === 0;
  return { secs: ok ? secs : NaN, cpu: ok ? Number(f[2]) + Number(f[3]) : NaN, rssKB: rss, ok, out: r.stdout, err: r.stderr, status: r.status };
}

function command(target, bench, goBins) {
  const file = path.join(here, 'go', bench.file);
  const procs = bench.procs ? ['--gomaxprocs', String(bench.procs)] : [];
  const progArgs = bench.args ? ['--', ...bench.args] : [];
  if (target === 'go') return [goBins[bench.file], bench.args ?? [], bench.procs ? { GOMAXPROCS: String(bench.procs) } : {}];
  if (target === 'native') return [nativeBin, ['run', file, ...procs, ...progArgs], {}];
  return [process.execPath, [nodeCli, 'run', file, ...procs, ...progArgs], {}];
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

// park.go's stderr line "sys BEFORE AFTER" → bytes per goroutine.
const parkBytes = (err) => {
  const m = /^sys (\d+) (\d+)$/m.exec(err || '');
  return m ? (Number(m[2]) - Number(m[1])) / 100000 : NaN;
};

const goBins = {};
for (const b of benches) goBins[b.file] ??= goBuild(b.file);

const load0 = os.loadavg()[0];  // the machine is shared: say how busy it was
const cells = {};  // `${bench}/${target}` -> {secs, rssKB, perG, note}
// The targets' runs alternate (Go, native, Node, Go, ...), so a machine whose load drifts during
// a benchmark treats them alike instead of timing one target in a quiet minute and another in
// a busy one. Benchmarks of one group (the same program at GOMAXPROCS 1 and 2, whose ratio is
// the speed-up) alternate too: the machine's speed drifted by a third within minutes here.
const groups = [];
for (const b of benches) {
  const g = b.group && groups.find((x) => x[0].group === b.group);
  if (g) g.push(b); else groups.push([b]);
}
const live = targets.filter((t) => t.name === 'go' || fs.existsSync(t.name === 'native' ? nativeBin : path.join(root, 'build/wasm-node/gort.js')));
for (const group of groups) {
  for (const b of group) {
    for (const t of targets) if (!live.includes(t)) cells[`${b.id}/${t.name}`] = { secs: NaN, rssKB: NaN, perG: NaN, note: 'not built' };
  }
  const runs = {};     // `${bench}/${target}` -> timed runs
  const failure = {};  // `${bench}/${target}` -> why it failed
  for (let i = 0; i < RUNS; i++) {
    for (const b of group) {
      for (const t of live) {
        const key = `${b.id}/${t.name}`;
        runs[key] ??= [];
        if (failure[key]) continue;
        const [cmd, argv, env] = command(t.name, b, goBins);
        const r = timed(cmd, argv, env);
        if (!r.ok) { failure[key] = `exit ${r.status}: ${(r.err || '').split('\n')[0].slice(0, 60)}`; continue; }
        // A fast wrong answer is no result: every program's stdout is its checksum.
        if (r.out !== b.out) {
          failure[key] = `wrong output: ${JSON.stringify(r.out.slice(0, 40))}, expected ${JSON.stringify(b.out)}`;
          continue;
        }
        runs[key].push(r);
      }
    }
  }
  for (const b of group) {
    for (const t of live) {
      const key = `${b.id}/${t.name}`;
      const rs = runs[key]; const bad = failure[key] ?? '';
      const cell = { secs: bad ? NaN : median(rs.map((r) => r.secs)), cpu: bad ? NaN : median(rs.map((r) => r.cpu)), rssKB: median(rs.map((r) => r.rssKB)),
        perG: median(rs.map((r) => parkBytes(r.err))), note: bad };
      cells[key] = cell;
      process.stderr.write(`${b.id.padEnd(9)} ${t.name.padEnd(7)} ${Number.isNaN(cell.secs) ? `FAILED ${bad}` : `${cell.secs.toFixed(2)} s, ${(cell.rssKB / 1024).toFixed(0)} MB`}\n`);
    }
  }
}

// A sibling script's figures: it writes them to --json FILE; its own report goes to stderr here.
function subBench(script, argv, nodeFlags = []) {
  const out = path.join(root, 'build', `${path.basename(script, '.mjs')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  process.stderr.write(`${script} ${argv.join(' ')}\n`);
  const r = spawnSync(process.execPath, [...nodeFlags, path.join(here, script), ...argv, '--json', out],
    { encoding: 'utf8', timeout: 30 * 60000, stdio: ['ignore', 'pipe', 'pipe'] });
  process.stderr.write((r.stdout || '').replace(/^/gm, '  '));
  if (r.status !== 0 || !fs.existsSync(out)) {
    const why = (r.stderr || '').trim().split('\n').at(-1) || `exit ${r.status}`;
    process.stderr.write(`  failed: ${why}\n`);
    return { failed: why.slice(0, 80) };
  }
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const api = only || args.includes('--no-api') ? null
  : !fs.existsSync(path.join(root, 'build/wasm-nodelib')) ? { failed: 'not built' }
  : subBench('node_throughput.mjs', ['-n', '200', '--rounds', String(Math.max(RUNS, 1)), '--rss-runs', '1000', '--cli-runs', '0'], ['--expose-gc']);
const page = only || args.includes('--no-page') ? null
  : !fs.existsSync(path.join(root, 'web/dist/index.html')) ? { failed: 'web/dist not built' }
  : !fs.existsSync(chromium) ? { failed: `no Chromium at ${chromium}` }
  : (subBench('page_timing.mjs', ['-n', String(Math.max(RUNS, 1))])[0] ?? { failed: 'no pages' });

const ok = (c) => c && !Number.isNaN(c.secs);
// Work time: the program's median wall time minus the empty program's on the same target.
const work = (b, t) => {
  const c = cells[`${b}/${t}`]; const e = cells[`empty/${t}`];
  if (!ok(c)) return NaN;
  if (b === 'empty') return c.secs;
  // Not above the empty program's time: noise swamped the work (a loaded machine); no figure.
  return ok(e) && c.secs > e.secs ? c.secs - e.secs : NaN;
};
const fmtS = (b, t) => {
  const c = cells[`${b}/${t}`];
  if (!c) return '–';
  if (!ok(c)) return (c.note || 'failed').split(':')[0];
  return `${work(b, t).toFixed(3)} s`;
};
const ratioNum = (b, t) => work(b, t) / work(b, 'go');
const fmtX = (x, digits = 1) => (Number.isFinite(x) ? `${x.toFixed(digits)}×` : '–');

let md = `# gort benchmarks\n\n${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, `
  + `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; medians of ${RUNS} runs. `
  + 'Times are work times: the median wall time of the whole process minus the median wall time of the empty program '
  + 'on the same target (process start-up and, under Node, module instantiation); the empty program\'s row is its wall time. '
  + `Load average (1 min) ${load0.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end: with other work `
  + 'on the 2 cores, the GOMAXPROCS 2 figures are only meaningful next to Go\'s own speed-up in the same run.\n\n';
const others = targets.filter((t) => t.name !== 'go');
const row = (xs) => `| ${xs.join(' | ')} |\n`;
md += row(['benchmark', ...targets.map((t) => t.label), ...others.map((t) => `${t.name} ÷ Go`)]);
md += row(['---', ...targets.map(() => '---'), ...others.map(() => '---')]);
for (const b of benches) {
  md += row([b.what, ...targets.map((t) => fmtS(b.id, t.name)), ...others.map((t) => (b.id === 'empty' ? '–' : fmtX(ratioNum(b.id, t.name))))]);
}

// CPU time (user + sys of every thread) of the same runs, the empty program's subtracted:
// on a shared machine the steadier measure of the work done (not of a parallel speed-up).
const cpuWork = (b, t) => {
  const c = cells[`${b}/${t}`]; const e = cells[`empty/${t}`];
  if (!ok(c)) return NaN;
  if (b === 'empty') return c.cpu;
  return ok(e) && c.cpu > e.cpu ? c.cpu - e.cpu : NaN;
};
const fmtC = (b, t) => (Number.isFinite(cpuWork(b, t)) ? `${cpuWork(b, t).toFixed(2)} s` : '–');
md += `\n| CPU time (user + sys, all threads; empty program's subtracted) | ${targets.map((t) => t.label).join(' | ')} | ${others.map((t) => `${t.name} ÷ Go`).join(' | ')} |\n`;
md += row(['---', ...targets.map(() => '---'), ...others.map(() => '---')]);
for (const b of benches) {
  md += row([b.what, ...targets.map((t) => fmtC(b.id, t.name)), ...others.map((t) => (b.id === 'empty' ? '–' : fmtX(cpuWork(b.id, t.name) / cpuWork(b.id, 'go'))))]);
}

// The issue's table: gort under Node against native Go, with its targets.
const has = (id) => benches.some((b) => b.id === id);
const tgt = targets.some((t) => t.name === 'node') ? 'node' : 'native';
const verdict = (v, good) => (Number.isFinite(v) ? (good ? 'met' : 'not met') : '–');
md += `\n| issue row (gort ${tgt} vs Go) | measured | target | |\n| --- | --- | --- | --- |\n`;
for (const b of benches.filter((x) => x.target)) {
  const x = ratioNum(b.id, tgt);
  md += row([b.what, fmtX(x), `≤ ${b.target}×`, verdict(x, x <= b.target)]);
}
if (has('park')) {
  const mine = cells[`park/${tgt}`]?.perG; const go = cells['park/go']?.perG;
  const goRss = ok(cells['park/go']) && ok(cells['empty/go'])
    ? ((cells['park/go'].rssKB - cells['empty/go'].rssKB) * 1024) / 100000 : NaN;
  md += row(['100k parked goroutines, bytes each (MemStats.Sys)',
    `${Number.isFinite(mine) ? mine.toFixed(0) : '–'} B (Go ${Number.isFinite(go) ? go.toFixed(0) : '–'} B; max RSS ${Number.isFinite(goRss) ? goRss.toFixed(0) : '–'} B)`,
    '≤ 512 B', verdict(mine, mine <= 512)]);
}
const empty = work('empty', tgt);
md += row(['empty program, process start to exit', Number.isFinite(empty) ? `${empty.toFixed(3)} s` : '–', '≤ 0.1 s', verdict(empty, empty <= 0.1)]);
// The parallel speed-up of a pair of rows (GOMAXPROCS 1, 2), for the target and for each program.
const speedupRow = (p1, p2, what, target) => {
  if (!has(p1) || !has(p2)) return;
  const speedup = (t) => work(p1, t) / work(p2, t);
  const s = speedup(tgt);
  md += row([what, `${fmtX(s, 2)} (${targets.map((t) => `${t.name} ${fmtX(speedup(t.name), 2)}`).join(', ')})`, target, verdict(s, s >= 1.8)]);
};
speedupRow('par1', 'par2', '8 × fib(30) goroutines, GOMAXPROCS 2 ÷ 1, work time', '≥ 1.8×');
speedupRow('par1l', 'par2l', '8 × fib(32) goroutines (2.6× the work), GOMAXPROCS 2 ÷ 1, work time', '(≥ 1.8×)');

if (api) {
  const r = api.median;
  md += row(['Node API: hello worlds per second, one process, engine reused (200 runs, median of rounds)',
    api.failed ? api.failed : `${r.toFixed(0)} programs/s (rounds: ${api.rates.map((x) => x.toFixed(0)).join(', ')})`, '≥ 50/s', verdict(r, r >= 50)]);
  const m = api.rssMB ?? {};
  if (!api.failed) md += row(['Node API: process RSS after 10 / 100 / 1,000 runs', `${[10, 100, 1000].map((k) => (m[k] ?? NaN).toFixed(0)).join(' / ')} MB`, 'no growth', verdict(m[1000], m[1000] <= m[10] * 1.25)]);
}
if (page) {
  const f = (x, unit) => (Number.isFinite(x) ? `${x.toFixed(0)} ${unit}` : '–');
  if (page.failed) md += row(['page (headless Chromium, localhost)', page.failed, '', '–']);
  else {
    md += row([`page: Run enabled after navigation (localhost, cold cache, the browser started 1 s before; engine ready at ${f(page.readyMs, 'ms')})`, f(page.enabledMs, 'ms'), '≤ 500 ms', verdict(page.enabledMs, page.enabledMs <= 500)]);
    md += row([`page: first output after Run, hello world (second Run of the page: ${f(page.secondOutputMs, 'ms')})`, f(page.firstOutputMs, 'ms'), '≤ 50 ms', verdict(page.firstOutputMs, page.firstOutputMs <= 50)]);
    md += row(['page: transferred before Run is enabled (encoded)', `${f(page.kB, 'kB')} in ${page.requests} requests`, '–', '–']);
  }
}

md += '\n| memory | ' + targets.map((t) => t.label).join(' | ') + ' |\n| --- | ' + targets.map(() => '---').join(' | ') + ' |\n';
// The whole process's peak: under Node that is V8, its workers (one per pooled pthread) and the
// wasm memory, most of it not the engine's own.
md += `| empty program, peak memory (max RSS of the process) | ${targets.map((t) => {
  const c = cells[`empty/${t.name}`];
  return ok(c) ? `${(c.rssKB / 1024).toFixed(1)} MiB` : '–';
}).join(' | ')} |\n`;
if (has('park')) {
  const perG = (t) => {
    const v = cells[`park/${t}`]?.perG;
    const p = cells[`park/${t}`]; const e = cells['empty/' + t];
    const rss = ok(p) && ok(e) && t !== 'node' ? `, max RSS ${(((p.rssKB - e.rssKB) * 1024) / 100000).toFixed(0)} B` : '';
    return Number.isFinite(v) ? `${v.toFixed(0)} B (Sys)${rss}` : '–';
  };
  md += `| memory per parked goroutine | ${targets.map((t) => perG(t.name)).join(' | ')} |\n`;
}
if (has('alloc')) {
  const peak = async (t) => {
    if (t === 'node') {
      const m = await nodeWasmMemory('alloc.go');
      return Number.isNaN(m) ? '–' : `${(m / 2 ** 20).toFixed(0)} MiB (wasm memory)`;
    }
    const c = cells[`alloc/${t}`];
    return !ok(c) ? '–' : `${(c.rssKB / 1024).toFixed(0)} MiB (max RSS)`;
  };
  const vals = [];
  for (const t of targets) vals.push(await peak(t.name));
  md += `| peak memory, 1 GiB allocated in 1 MiB pieces (target < 100 MB) | ${vals.join(' | ')} |\n`;
}

console.log(md);
if (!only) {
  // Sections written by hand after the generated tables (## headings) are kept.
  const file = path.join(here, 'results.md');
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const kept = old.indexOf('\n## ');
  fs.writeFileSync(file, md + (kept >= 0 ? old.slice(kept) : ''));
  console.log(`(written to ${path.relative(process.cwd(), path.join(here, 'results.md'))})`);
}
