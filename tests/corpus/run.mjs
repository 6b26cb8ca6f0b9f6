#!/usr/bin/env node
// tests/corpus/run.mjs — runs the programs of OTHER projects' Go corpora (Go by Example, the Go
// Tour) with real Go and with gort, and classifies each: same output / differs / compile error /
// crash / timeout / excluded. The programs themselves are never in this repository: the first
// argument is a scratch folder that holds them (e.g. /work/scratch/corpus with gobyexample/ and
// tour/ extracted from github:mmcgrana/gobyexample and github:golang/website's _content/tour).
// What this file knows about them is only how to run them (arguments, stdin, files) and which
// parts of their output Go does not fix (times, random numbers, goroutine interleaving).
//
//   node tests/corpus/run.mjs DIR [--host native,node] [--filter TEXT] [-v] [--json FILE]
//                                 [--refresh-go]
//
// Expected output: the program built with Go 1.19 (`go build`, then run in a fresh temporary
// directory with a minimal environment), cached in DIR/.expected/. A program Go 1.19 cannot build
// (newer language or library) takes the output shown in its Go by Example `.sh` file when there
// is one (marked "sh": written by the author's newer Go, so it is judged by reading, see the
// report) — or is listed as "needs newer Go" with gort's output printed for reading (-v).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

const args = process.argv.slice(2);
let dir = '';
let hosts = ['native'];
let filter = '';
let verbose = false;
let jsonOut = '';
let refreshGo = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--host') hosts = args[++i].split(',').filter(Boolean);
  else if (a === '--filter') filter = args[++i];
  else if (a === '-v') verbose = true;
  else if (a === '--json') jsonOut = path.resolve(args[++i]);
  else if (a === '--refresh-go') refreshGo = true;
  else dir = path.resolve(a);
}
if (!dir) {
  console.error('usage: node tests/corpus/run.mjs DIR [--host native,node] [--filter TEXT] [-v] [--json FILE]');
  process.exit(2);
}

// ---- what runs where -------------------------------------------------------------------------

// Imports that put a program outside the acceptance set (network, subprocesses, signals, x/).
const excludedImports = [
  [/^net\/http$|^net\/rpc|^net\/smtp/, 'network'],
  [/^os\/exec$/, 'subprocesses'],
  [/^os\/signal$/, 'signals'],
  [/^syscall$/, 'subprocesses/signals (syscall)'],
  [/^golang\.org\/x\//, 'golang.org/x package'],
];
// Programs excluded by name, with the reason (they need no forbidden import, yet cannot be run
// as a batch program with an output to compare).
const excludedByName = {
  'gobyexample/tcp-server': 'network (listens on a socket)',
  'tour/flowcontrol/forever': 'never ends (by design)',
  'gobyexample/testing-and-benchmarking/main_test': 'a test file (go test), not a program',
};

// How to run a program and which parts of its output Go fixes. Keys: SOURCE/NAME (the file's
// path under the source without .go; Go by Example's folder name when the file is the folder's).
//   args:   program arguments (os.Args[1:])
//   stdin:  text on standard input
//   files:  {absolute path: contents} created before the run (Go: on the host; gort: --file)
//   norm:   output normalizations applied to both sides before comparing:
//           'digits' — every run of digits is '#' (times, random numbers, temp names);
//           'sorted' — lines in any order (goroutine interleaving);
//           'noTicks' — drop lines that are only dots (a polling loop's count varies);
//           'noStamp' — no leading `[ 112ms]` elapsed-time stamp; 'words' — the words of
//           each line in any order;
//           'head:N' — only the first N lines (the rest lists the host's environment);
//           'hex' — every 0x… number is 0x# (%p, addresses); 'uniq' — repeated lines once (a
//           goroutine may or may not print its last line before main returns); 'noMono' — no
//           ` m=+0.001` monotonic clock suffix (Go by Example's .sh files leave it out).
//   stderr: 'ignore' — stderr is not compared (log lines with the host's time)
//   merge:  gort's stderr is merged into its stdout (2>&1), as a terminal shows them
const config = {
  'gobyexample/command-line-arguments': { args: ['a', 'b', 'c', 'd'] },
  'gobyexample/command-line-flags': { args: ['-word=opt', '-numb=7', '-fork', '-svar=flag', 'a1'] },
  'gobyexample/command-line-subcommands': { args: ['foo', '-enable', '-name=joe', 'a1', 'a2'] },
  'gobyexample/line-filters': { stdin: 'hello\nfilter\n' },
  'gobyexample/reading-files': { files: { '/tmp/dat': 'hello\ngo\n' } },
  'gobyexample/environment-variables': { norm: ['head:3'] },
  'gobyexample/epoch': { norm: ['digits'] },
  'gobyexample/goroutines': { norm: ['sorted'] },
  'gobyexample/random-numbers': { norm: ['digits'] },
  // The .sh shows only the first five requests (one per tick); the bursty five follow.
  'gobyexample/rate-limiting': { norm: ['digits', 'noMono', 'head:5'] },
  'gobyexample/pointers': { norm: ['hex'] },
  // The .sh interleaves log's stderr with stdout as a terminal shows them, and stops before
  // the two slog JSON lines (shown wrapped there): compare the first six lines.
  'gobyexample/logging': { norm: ['digits', 'head:6'], merge: true },
  'gobyexample/stateful-goroutines': { norm: ['digits'] },
  'gobyexample/time': { norm: ['digits'] },
  'gobyexample/time-formatting-parsing': { norm: ['digits'] },
  'gobyexample/tickers': { norm: ['digits'] },
  'gobyexample/waitgroups': { norm: ['sorted'] },
  'gobyexample/worker-pools': { norm: ['digits', 'sorted'] },
  'gobyexample/closing-channels': { norm: ['sorted'] },
  'gobyexample/range-over-built-in-types': { norm: ['sorted'] },  // ranges over a map
  'gobyexample/string-formatting': { norm: ['hex'] },
  'gobyexample/temporary-files-and-directories': { norm: ['digits'] },
  'gobyexample/switch': { norm: ['digits'] },
  'gobyexample/context': {},
  'tour/basics/packages': { norm: ['digits'] },
  'tour/concurrency/goroutines': { norm: ['sorted', 'uniq'] },
  // Which of the two summing goroutines sends first is a race (Go usually runs the second,
  // from runnext, first; gort's other P often steals the first one sooner).
  'tour/concurrency/channels': { norm: ['words'] },
  'tour/concurrency/default-selection': { norm: ['noStamp', 'noTicks', 'uniq'] },
  'tour/welcome/sandbox': { norm: ['digits'] },
  'tour/methods/errors': { norm: ['digits'] },
  'tour/flowcontrol/switch-evaluation-order': {},
  'tour/solutions/webcrawler': { norm: ['sorted'] },
  'tour/solutions/stringers': { norm: ['sorted'] },
  'tour/methods/exercise-stringer': { norm: ['sorted'] },
};

// ---- discovering programs --------------------------------------------------------------------

function walk(d, out) {
  for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.go')) out.push(p);
  }
  return out;
}

// SOURCE/NAME for a file: the first folder under DIR is the source; Go by Example's
// examples/NAME/NAME.go is NAME; the tour's _content/tour/LESSON/x.go is LESSON/x.
function keyOf(file) {
  const rel = path.relative(dir, file).split(path.sep);
  const source = rel[0];
  let rest = rel.slice(1);
  rest = rest.filter((p) => p !== 'examples' && p !== '_content' && !(p === 'tour' && source === 'tour'));
  const base = rest[rest.length - 1].replace(/\.go$/, '');
  if (rest.length >= 2 && rest[rest.length - 2] === base) rest = rest.slice(0, -1);
  else rest[rest.length - 1] = base;
  return { source, key: `${source}/${rest.join('/')}` };
}

function importsOf(src) {
  const out = [];
  const block = src.match(/^import\s*\(([\s\S]*?)^\)/m);
  if (block) for (const m of block[1].matchAll(/"([^"]+)"/g)) out.push(m[1]);
  for (const m of src.matchAll(/^import\s+(?:\w+\s+)?"([^"]+)"/gm)) out.push(m[1]);
  return out;
}

function exclusionOf(key, src) {
  if (excludedByName[key]) return excludedByName[key];
  if (!/^func main\(\)/m.test(src)) return 'no func main (not a program)';
  for (const imp of importsOf(src)) for (const [re, why] of excludedImports) if (re.test(imp)) return `${why}: ${imp}`;
  return '';
}

// ---- running ---------------------------------------------------------------------------------

function runProcess(cmd, argv, { stdin = '', timeoutSec = 30, env, cwd, argv0 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd, env, argv0, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = ''; let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSec * 1000);
    child.on('error', (err) => { stderr += String(err); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code: code ?? -1, signal, timedOut });
    });
  });
}

// os.Args[0] is /tmp/prog on both sides (gort's name for the program, as the playground's).
// The environment a program sees: the same few variables on both sides (gort's run has HOME,
// PATH and USER), so programs that print it can be compared.
const progEnv = { HOME: '/home/user', PATH: '/usr/local/bin:/usr/bin:/bin', USER: 'user', TZ: 'UTC' };

// The `.sh` file of a Go by Example program: the output of its first `go run`/`./prog` command.
function shOutput(file) {
  const sh = file.replace(/\.go$/, '.sh');
  if (!fs.existsSync(sh)) return null;
  const lines = fs.readFileSync(sh, 'utf8').split('\n');
  let i = lines.findIndex((l) => /^\$ (time )?(go run|\.\/)/.test(l));
  if (i < 0) return null;
  const out = [];
  for (i++; i < lines.length && !lines[i].startsWith('$') && !lines[i].startsWith('#') && !/^real\t/.test(lines[i]); i++) out.push(lines[i]);
  while (out.length && out[out.length - 1].trim() === '') out.pop();
  return out.join('\n') + '\n';
}

async function expectedOf(file, key, cfg) {
  const cacheFile = path.join(dir, '.expected', `${key}.json`);
  if (!refreshGo && fs.existsSync(cacheFile)) return JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  const work = path.join(dir, '.gobuild', key);
  fs.mkdirSync(work, { recursive: true });
  const bin = path.join(work, 'prog');
  // Build in the program's own folder (embed patterns are relative to it).
  const b = spawnSync('go', ['build', '-o', bin, path.basename(file)], {
    cwd: path.dirname(file), encoding: 'utf8', env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' },
  });
  let exp;
  const goErrors = b.stderr.split('\n').filter((l) => /^\.\/[\w.-]+\.go:\d+:\d+: /.test(l));
  const newerGo = /cannot find package|cannot range over|undefined: errors\.AsType|wg\.Go undefined|is not a type/.test(b.stderr);
  if (b.status !== 0 && !newerGo && goErrors.length) {
    // A lesson that does not compile on purpose (an exercise stub, a deliberate error).
    exp = { from: 'go1.19', stdout: '', stderr: goErrors.join('\n') + '\n', code: 1 };
  } else if (b.status !== 0) {
    const sh = shOutput(file);
    exp = { from: sh !== null ? 'sh' : 'none', goError: b.stderr.trim().split('\n').slice(0, 3).join(' | '), stdout: sh ?? '', stderr: '', code: 0 };
  } else {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-go-'));
    for (const [p, text] of Object.entries(cfg.files ?? {})) fs.writeFileSync(p, text);
    const r = await runProcess(bin, cfg.args ?? [], { stdin: cfg.stdin, env: progEnv, cwd, timeoutSec: 60, argv0: '/tmp/prog' });
    fs.rmSync(cwd, { recursive: true, force: true });
    exp = { from: 'go1.19', stdout: r.stdout, stderr: r.stderr, code: r.code };
  }
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(exp, null, 1));
  return exp;
}

// Every file under dir (relative paths, sorted), hidden ones included.
function filesUnder(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(dir, r));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

const nativeBin = process.env.GORT_NATIVE || path.join(root, 'build/native/gort');
const nodeCli = path.join(root, 'web/node/cli.mjs');

async function runGort(host, file, key, cfg) {
  const flags = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-gort-'));
  for (const [p, text] of Object.entries(cfg.files ?? {})) {
    const local = path.join(tmp, path.basename(p));
    fs.writeFileSync(local, text);
    flags.push('--file', `${p}=${local}`);
  }
  // A program that embeds files (//go:embed, patterns relative to its folder) finds the files
  // next to it in its working directory, as the txtar form puts them.
  if (/^\/\/go:embed /m.test(fs.readFileSync(file, 'utf8'))) {
    const progDir = path.dirname(file);
    for (const rel of filesUnder(progDir)) flags.push('--file', `${rel}=${path.join(progDir, rel)}`);
  }
  const progArgs = cfg.args?.length ? ['--', ...cfg.args] : [];
  let [cmd, argv] = host === 'native'
    ? [nativeBin, ['run', file, ...flags, ...progArgs]]
    : [process.execPath, [nodeCli, 'run', file, ...flags, ...progArgs]];
  if (cfg.merge) [cmd, argv] = ['sh', ['-c', 'exec "$0" "$@" 2>&1', cmd, ...argv]];
  const r = await runProcess(cmd, argv, { stdin: cfg.stdin, env: process.env, cwd: path.dirname(file), timeoutSec: 30 });
  fs.rmSync(tmp, { recursive: true, force: true });
  return r;
}

// ---- comparing -------------------------------------------------------------------------------

function normalize(text, norm = []) {
  let lines = text.replace(/\r/g, '').split('\n').map((l) => l.replace(/\s+$/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (const n of norm) {
    if (n === 'digits') lines = lines.map((l) => l.replace(/\d+/g, '#'));
    else if (n === 'sorted') lines = lines.slice().sort();
    else if (n === 'words') lines = lines.map((l) => l.split(' ').sort().join(' '));
    else if (n === 'hex') lines = lines.map((l) => l.replace(/0x[0-9a-f]+/g, '0x#'));
    else if (n === 'uniq') lines = lines.filter((l, i) => i === 0 || l !== lines[i - 1]);
    else if (n === 'noMono') lines = lines.map((l) => l.replace(/ m=[+-][\d.#]+/, ''));
    else if (n === 'noStamp') lines = lines.map((l) => l.replace(/^\[\s*[\d.]+[µm]?s\]\s*/, ''));
    else if (n === 'noTicks') lines = lines.filter((l) => !/^\s*\.$/.test(l));
    else if (n.startsWith('head:')) lines = lines.slice(0, Number(n.slice(5)));
  }
  return lines.join('\n');
}

// A panic's report: the `panic:` line (and `[recovered]` lines), not the traceback.
function stderrGist(stderr, norm) {
  const lines = stderr.replace(/\r/g, '').split('\n');
  const g = lines.findIndex((l) => /^goroutine \d+ \[/.test(l));
  const head = g >= 0 ? lines.slice(0, g) : lines;
  // Addresses and pcs in `[signal SIGSEGV: … addr=0x0 pc=0x…]` differ from run to run.
  return normalize(head.join('\n'), ['hex']);
}

function classify(exp, got, cfg) {
  if (got.timedOut) return 'timeout';
  if (got.signal || /gort internal error/.test(got.stderr)) return 'crash';
  const gotCompileError = got.code === 1 && /^(\.\/)?[\w.-]+\.go:\d+:\d+: /m.test(got.stderr);
  if (gotCompileError && exp.code !== 1) return 'compile error';
  const norm = cfg.norm ?? [];
  const sameOut = normalize(exp.stdout, norm) === normalize(got.stdout, norm);
  // Compile errors: the position of the first one, as `go build x.go` and `gort run x.go`
  // name the file. The wording is not compared: gort words errors as current gc does (the Go
  // Tour runs current Go), the oracle is Go 1.19 (e.g. `as type Abser` → `as Abser value`).
  const firstError = (s) => s.split('\n').find((l) => /\.go:\d+:\d+: /.test(l))?.replace(/^\.\//, '').replace(/(\.go:\d+:\d+): .*/, '$1') ?? '';
  const sameErr = cfg.stderr === 'ignore' || exp.from !== 'go1.19' ||
    (exp.code === 1 ? firstError(exp.stderr) === firstError(got.stderr) : stderrGist(exp.stderr, norm) === stderrGist(got.stderr, norm));
  const sameCode = exp.from !== 'go1.19' || exp.code === got.code;
  if (sameOut && sameErr && sameCode) return 'same';
  if (got.code === 2 && /^panic: |^fatal error: /m.test(got.stderr) && exp.code !== 2) return 'crash';
  return 'differs';
}

function firstDiff(a, b) {
  const x = a.split('\n'); const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: want ${JSON.stringify(x[i] ?? '<end>')} got ${JSON.stringify(y[i] ?? '<end>')}`;
  }
  return '';
}

// ---- main ------------------------------------------------------------------------------------

const files = walk(dir, []).filter((f) => !f.includes(`${path.sep}.`));
const results = [];
for (const file of files) {
  const { source, key } = keyOf(file);
  if (filter && !key.includes(filter)) continue;
  const src = fs.readFileSync(file, 'utf8');
  const cfg = config[key] ?? {};
  const excl = exclusionOf(key, src);
  if (excl) { results.push({ source, key, host: '-', verdict: 'excluded', why: excl }); continue; }
  const exp = await expectedOf(file, key, cfg);
  for (const host of hosts) {
    const got = await runGort(host, file, key, cfg);
    let verdict = classify(exp, got, cfg);
    let why = '';
    if (exp.from === 'none') { verdict = verdict === 'same' ? 'needs newer Go' : verdict; why = `go1.19: ${exp.goError}`; }
    if (verdict === 'compile error' || verdict === 'crash') why = got.stderr.trim().split('\n').slice(0, 2).join(' | ');
    else if (verdict === 'differs') {
      const norm = cfg.norm ?? [];
      why = firstDiff(normalize(exp.stdout, norm), normalize(got.stdout, norm))
        || `stderr/exit: want ${exp.code} ${JSON.stringify(stderrGist(exp.stderr, norm).slice(0, 120))} got ${got.code} ${JSON.stringify(stderrGist(got.stderr, norm).slice(0, 120))}`;
    } else if (verdict === 'timeout') why = got.stdout.split('\n').slice(-2).join(' | ');
    if (exp.from === 'sh') why = `(expected from .sh: Go 1.19 cannot build it) ${why}`;
    results.push({ source, key, host, verdict, why, expFrom: exp.from });
    if (verbose && verdict !== 'same') {
      console.log(`--- ${key} [${host}] ${verdict}\n    expected (${exp.from}):\n${exp.stdout.replace(/^/gm, '      ')}\n    gort stdout:\n${got.stdout.replace(/^/gm, '      ')}\n    gort stderr:\n${got.stderr.replace(/^/gm, '      ')}`);
    }
  }
}

for (const r of results) {
  if (r.verdict === 'same') continue;
  console.log(`${r.verdict.padEnd(14)} ${r.key}${r.host === '-' ? '' : ` [${r.host}]`}  ${r.why}`);
}
const sources = [...new Set(results.map((r) => r.source))];
for (const s of sources) {
  for (const host of hosts) {
    const rs = results.filter((r) => r.source === s && r.host === host);
    const counts = {};
    for (const r of rs) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
    const excluded = results.filter((r) => r.source === s && r.verdict === 'excluded').length;
    console.log(`${s} [${host}]: ${counts.same ?? 0}/${rs.length} same; ${Object.entries(counts).filter(([k]) => k !== 'same').map(([k, v]) => `${v} ${k}`).join(', ') || 'no failures'}; ${excluded} excluded`);
  }
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 1));
process.exit(results.some((r) => !['same', 'excluded'].includes(r.verdict)) ? 1 : 0);
