// tests/vet/run.mjs — `gort vet` against the expected findings of every tests/vet/*.go, and
// with --check-go against real `go vet` (Go 1.19) on the same files.
// Each NAME.go has NAME.out: the exact stderr of `gort vet NAME.go` run in this directory
// (empty: clean, exit status 0; otherwise go vet's "# command-line-arguments" block and exit
// status 2, as Go 1.19's go vet). Header lines in NAME.go:
//   // vet-flags: --go 1.21       flags for gort (go vet 1.19 has 1.21 loop semantics anyway)
//   // vet-go-differs: WHY        skip the --check-go comparison (gort differs by design)
// Also checked: examples/closure_pitfall.go under --go 1.21 (reported) and 1.22 (not), and
// `gort run --vet` (vet lines on stderr, then the program still runs).
// Usage: node tests/vet/run.mjs [--check-go] [--gort CMD] [-v]   (CMD: e.g. "node build/wasm-node/gort.js")
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const checkGo = args.includes('--check-go');
const verbose = args.includes('-v');
const gortCmd = (opt('--gort', '') || process.env.GORT || path.join(root, 'build/native/gort')).split(' ');

let passed = 0;
const failures = [];
function expect(name, ok, detail) {
  if (ok) { passed++; if (verbose) console.log(`ok   ${name}`); return; }
  failures.push(name);
  console.log(`FAIL ${name}\n${detail}`);
}
function gort(argv, cwd) {
  const [cmd, ...pre] = gortCmd;
  const r = spawnSync(cmd, [...pre, ...argv], { cwd, encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stdout: r.stdout || '', stderr: r.stderr || '' };
}
const show = (want, got) => `--- want\n${want}--- got\n${got}`;

const files = fs.readdirSync(here).filter((f) => f.endsWith('.go')).sort();
let goTmp = null;
if (checkGo) {
  if (spawnSync('go', ['version']).status !== 0) {
    console.log('go not found: --check-go skipped');
  } else {
    goTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-vet-'));
  }
}
for (const f of files) {
  const src = fs.readFileSync(path.join(here, f), 'utf8');
  const flags = (src.match(/^\/\/ vet-flags:(.*)$/m) || [, ''])[1].trim().split(/\s+/).filter(Boolean);
  const differs = /^\/\/ vet-go-differs:/m.test(src);
  const outFile = path.join(here, f.replace(/\.go$/, '.out'));
  if (!fs.existsSync(outFile)) { expect(f, false, `missing ${path.basename(outFile)}`); continue; }
  const want = fs.readFileSync(outFile, 'utf8');
  const wantStatus = want === '' ? 0 : 2;
  const r = gort(['vet', ...flags, f], here);
  expect(`gort vet ${f}`, r.stderr === want && r.status === wantStatus,
    `exit ${r.status} (want ${wantStatus})\n${show(want, r.stderr)}`);
  if (goTmp && !differs) {
    fs.copyFileSync(path.join(here, f), path.join(goTmp, f));
    const g = spawnSync('go', ['vet', f], { cwd: goTmp, encoding: 'utf8', timeout: 120000,
      env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' } });
    expect(`go vet ${f}`, g.stderr === want && g.status === wantStatus,
      `go vet exit ${g.status} (want ${wantStatus})\n${show(want, g.stderr)}`);
  }
}

// The seed's loop-variable pitfall: a //go:build go1.21 file (Go 1.21 semantics) is reported;
// the same file run as Go 1.22 has a variable per iteration and is not.
const ex = path.join(root, 'examples');
{
  const r = gort(['vet', 'closure_pitfall.go'], ex);
  const want = '# command-line-arguments\n./closure_pitfall.go:20:16: loop variable v captured by func literal\n';
  expect('closure_pitfall.go (go1.21 build line)', r.stderr === want && r.status === 2, show(want, r.stderr));
  const r2 = gort(['vet', '--go', '1.22', 'closure_pitfall.go'], ex);
  expect('closure_pitfall.go --go 1.22', r2.stderr === '' && r2.status === 0, show('', r2.stderr));
}
// `gort run --vet`: the findings first, then the program runs as usual.
{
  const r = gort(['run', '--vet', 'assign_bools.go'], here);
  const vetOut = fs.readFileSync(path.join(here, 'assign_bools.out'), 'utf8');
  expect('run --vet assign_bools.go', r.stderr === vetOut && r.stdout.includes('redundant or\n') && r.status === 0,
    `exit ${r.status}\n${show(vetOut, r.stderr)}stdout:\n${r.stdout}`);
  const plain = gort(['run', 'assign_bools.go'], here);
  expect('run without --vet does not vet', plain.stderr === '' && plain.stdout === r.stdout, `stderr:\n${plain.stderr}`);
}
// A file that does not compile: the compiler's errors, exit status 2 (go vet's).
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-vet-bad-'));
  fs.writeFileSync(path.join(dir, 'bad.go'), 'package main\n\nfunc main() {\n\tx := 1\n}\n');
  const r = gort(['vet', 'bad.go'], dir);
  const want = '# command-line-arguments\n./bad.go:4:2: declared and not used: x\n';
  expect('vet of a file with a type error', r.stderr === want && r.status === 2, `exit ${r.status}\n${show(want, r.stderr)}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
if (goTmp) fs.rmSync(goTmp, { recursive: true, force: true });

console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
