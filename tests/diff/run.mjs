#!/usr/bin/env node
// tests/diff/run.mjs — differential testing of gort against real Go 1.19 with programs from
// gen.mjs. Generates programs for consecutive seeds, builds a batch of them into ONE Go binary
// (each program's declarations prefixed, main dispatching on os.Args[1]) so `go build` runs once
// per batch, runs each program with that binary and with `build/native/gort run` on the
// standalone file (--go 1.21: Go 1.19 loop variables), and compares stdout, exit status and the `panic:` line of stderr.
// Mismatches are saved under build/diff/failures/seed<N>/ (program + both outputs).
//
//   node tests/diff/run.mjs [--count N] [--seconds S] [--seed START] [--batch K]
//
// Exit status 1 on any disagreement (or a program Go rejects: a generator bug); the last line
// is always `N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, program, IMPORTS, ANCHORS } from './gen.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const a = process.argv.slice(2);
const opt = (k, d) => { const i = a.indexOf(k); return i >= 0 ? Number(a[i + 1]) : d; };
const count = opt('--count', 200);
const seconds = opt('--seconds', 60);
let seed = opt('--seed', 1);
const batch = opt('--batch', 25);
const gort = process.env.GORT_NATIVE || path.join(root, 'build/native/gort');
const work = path.join(root, 'build/diff/work');
const failDir = path.join(root, 'build/diff/failures');
fs.mkdirSync(work, { recursive: true });
const goEnv = { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(root, 'build/gocache'), GOPATH: path.join(root, 'build/gopath'), GOFLAGS: '' };

function run(cmd, argv, timeoutSec = 20) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = ''; let timedOut = false;
    child.stdout.setEncoding('latin1').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('latin1').on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSec * 1000);
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ stdout, stderr, code: timedOut ? 'timeout' : code ?? `signal ${signal}` }); });
  });
}

// fmt prints a map's NaN keys in an order Go leaves to the random map iteration (fmtsort
// calls every NaN less than everything, so they keep their iteration order): a line with NaN
// keys is compared as the multiset of its words.
const nanMaps = (s) => s.split('\n').map((l) => (/map\[.*NaN:/.test(l) ? l.split(' ').sort().join(' ') : l)).join('\n');
const panicLine = (s) => (s.split('\n').find((l) => l.startsWith('panic:') || l.startsWith('fatal error:')) || '').replace(/ \[recovered\]/, '');

let passed = 0; let failed = 0;
const t0 = Date.now();
const end = seed + count;
while (seed < end && (Date.now() - t0) / 1000 < seconds) {
  const seeds = [];
  for (let s = seed; s < Math.min(end, seed + batch); s++) seeds.push(s);
  seed += seeds.length;
  // one Go binary for the batch
  let src = `package main\n\nimport (\n${IMPORTS.map((i) => `\t"${i}"`).join('\n')}\n\t"os"\n)\n\n${ANCHORS.join('\n')}\n\n`;
  let main = 'func main() {\n\tswitch os.Args[1] {\n';
  for (const s of seeds) {
    const { decls, main: entry } = generate(s, { prefix: `p${s}_` });
    src += `${decls}\n\n`;
    main += `\tcase "${s}":\n\t\t${entry}()\n`;
    fs.writeFileSync(path.join(work, `seed${s}.go`), program(s, { prefix: `p${s}_` }));
  }
  src += `${main}\t}\n}\n`;
  const dir = path.join(work, 'batch');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'main.go'), src);
  const b = spawnSync('go', ['build', '-o', 'prog', 'main.go'], { cwd: dir, env: goEnv, encoding: 'utf8' });
  if (b.status !== 0) {
    console.log(`go build failed for seeds ${seeds[0]}..${seeds[seeds.length - 1]} (generator bug):\n${b.stderr.slice(0, 2000)}`);
    failed += seeds.length;
    continue;
  }
  const one = async (s) => {
    const file = path.join(work, `seed${s}.go`);
    const [g, o] = await Promise.all([run(path.join(dir, 'prog'), [String(s)]), run(gort, ['run', file, '--go', '1.21'])]);
    const same = nanMaps(g.stdout) === nanMaps(o.stdout) && g.code === o.code && panicLine(g.stderr) === panicLine(o.stderr);
    if (same) { passed++; return; }
    failed++;
    const fd = path.join(failDir, `seed${s}`);
    fs.mkdirSync(fd, { recursive: true });
    fs.copyFileSync(file, path.join(fd, 'prog.go'));
    fs.writeFileSync(path.join(fd, 'go.out'), `${g.stdout}\n--- exit ${g.code}\n--- stderr\n${g.stderr}`, 'latin1');
    fs.writeFileSync(path.join(fd, 'gort.out'), `${o.stdout}\n--- exit ${o.code}\n--- stderr\n${o.stderr}`, 'latin1');
    const gl = g.stdout.split('\n'); const ol = o.stdout.split('\n');
    let i = 0; while (i < gl.length && gl[i] === ol[i]) i++;
    console.log(`seed ${s}: MISMATCH (exit go=${g.code} gort=${o.code}) first diff line ${i + 1}: go=${JSON.stringify(gl[i] ?? '')} gort=${JSON.stringify(ol[i] ?? '')} ${o.stderr.split('\n')[0].slice(0, 160)} -> ${fd}`);
  };
  for (let i = 0; i < seeds.length; i += 2) await Promise.all(seeds.slice(i, i + 2).map(one));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
