#!/usr/bin/env node
// bench/node_throughput.mjs — programs per second through the Node API (web/node/index.mjs):
// first the process size: RSS after 10 runs and after --rss-runs runs (the engine is reused,
// so the second must not be bigger), with the process listeners counted; then N hello-world
// runs one after the other, in rounds, printing each round's rate and the median.
// And the Node CLI's start-to-exit time for the empty program (`node web/node/cli.mjs run`).
//
//   node --expose-gc bench/node_throughput.mjs [-n 200] [--rounds 3] [--rss-runs 1000] [--cli-runs 5]
//       [--build-dir build/wasm-nodelib]
// (--rss-runs 0 / --cli-runs 0 skip those parts.) --json FILE also writes the figures there
// (bench/run.mjs reads them for its table).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const N = Number(opt('-n', 200));
const ROUNDS = Number(opt('--rounds', 3));
const RSS_RUNS = Number(opt('--rss-runs', 1000));
const CLI_RUNS = Number(opt('--cli-runs', 5));
const buildDir = opt('--build-dir', undefined);
const jsonFile = opt('--json', undefined);
const result = { n: N, rounds: ROUNDS, rssMB: {}, rates: [], median: NaN, cliMs: NaN };
const { run } = await import(path.join(root, 'web/node/index.mjs'));

const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const MB = 1024 * 1024;
let warnings = 0;
process.on('warning', (w) => { warnings++; console.log(`warning: ${w.name}: ${w.message}`); });

async function once() {
  const r = await run(hello, buildDir ? { buildDir } : {});
  if (r.exitCode !== 0 || r.stdout !== 'hello, world\n') throw new Error(`bad run: ${r.exitCode} ${r.stdout} ${r.stderr}`);
}

const listeners = () => ['uncaughtException', 'unhandledRejection', 'exit', 'warning']
  .map((ev) => `${ev}=${process.listenerCount(ev)}`).join(' ');
const rss = () => { globalThis.gc?.(); return process.memoryUsage().rss; };

// Process size first, counted from the process's first run: after 10 runs and after
// --rss-runs (run with --expose-gc for steadier numbers).
let done = 0;
if (RSS_RUNS > 0) {
  const rssAt = {};
  const l10 = [];
  for (const target of [10, 100, RSS_RUNS].filter((x, i, a) => a.indexOf(x) === i && x <= RSS_RUNS)) {
    while (done < target) { await once(); done++; }
    rssAt[target] = rss();
    if (target === 10) l10.push(listeners());
  }
  for (const [k, v] of Object.entries(rssAt)) result.rssMB[k] = v / MB;
  for (const [k, v] of Object.entries(rssAt)) console.log(`RSS after ${k} runs: ${(v / MB).toFixed(1)} MB`);
  console.log(`process listeners after 10 runs: ${l10[0]}; after ${done}: ${listeners()}; warnings: ${warnings}`);
} else {
  await once();  // load the engine (not counted)
}

const rates = [];
for (let round = 0; round < ROUNDS; round++) {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await once();
  const secs = (performance.now() - t0) / 1000;
  rates.push(N / secs);
  console.log(`round ${round + 1}: ${N} runs in ${secs.toFixed(2)} s = ${(N / secs).toFixed(1)} programs/s`);
}
result.rates = rates;
result.median = median(rates);
console.log(`median: ${median(rates).toFixed(1)} programs/s (hello world, ${N} runs per round, ${ROUNDS} rounds)`);

if (CLI_RUNS > 0) {
  const empty = path.join(here, 'go/empty.go');
  const times = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'web/node/cli.mjs'), 'run', empty]);
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
  }
  result.cliMs = median(times);
  console.log(`Node CLI, empty program, start to exit: median ${median(times).toFixed(0)} ms of ${CLI_RUNS} (node web/node/cli.mjs run bench/go/empty.go)`);
}
if (jsonFile) (await import('node:fs')).writeFileSync(jsonFile, JSON.stringify(result));
