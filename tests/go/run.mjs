#!/usr/bin/env node
// tests/go/run.mjs — runs the Go program corpus (tests/go/*.go) and checks each program's
// stdout, stderr and exit status against the expectations written in it (README.md here).
//
//   node tests/go/run.mjs [--host native,node] [--check-go] [--filter TEXT] [-j N] [--json FILE]
//                         [FILE.go...]
//
// --host      which gort builds run each program: native = build/native/gort,
//             node = `gort` under Node (web/node/cli.mjs → build/wasm-node), asan = build/asan/gort
//             (AddressSanitizer + UBSan). Default: native,node.
// --check-go  also builds each program with the real Go toolchain (`go build`, Go 1.19) and
//             checks the *expectation itself* against it, in the same run — unless the program
//             says `// go: skip <reason>`. `//go:build` lines are dropped for Go (Go 1.19 would
//             exclude a file marked go1.21; its loop semantics are 1.21's anyway). A program
//             whose `// gort:` flags include --race is built with `go build -race`, so Go's
//             race detector gives the verdict (its report, "Found N data race(s)", exit 66).
// --json      also writes every result as JSON (name, target, ok, skipped, ms, first: the first
//             differing line of the report) — docs/ci-status.md's failing-program table is made
//             from it (scripts/ci-status.mjs).
// Exit status 0 when everything passed; a summary line at the end either way.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutput, parseExpectation } from './expect.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

const args = process.argv.slice(2);
let hosts = ['native', 'node'];
let checkGo = false;
let filter = '';
let jobs = 2;
let jsonOut = '';
const files = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--host') hosts = args[++i].split(',').filter(Boolean);
  else if (a === '--check-go') checkGo = true;
  else if (a === '--filter') filter = args[++i];
  else if (a === '-j') jobs = Number(args[++i]);
  else if (a === '--json') jsonOut = path.resolve(args[++i]);
  else files.push(path.resolve(a));
}
if (files.length === 0) {
  for (const f of fs.readdirSync(here).sort()) if (f.endsWith('.go')) files.push(path.join(here, f));
}
const selected = files.filter((f) => path.basename(f).includes(filter));

const nativeBin = process.env.GORT_NATIVE || path.join(root, 'build/native/gort');
// The AddressSanitizer + UBSan CLI: a memory error or undefined behaviour aborts the run, so the
// program fails its expectation (exit status) and the report is in the stderr shown.
const asanBin = process.env.GORT_ASAN || path.join(root, 'build/asan/gort');
const nodeCli = path.join(root, 'web/node/cli.mjs');
const goWork = path.join(root, 'build/gotest');

function hostCommand(host, file, flags) {
  if (host === 'native') return [nativeBin, ['run', file, ...flags]];
  if (host === 'asan') return [asanBin, ['run', file, ...flags]];
  if (host === 'node') return [process.execPath, [nodeCli, 'run', file, ...flags]];
  throw new Error(`unknown host ${host}`);
}

// Runs a command with the given stdin; resolves {stdout, stderr, code, ms, timedOut}.
function runProcess(cmd, argv, { stdin, timeoutSec, env }) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = ''; let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.stdin.on('error', () => {});  // the program may exit without reading its stdin
    child.stdin.end(stdin ?? '');
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSec * 1000);
    child.on('error', (err) => { stderr += String(err); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code: code ?? (signal ? 128 : -1), ms: performance.now() - t0, timedOut });
    });
  });
}

// Builds the program with real Go once per run; returns the binary path or throws the error text.
function goBuild(file, flags) {
  const base = path.basename(file, '.go');
  const dir = path.join(goWork, base);
  fs.mkdirSync(dir, { recursive: true });
  const src = fs.readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('//go:build')).join('\n');
  fs.writeFileSync(path.join(dir, 'main.go'), src);
  const bin = path.join(dir, base);
  const race = flags.includes('--race') ? ['-race'] : [];
  const r = spawnSync('go', ['build', ...race, '-o', bin, 'main.go'], {
    cwd: dir, encoding: 'utf8',
    env: { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(root, 'build/gocache'),
      GOPATH: path.join(root, 'build/gopath'), GOFLAGS: '' },
  });
  if (r.status !== 0) throw new Error(`go build failed:\n${r.stderr}`);
  return bin;
}

function goEnv(flags) {
  const i = flags.indexOf('--gomaxprocs');
  return i >= 0 ? { GOMAXPROCS: flags[i + 1] } : {};
}

const results = [];  // {name, target, ok, skipped, report, ms}

// Runs one program on one target; returns its result.
async function task(file, target) {
  const name = path.relative(root, file);
  const e = parseExpectation(fs.readFileSync(file, 'utf8'));
  if (!e.hasOutput && !e.hasStderr) {
    return { name, target, ok: false, report: 'no // Output: or // Stderr: block\n' };
  }
  if (target === 'go') {
    if (e.goSkip) return { name, target, ok: true, skipped: e.goSkip };
    let bin;
    try { bin = goBuild(file, e.flags); } catch (err) {
      return { name, target, ok: false, report: String(err.message) };
    }
    const r = await runProcess(bin, [], { stdin: e.stdin, timeoutSec: e.timeout, env: goEnv(e.flags) });
    const report = r.timedOut ? `timed out after ${e.timeout}s\n` : checkOutput(e, r.stdout, r.stderr, r.code);
    return { name, target, ok: report === '', report, ms: r.ms };
  }
  const [cmd, argv] = hostCommand(target, file, e.flags);
  const r = await runProcess(cmd, argv, { stdin: e.stdin, timeoutSec: e.timeout, env: {} });
  const report = r.timedOut ? `timed out after ${e.timeout}s\n--- stdout so far:\n${r.stdout}\n--- stderr so far:\n${r.stderr}\n`
    : checkOutput(e, r.stdout, r.stderr, r.code);
  return { name, target, ok: report === '', report, ms: r.ms };
}

const queue = [];
for (const f of selected) {
  for (const h of hosts) queue.push([f, h]);
  if (checkGo) queue.push([f, 'go']);
}
if (checkGo && spawnSync('go', ['version']).status !== 0) {
  console.error('tests/go: --check-go needs `go` (Debian: golang-go)');
  process.exit(1);
}
for (const h of hosts) {
  const need = h === 'native' ? nativeBin : h === 'asan' ? asanBin : path.join(root, 'build/wasm-node/gort.js');
  if (h === 'node' && process.env.GORT_WASM_NODE) continue;
  if (!fs.existsSync(need)) { console.error(`tests/go: ${need} missing (npm run build)`); process.exit(1); }
}

const t0 = performance.now();
async function worker() {
  while (queue.length) {
    const [f, h] = queue.shift();
    const r = await task(f, h);
    results.push(r);
    {
      if (r.skipped) console.log(`skip ${r.name} [${r.target}]: ${r.skipped}`);
      else if (r.ok) console.log(`ok   ${r.name} [${r.target}] ${(r.ms / 1000).toFixed(2)}s`);
      else console.log(`FAIL ${r.name} [${r.target}]\n${r.report.replace(/^/gm, '    ')}`);
    }
  }
}
await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
const failed = results.filter((r) => !r.ok);
// The first line that tells what went wrong: the first '-'/'+' diff line, else the report's
// first line (exit status, missing stderr, timeout, build error).
function firstDifference(report) {
  const lines = report.split('\n');
  // A '-' line with the first '+' line after it shows want and got side by side.
  const di = lines.findIndex((l) => /^[-+] /.test(l));
  let diff = di >= 0 ? lines[di] : undefined;
  if (diff) {
    const other = lines.slice(di + 1).find((l) => /^[-+] /.test(l) && l[0] !== diff[0]);
    if (other) diff += ` … ${other}`;
  }
  const head = lines[0] || '';
  let first = diff && head.startsWith('stdout differs') ? diff : head + (lines[1] && head.endsWith(':') ? ` ${lines[1]}` : '');
  const exit = lines.find((l) => l.startsWith('exit status'));
  if (exit && exit !== first) {
    const i = lines.indexOf('--- stderr was:');
    const err = i >= 0 && lines[i + 1] ? lines[i + 1] : '';
    first += ` | ${exit}${err ? `: ${err.length > 100 ? `${err.slice(0, 100)}…` : err}` : ''}`;
  }
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}
if (jsonOut) {
  const rows = results.map((r) => ({ name: r.name, target: r.target, ok: r.ok, skipped: r.skipped || undefined,
    ms: r.ms === undefined ? undefined : Math.round(r.ms), first: r.ok ? undefined : firstDifference(r.report) }));
  rows.sort((a, b) => a.name.localeCompare(b.name) || a.target.localeCompare(b.target));
  fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
  fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
}
const skipped = results.filter((r) => r.skipped);
console.log(`tests/go: ${results.length - failed.length - skipped.length} passed, ${failed.length} failed, ` +
  `${skipped.length} skipped (${selected.length} programs × [${[...hosts, ...(checkGo ? ['go'] : [])].join(', ')}]) ` +
  `in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
if (failed.length) {
  console.log(`failed: ${failed.map((r) => `${r.name} [${r.target}]`).join(', ')}`);
  process.exit(1);
}
