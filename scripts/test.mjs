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
// node (node:test suites in tests/node/); browser (WEB's tests/browser/run.mjs, if present).
// A stage whose build failed is reported as blocked rather than run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const argv = process.argv.slice(2);
const noBuild = argv.includes('--no-build');
const listArg = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1].split(',') : null;
};
const only = listArg('--only');
const skip = listArg('--skip') || [];
const jobs = process.env.GORT_JOBS || '2';

function sh(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (e) => { console.error(`${cmd}: ${e.message}`); resolve(127); });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function findFuzzers() {
  const dir = path.join(root, 'build/fuzz');
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
  if (fuzzers.length === 0) return { status: 'skip', note: 'no fuzz targets in build/fuzz' };
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
    const rc = await sh(f, [corpus, ...seeds, `-max_total_time=${each}`, '-timeout=10',
      '-rss_limit_mb=2048', `-artifact_prefix=${path.join(root, 'build/fuzz-corpus')}/${name}-`,
      '-print_final_stats=0']);
    if (rc !== 0) failed++;
  }
  return { status: failed ? 'fail' : 'pass', note: `${fuzzers.length} targets × ${each}s` };
}

const flavours = ['native', 'tsan', 'asan', 'fuzz', 'wasm-node', 'wasm-nodelib', 'wasm-pt', 'wasm-st', 'web'];
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
  { name: 'fuzz', deps: ['fuzz'], run: fuzzStage },
  // The oracle stage needs no gort build: it checks the corpus's expectations against real Go.
  { name: 'go-oracle', run: () => sh('node', ['tests/go/run.mjs', '--host', '', '--check-go', '-j', jobs]) },
  { name: 'go-native', deps: ['native'], run: () => sh('node', ['tests/go/run.mjs', '--host', 'native', '-j', jobs]) },
  { name: 'go-node', deps: ['wasm-node'], run: () => sh('node', ['tests/go/run.mjs', '--host', 'node', '-j', jobs]) },
  { name: 'node', deps: ['native', 'wasm-node', 'wasm-nodelib'], run: () => {
    const files = fs.readdirSync('tests/node').filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `tests/node/${f}`);
    if (files.length === 0) return { status: 'skip', note: 'no tests/node/*.test.mjs' };
    return sh('node', ['--test', '--test-force-exit', '--test-concurrency=1', ...files]);
  } },
  { name: 'browser', deps: ['wasm-pt', 'web'], run: () => {
    if (!fs.existsSync('tests/browser/run.mjs')) return { status: 'skip', note: 'tests/browser/run.mjs not there yet' };
    return sh('node', ['tests/browser/run.mjs']);
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
  const r = await st.run();
  const res = typeof r === 'number' ? { status: r === 0 ? 'pass' : 'fail', note: r === 0 ? '' : `exit ${r}` } : r;
  summary.push({ name: st.name, ...res, secs: (Date.now() - s0) / 1000 });
  console.log(`===== ${st.name}: ${res.status}${res.note ? ` (${res.note})` : ''}`);
}

console.log('\n===== summary');
for (const s of summary) {
  console.log(`${s.status.padEnd(8)} ${s.name.padEnd(20)} ${s.secs.toFixed(1).padStart(7)}s  ${s.note || ''}`);
}
const bad = summary.filter((s) => s.status === 'fail' || s.status === 'blocked');
const count = (st) => summary.filter((s) => s.status === st).length;
console.log(`npm test: ${bad.length ? 'FAIL' : 'PASS'} — ${count('pass')} passed, ${count('fail')} failed, ` +
  `${count('blocked')} blocked, ${count('skip')} skipped, in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
process.exit(bad.length ? 1 : 0);
