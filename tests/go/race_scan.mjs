#!/usr/bin/env node
// tests/go/race_scan.mjs — the race detector's verdict on every tests/go program. Each program
// runs natively under `gort run --race` (its own flags plus --race); a program is expected to
// have a data race when its expected stderr holds "DATA RACE" or it says `// race: yes`, and to
// run race-free otherwise. Any difference fails the scan (exit 1): a report on a race-free
// program is a false positive, a racy program without one a miss.
//
// With --check-go, each program's expected verdict is also checked against Go 1.19's own race
// detector (`go build -race`, the program run with its GOMAXPROCS and stdin), so the verdicts
// cannot drift from Go's. That builds every program and takes minutes; npm test runs the scan
// without it.
//
//   node tests/go/race_scan.mjs [--check-go] [--filter TEXT] [--jobs N]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExpectation } from './expect.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const checkGo = args.includes('--check-go');
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const filter = opt('--filter', '');
const jobs = Number(opt('--jobs', Math.max(1, Math.min(2, os.cpus().length))));
const gort = process.env.GORT_NATIVE || path.join(root, 'build/native/gort');

function run(cmd, argv, { input = '', env = process.env, cwd, timeout }) {
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, { env, cwd });
    let stdout = '', stderr = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), timeout * 1000);
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', () => {});
    p.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
    p.stdin.on('error', () => {});
    p.stdin.end(input);
  });
}

const raced = (r) => /WARNING: DATA RACE/.test(r.stderr);

async function goVerdict(file, e) {
  const dir = path.join(root, 'build/gorace', path.basename(file, '.go'));
  fs.mkdirSync(dir, { recursive: true });
  const src = fs.readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('//go:build')).join('\n');
  fs.writeFileSync(path.join(dir, 'main.go'), src);
  const env = { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(root, 'build/gocache'),
    GOPATH: path.join(root, 'build/gopath'), GOFLAGS: '' };
  const b = await run('go', ['build', '-race', '-o', 'prog', 'main.go'], { cwd: dir, env, timeout: 300 });
  if (b.status !== 0) return 'build failed';
  const i = e.flags.indexOf('--gomaxprocs');
  if (i >= 0) env.GOMAXPROCS = e.flags[i + 1];
  const r = await run(path.join(dir, 'prog'), [], { input: e.stdin ?? '', env, timeout: e.timeout });
  if (raced(r)) return 'race';
  // A run that died otherwise (a fatal error such as "concurrent map writes" can come before
  // the detector's report) gives no verdict to compare with.
  return r.status === 0 || r.status === 66 ? 'no race' : `no verdict (exit ${r.status})`;
}

const files = fs.readdirSync(here).filter((f) => f.endsWith('.go') && f.includes(filter)).sort();
const problems = [];
let racy = 0, next = 0;
async function worker() {
  while (next < files.length) {
    const f = files[next++];
    const file = path.join(here, f);
    const source = fs.readFileSync(file, 'utf8');
    const e = parseExpectation(source);
    const expected = e.stderr.some((l) => l.includes('DATA RACE')) || /^\/\/ race: yes\b/m.test(source);
    const flags = e.flags.includes('--race') ? e.flags : [...e.flags, '--race'];
    const r = await run(gort, ['run', file, ...flags], { input: e.stdin ?? '', timeout: e.timeout });
    const got = raced(r);
    if (got) racy++;
    let line = `${got === expected ? 'ok  ' : 'FAIL'} ${f}: ${got ? 'race reported' : 'no race'}`;
    if (got !== expected) problems.push(`${f}: ${expected ? 'racy program, no report (a miss)' : 'race-free program reported (a false positive)'}`);
    if (checkGo) {
      const v = e.goSkip ? `go: skip (${e.goSkip})` : await goVerdict(file, e);
      line += `  [Go -race: ${v}]`;
      if ((v === 'race' && !expected) || (v === 'no race' && expected)) problems.push(`${f}: Go -race says ${v}, the program's expectation says ${expected ? 'race' : 'no race'}`);
    }
    if (got || got !== expected || checkGo) console.log(line);
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
console.log(`race_scan: ${files.length} programs, ${racy} with a race reported, ${problems.length} problem(s)`);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
