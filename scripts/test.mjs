#!/usr/bin/env node
// scripts/test.mjs — `npm test`: builds what the tests need, then runs every test stage and
// prints one summary. Exit status 0 only if every stage that ran passed.
//
//   node scripts/test.mjs [--no-build] [--only stage,stage] [--skip stage,stage]
//
// Stages (in order): build:<flavour> for each build flavour; unit-native (ctest); unit-tsan
// (ctest under ThreadSanitizer); unit-asan (ctest under ASan+UBSan); fuzz (each libFuzzer
// target for a bounded time, GORT_FUZZ_SECONDS total, default 60); go-oracle (the expectations
// of tests/go against real `go build`, Go 1.19); go-native (tests/go natively); go-node (tests/go
// under Node/wasm);
// node (node:test suites in tests/node/); pack (the npm tarball installed in an empty folder,
// tests/pack/); browser (WEB's tests/browser/run.mjs, if present).
// A stage whose build failed is reported as blocked rather than run.
// Build flavours: native, tsan, asan (+ fuzz targets), wasm (Node CLI + Node library + browser
// pthreads module from one compile), wasm-st, web — `--only build:wasm,go-node` etc.
// Environment: GORT_JOBS (parallelism, default 2), GORT_FUZZ_SECONDS (default 60),
// GORT_BUILD_TIMEOUT / GORT_STAGE_TIMEOUT (seconds per build / test stage, 1500 / 1500).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  // The header comment above is the manual: print it.
  const text = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  const end = text.findIndex((l, i) => i > 0 && !l.startsWith('//'));
  console.log(text.slice(1, end).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const noBuild = argv.includes('--no-build');
const listArg = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1].split(',') : null;
};
const only = listArg('--only');
const skip = listArg('--skip') || [];
const jobs = process.env.GORT_JOBS || '2';

// Every child of the current stage, so a stage that overruns its time can be killed whole.
const live = new Set();
function track(child) {
  live.add(child);
  child.on('close', () => live.delete(child));
  return child;
}
// Children get their own process group (detached) so the kill reaches their children too
// (ninja's compilers, node's workers, chromium).
// After a timeout the stage's promise chain may still try to start more commands (the fuzz
// stage's next target): stageAborted makes those return at once.
let stageAborted = false;
function killAll() {
  stageAborted = true;
  for (const c of live) { try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ } }
}

function sh(cmd, args, env = {}) {
  return new Promise((resolve) => {
    if (stageAborted) { resolve(137); return; }
    const child = track(spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, detached: true }));
    child.on('error', (e) => { console.error(`${cmd}: ${e.message}`); resolve(127); });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

// Like sh(), but keeps the output and prints only its last `tail` lines on success (libFuzzer
// prints its whole recommended dictionary at exit) and all of it on failure.
function shQuiet(cmd, args, tail = 4) {
  return new Promise((resolve) => {
    if (stageAborted) { resolve(137); return; }
    const child = track(spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', (e) => { console.error(`${cmd}: ${e.message}`); resolve(127); });
    child.on('close', (code, signal) => {
      const rc = code ?? (signal ? 128 : 1);
      const lines = out.replace(/\n$/, '').split('\n').filter((l) => !/^"|^#{6}/.test(l) || rc !== 0);
      console.log((rc === 0 ? lines.slice(-tail) : lines).join('\n'));
      resolve(rc);
    });
  });
}

function findFuzzers() {
  const dir = path.join(root, 'build/asan');   // built with GORT_FUZZ=ON (scripts/build.sh)
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'CMakeFiles') walk(p); continue; }
      if (/fuzz/i.test(e.name) && !/\.(a|o|cmake|txt|ninja)$/.test(e.name)) {
        try { fs.accessSync(p, fs.constants.X_OK); out.push(p); } catch { /* not executable */ }
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

async function fuzzStage() {
  const fuzzers = findFuzzers();
  if (fuzzers.length === 0) return { status: 'skip', note: 'no fuzz targets in build/asan' };
  const total = Number(process.env.GORT_FUZZ_SECONDS || 60);
  const each = Math.max(10, Math.floor(total / fuzzers.length));
  let failed = 0;
  for (const f of fuzzers) {
    const name = path.basename(f);
    // A corpus directory per target under build/ (kept between runs, so fuzzing accumulates);
    // seeds from tests/fuzz/<name>/ or FE's engine/lang/fuzz/corpus/<name>/ when they exist.
    const corpus = path.join(root, 'build/fuzz-corpus', name);
    fs.mkdirSync(corpus, { recursive: true });
    const seeds = [path.join(root, 'tests/fuzz', name), path.join(root, 'engine/lang/fuzz/corpus', name)]
      .filter((d) => fs.existsSync(d));
    console.log(`fuzz: ${name} for ${each}s`);
    const rc = await shQuiet(f, [corpus, ...seeds, `-max_total_time=${each}`, '-timeout=10',
      '-rss_limit_mb=2048', `-artifact_prefix=${path.join(root, 'build/fuzz-corpus')}/${name}-`,
      '-print_final_stats=0']);
    if (rc !== 0) failed++;
  }
  return { status: failed ? 'fail' : 'pass', note: `${fuzzers.length} targets × ${each}s` };
}

// wasm = one compile for the Node CLI, the Node library and the browser pthreads module;
// asan also builds the libFuzzer targets (see scripts/build.sh).
const flavours = ['native', 'tsan', 'asan', 'wasm', 'wasm-st', 'web'];
const built = new Map();  // flavour -> passed?
const stages = [];
for (const f of flavours) {
  stages.push({ name: `build:${f}`, run: async () => {
    if (f === 'web' && !fs.existsSync('web/app/build.mjs')) {
      return { status: 'skip', note: 'web/app/build.mjs not there yet' };
    }
    const rc = await sh('sh', ['scripts/build.sh', f], { GORT_JOBS: jobs });
    built.set(f, rc === 0);
    return rc;
  } });
}
const needs = (f) => noBuild || built.get(f) !== false;
const ctest = (dir, env = {}) => sh('ctest', ['--test-dir', dir, '--output-on-failure', '-j', jobs, '--timeout', '300'], env);
stages.push(
  { name: 'unit-native', deps: ['native'], run: () => ctest('build/native') },
  { name: 'unit-tsan', deps: ['tsan'], run: () => ctest('build/tsan', { TSAN_OPTIONS: 'halt_on_error=1 second_deadlock_stack=1' }) },
  { name: 'unit-asan', deps: ['asan'], run: () => ctest('build/asan', { ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=1', UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' }) },
  { name: 'fuzz', deps: ['asan'], run: fuzzStage },
  // The oracle stage needs no gort build: it checks the corpus's expectations against real Go.
  { name: 'go-oracle', run: () => sh('node', ['tests/go/run.mjs', '--host', '', '--check-go', '-j', jobs]) },
  { name: 'go-native', deps: ['native'], run: () => sh('node', ['tests/go/run.mjs', '--host', 'native', '-j', jobs, '--json', 'build/ci/go-native.json']) },
  // The same corpus on the ASan/UBSan build: the VM and stdlib's memory safety on real programs.
  { name: 'go-asan', deps: ['asan'], run: () => sh('node', ['tests/go/run.mjs', '--host', 'asan', '-j', jobs, '--json', 'build/ci/go-asan.json'],
    { ASAN_OPTIONS: 'detect_leaks=0:abort_on_error=1', UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' }) },
  // The race detector on every tests/go program: reports exactly on the programs whose
  // expectation has a race (checked against Go's -race with `race_scan.mjs --check-go`).
  { name: 'race', deps: ['native'], run: () => sh('node', ['tests/go/race_scan.mjs', '--jobs', jobs]) },
  // Differential testing against real Go 1.19: random well-typed programs (tests/diff/gen.mjs)
  // run by both, outputs compared. A time-boxed slice from a fixed seed (GORT_DIFF_SEED to move
  // it); long runs are `node tests/diff/run.mjs --count 10000 --seconds 100000 --seed S`.
  { name: 'diff', deps: ['native'], run: () => (spawnSync('go', ['version']).status !== 0
    ? { status: 'skip', note: 'no Go toolchain' }
    : sh('node', ['tests/diff/run.mjs', '--seed', process.env.GORT_DIFF_SEED || '1', '--count', '2000', '--seconds', '120'])) },
  // gort fmt against real gofmt on every Go file of tests/ and examples/ and scrambled copies.
  { name: 'fmt', deps: ['native'], run: () => sh('node', ['tests/fmt/run.mjs', '--copies', '2']) },
  // gort vet against tests/vet's expected findings, and against real go vet when Go is installed.
  { name: 'vet', deps: ['native'], run: () => sh('node', ['tests/vet/run.mjs',
    ...(spawnSync('go', ['version']).status === 0 ? ['--check-go'] : [])]) },
  { name: 'go-node', deps: ['wasm'], run: () => sh('node', ['tests/go/run.mjs', '--host', 'node', '-j', jobs, '--json', 'build/ci/go-node.json']) },
  { name: 'node', deps: ['native', 'wasm'], run: () => {
    const files = fs.readdirSync('tests/node').filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `tests/node/${f}`);
    if (files.length === 0) return { status: 'skip', note: 'no tests/node/*.test.mjs' };
    return sh('node', ['--test', '--test-force-exit', '--test-concurrency=1', ...files]);
  } },
  // The npm package as a user gets it: npm pack, install the tarball in an empty folder
  // (offline), npx gort run/test/fmt and import { run } there (tests/pack/run.mjs).
  { name: 'pack', deps: ['wasm'], run: () => sh('node', ['tests/pack/run.mjs']) },
  { name: 'browser', deps: ['wasm', 'web'], run: () => {
    if (!fs.existsSync('tests/browser/run.mjs')) return { status: 'skip', note: 'tests/browser/run.mjs not there yet' };
    // run.mjs (the playground) and every tests/browser/*.test.mjs (one file per concern:
    // element, share, scheduler panel, ...), one at a time: each starts its own Chromium.
    const more = fs.readdirSync('tests/browser').filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `tests/browser/${f}`);
    return sh('node', ['--test', '--test-force-exit', '--test-concurrency=1', 'tests/browser/run.mjs', ...more]);
  } },
);

const t0 = Date.now();
const summary = [];
for (const st of stages) {
  const flavour = st.name.startsWith('build:') ? st.name.slice(6) : null;
  const selected = only ? only.some((o) => st.name === o || st.name.startsWith(`${o}:`)) : true;
  if (!selected || skip.includes(st.name) || (flavour && noBuild)) continue;
  if (st.deps && !st.deps.every(needs)) {
    summary.push({ name: st.name, status: 'blocked', note: `build failed: ${st.deps.filter((d) => !needs(d)).join(', ')}`, secs: 0 });
    continue;
  }
  console.log(`\n===== ${st.name}`);
  const s0 = Date.now();
  // A hung stage must not eat CI's whole budget: builds get GORT_BUILD_TIMEOUT (default
  // 1500 s), test stages GORT_STAGE_TIMEOUT (default 1500 s); then everything it started is
  // killed and the stage fails with "timeout". A hang guard, not a speed test: go-oracle
  // (~480 `go build`s) takes ~200 s on an idle 2-core machine and went past 900 s at load 17.
  const limit = Number(flavour ? process.env.GORT_BUILD_TIMEOUT || 1500 : process.env.GORT_STAGE_TIMEOUT || 1500);
  let timer;
  stageAborted = false;
  const overrun = new Promise((resolve) => {
    timer = setTimeout(() => { killAll(); resolve({ status: 'fail', note: `timeout after ${limit}s` }); }, limit * 1000);
  });
  const r = await Promise.race([st.run(), overrun]);
  clearTimeout(timer);
  if (flavour && typeof r === 'object' && r.note?.startsWith('timeout')) built.set(flavour, false);
  const res = typeof r === 'number' ? { status: r === 0 ? 'pass' : 'fail', note: r === 0 ? '' : `exit ${r}` } : r;
  summary.push({ name: st.name, ...res, secs: (Date.now() - s0) / 1000 });
  console.log(`===== ${st.name}: ${res.status}${res.note ? ` (${res.note})` : ''}`);
}

console.log('\n===== summary');
for (const s of summary) {
  console.log(`${s.status.padEnd(8)} ${s.name.padEnd(20)} ${s.secs.toFixed(1).padStart(7)}s  ${s.note || ''}`);
}
const bad = summary.filter((s) => s.status === 'fail' || s.status === 'blocked');
// For docs/ci-status.md (scripts/ci-status.mjs): what ran, how it went, how long it took.
try {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  fs.mkdirSync('build/ci', { recursive: true });
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z'); const commit = (git.stdout || '?').trim();
  // A partial run (--only) updates its stages and keeps the others' last results.
  let prev = [];
  try { prev = JSON.parse(fs.readFileSync('build/ci/summary.json', 'utf8')).stages || []; } catch { /* first run */ }
  const now = summary.map((s) => ({ ...s, date, commit }));
  const order = stages.map((s) => s.name);
  const merged = [...prev.filter((p) => !now.some((s) => s.name === p.name)), ...now]
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  fs.writeFileSync('build/ci/summary.json', JSON.stringify({
    date, commit, cores: os.cpus().length, jobs, total_secs: (Date.now() - t0) / 1000,
    full: !only && !noBuild && skip.length === 0, stages: merged,
  }, null, 1));
} catch (e) { console.error(`test: could not write build/ci/summary.json: ${e.message}`); }
const count = (st) => summary.filter((s) => s.status === st).length;
console.log(`npm test: ${bad.length ? 'FAIL' : 'PASS'} — ${count('pass')} passed, ${count('fail')} failed, ` +
  `${count('blocked')} blocked, ${count('skip')} skipped, in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
process.exit(bad.length ? 1 : 0);
