#!/usr/bin/env node
// tests/go/race_scan.mjs — runs every tests/go program natively with --race added to its own
// flags and lists those gort reports a data race in. With --check-go, each of them is also
// built with `go build -race` (Go 1.19) and run the same way, to tell real races (Go reports
// one too) from gort false positives (Go does not). Programs marked `// go: skip` cannot be
// checked against Go and are listed as such.
//
//   node tests/go/race_scan.mjs [--check-go] [--filter TEXT]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExpectation } from './expect.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const checkGo = args.includes('--check-go');
const fi = args.indexOf('--filter');
const filter = fi >= 0 ? args[fi + 1] : '';
const gort = process.env.GORT_NATIVE || path.join(root, 'build/native/gort');

function goRace(file, e) {
  const dir = path.join(root, 'build/gorace', path.basename(file, '.go'));
  fs.mkdirSync(dir, { recursive: true });
  const src = fs.readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('//go:build')).join('\n');
  fs.writeFileSync(path.join(dir, 'main.go'), src);
  const env = { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(root, 'build/gocache'),
    GOPATH: path.join(root, 'build/gopath'), GOFLAGS: '' };
  const b = spawnSync('go', ['build', '-race', '-o', 'prog', 'main.go'], { cwd: dir, env, encoding: 'utf8' });
  if (b.status !== 0) return 'go build failed';
  const i = e.flags.indexOf('--gomaxprocs');
  if (i >= 0) env.GOMAXPROCS = e.flags[i + 1];
  const r = spawnSync(path.join(dir, 'prog'), [], { input: e.stdin ?? '', env, encoding: 'utf8', timeout: e.timeout * 1000 });
  return /WARNING: DATA RACE/.test(r.stderr ?? '') ? 'race' : 'no race';
}

let total = 0;
const reported = [];
for (const f of fs.readdirSync(here).sort()) {
  if (!f.endsWith('.go') || !f.includes(filter)) continue;
  const file = path.join(here, f);
  const e = parseExpectation(fs.readFileSync(file, 'utf8'));
  const flags = e.flags.includes('--race') ? e.flags : [...e.flags, '--race'];
  total++;
  const r = spawnSync(gort, ['run', file, ...flags], { input: e.stdin ?? '', encoding: 'utf8', timeout: e.timeout * 1000 });
  if (!/WARNING: DATA RACE/.test(r.stderr ?? '')) continue;
  const verdict = !checkGo ? '' : e.goSkip ? 'go: skip' : goRace(file, e);
  reported.push(f);
  console.log(`race reported: ${f}${verdict ? `  [Go -race: ${verdict}]` : ''}`);
}
console.log(`race_scan: ${reported.length} of ${total} programs report a race under gort --race`);
