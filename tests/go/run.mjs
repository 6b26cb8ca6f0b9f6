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
  for (const f of fs.readdirSync(here).sort()) if (f.endsWith('.go') || f.endsWith('.txtar')) files.push(path.join(here, f));
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
// Go's faketime runtime (the Go playground's, `-tags faketime`) frames every write to fd 1 and 2
// as "\0\0PB", an 8-byte time, a 4-byte big-endian length, then the bytes written.
function unframePlayback(buf) {
  const parts = [];
  let i = 0;
  while (i + 16 <= buf.length && buf[i] === 0 && buf[i + 1] === 0 && buf[i + 2] === 0x50 && buf[i + 3] === 0x42) {
    const n = buf.readUInt32BE(i + 12);
    parts.push(buf.subarray(i + 16, i + 16 + n));
    i += 16 + n;
  }
  if (i < buf.length) parts.push(buf.subarray(i));   // anything written without a frame
  return Buffer.concat(parts).toString('utf8');
}

function runProcess(cmd, argv, { stdin, timeoutSec, env, cwd, playback = false }) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = ''; let timedOut = false;
    const raw = [[], []];
    if (playback) {
      child.stdout.on('data', (d) => { raw[0].push(d); });
      child.stderr.on('data', (d) => { raw[1].push(d); });
    } else {
      child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
      child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    }
    child.stdin.on('error', () => {});  // the program may exit without reading its stdin
    child.stdin.end(stdin ?? '');
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSec * 1000);
    child.on('error', (err) => { stderr += String(err); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (playback) { stdout = unframePlayback(Buffer.concat(raw[0])); stderr = unframePlayback(Buffer.concat(raw[1])) + stderr; }
      resolve({ stdout, stderr, code: code ?? (signal ? 128 : -1), ms: performance.now() - t0, timedOut });
    });
  });
}

// The playground's txtar form (engine/host/txtar.cpp): [name, text] pairs, the leading text as
// prog.go when it is not blank.
function splitTxtar(text) {
  const files = [];
  let lead = ''; let cur = null;
  for (const line of text.split(/(?<=\n)/)) {
    const m = /^-- (.*\S) --\r?\n?$/.exec(line);
    if (m && m[1].trim()) { cur = [m[1].trim(), '']; files.push(cur); continue; }
    if (cur) cur[1] += line; else lead += line;
  }
  if (lead.trim()) files.unshift(['prog.go', lead]);
  return files;
}

const isTxtar = (text) => /^-- .*\S --\r?$/m.test(text);
// A test program (as gort runs it: TestXxx/BenchmarkXxx/ExampleXxx and no func main).
const isTestProgram = (goTexts) => !goTexts.some((t) => /^func main\(\)/m.test(t)) &&
  goTexts.some((t) => /^func (Test|Benchmark|Example)([^a-z]\w*)?\(/m.test(t));

// Builds the program with real Go once per run; returns [binary, args, rename] or throws the
// error text. One .go file: `go build` (GOPATH mode). txtar: a module (its go.mod, or one saying
// go 1.19) built with `go build .`, files in the working directory. A test program: every .go
// file renamed to _test.go, `go test -c`, run with -test.v (rename maps the names back).
function goBuild(file, flags) {
  const base = path.basename(file).replace(/\.(go|txtar)$/, '');
  const dir = path.join(goWork, base);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const text = fs.readFileSync(file, 'utf8');
  const noBuild = (src) => src.split('\n').filter((l) => !l.startsWith('//go:build')).join('\n');
  let files = isTxtar(text) ? splitTxtar(text) : [['main.go', text]];
  const goTexts = files.filter(([n]) => n.endsWith('.go') && !n.includes('/')).map(([, t]) => t);
  const test = isTestProgram(goTexts);
  const module = isTxtar(text) || test;
  if (module && !files.some(([n]) => n === 'go.mod')) files.push(['go.mod', 'module example\n\ngo 1.19\n']);
  if (test) files = files.map(([n, t]) => [n === 'main.go' ? path.basename(file) : n, t]);
  // A package with _test.go files already is built as is; otherwise its files become test files.
  const hasTestFiles = files.some(([n]) => n.endsWith('_test.go') && !n.includes('/'));
  const rename = [];
  for (const [n, t] of files) {
    let name = n;
    if (test && !hasTestFiles && n.endsWith('.go') && !n.endsWith('_test.go') && !n.includes('/')) {
      name = n.replace(/\.go$/, '_test.go');
      rename.push([name, n]);
    }
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), n.endsWith('.go') ? noBuild(t) : t);
  }
  const bin = path.join(goWork, `${base}.bin`);  // not in the program's working directory
  const race = flags.includes('--race') ? ['-race'] : [];
  // gort's --faketime is the Go playground's fake clock: Go builds it with `-tags faketime`, so
  // the oracle's output does not depend on how busy the machine is either.
  const playback = usesFakeTime(flags);
  const tags = playback ? ['-tags', 'faketime'] : [];
  const argv = test ? ['test', '-c', ...race, ...tags, '-o', bin, '.'] : ['build', ...race, ...tags, '-o', bin, module ? '.' : 'main.go'];
  const r = spawnSync('go', argv, {
    cwd: dir, encoding: 'utf8',
    env: { ...process.env, GO111MODULE: module ? 'on' : 'off', GOCACHE: path.join(root, 'build/gocache'),
      GOPATH: path.join(root, 'build/gopath'), GOFLAGS: module ? '-mod=mod' : '', GOPROXY: 'off' },
  });
  // A module's compile errors are the program's result (`go run .` prints them, exit 1).
  if (r.status !== 0 && module && !test && /^(\.\/)?[\w.-]+\.go:\d+:\d+: /m.test(r.stderr)) return { buildErr: r.stderr };
  if (r.status !== 0) throw new Error(`go ${argv[0]} failed:\n${r.stderr}`);
  return { bin, args: test ? ['-test.v'] : [], cwd: dir, rename, test, playback };
}

// Go's faketime runtime cannot be combined with the race detector; such programs run on real time.
const usesFakeTime = (flags) => flags.includes('--faketime') && !flags.includes('--race');

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
    let b;
    try { b = goBuild(file, e.flags); } catch (err) {
      return { name, target, ok: false, report: String(err.message) };
    }
    if (b.buildErr) {
      const report = checkOutput(e, '', b.buildErr, 1);
      return { name, target, ok: report === '', report, ms: 0 };
    }
    let r = await runProcess(b.bin, b.args, { stdin: e.stdin, timeoutSec: e.timeout, env: goEnv(e.flags), cwd: b.cwd, playback: b.playback });
    // Go's faketime runtime (the playground's patch, -tags faketime) can itself hang now and
    // then on a busy machine (golang/go#60356 is one such case; tests/go/qa_worker_pool_results.go
    // hung once in ~1,000 runs at load 11): that says nothing of gort, so the oracle gets
    // one more try. gort's own runs are never retried.
    if (r.timedOut && b.playback) {
      process.stderr.write(`note: ${name} [go]: Go's faketime build timed out after ${e.timeout}s; running it once more\n`);
      r = await runProcess(b.bin, b.args, { stdin: e.stdin, timeoutSec: e.timeout, env: goEnv(e.flags), cwd: b.cwd, playback: b.playback });
    }
    for (const [from, to] of b.rename) {
      r.stdout = r.stdout.split(`${from}:`).join(`${to}:`);
      r.stderr = r.stderr.split(`${from}:`).join(`${to}:`);
    }
    // Test durations vary with the machine: Go's are compared as gort's usual "(0.00s)".
    if (b.test) r.stdout = r.stdout.replace(/ \(\d+\.\d\ds\)$/gm, ' (0.00s)');
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
