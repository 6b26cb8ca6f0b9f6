// tests/node/memory.test.mjs — issue 2's memory acceptance: a program that allocates about
// 1 GB in total with a live set under 1 MB never holds more than 100 MB — natively (max RSS
// of the process, from /usr/bin/time) and under Node (size of the wasm memory after the run,
// which never shrinks, so it is the peak). Also: running out of memory (Go's fatal error plus
// gort's line naming the 4 GiB wasm limit), and issue 6's 256 MiB []byte / 1 GiB live (below).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { run } from '../../web/node/index.mjs';
import { nativeBin, nodelibDir, root } from './helpers.mjs';

const churn = path.join(root, 'tests/go/gc_churn.go');
const MB = 1024 * 1024;

describe('memory: 1 GB allocated, live set < 1 MB', () => {
  test('native: max RSS under 100 MB', () => {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', nativeBin, 'run', churn], { encoding: 'utf8', timeout: 300000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^1000 MiB allocated/);
    const kb = Number(r.stderr.trim().split('\n').at(-1));
    console.log(`# gc_churn native: max RSS ${(kb / 1024).toFixed(1)} MB`);
    assert.ok(kb * 1024 < 100 * MB, `max RSS ${(kb / 1024).toFixed(1)} MB`);
  });

  test('Node (wasm): wasm memory under 100 MB', async () => {
    const r = await run(fs.readFileSync(churn, 'utf8'), { buildDir: nodelibDir, freshEngine: true });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /^1000 MiB allocated/);
    console.log(`# gc_churn under Node: wasm memory ${(r.wasmMemoryBytes / MB).toFixed(1)} MB; process RSS now ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
    assert.ok(r.wasmMemoryBytes < 100 * MB, `wasm memory ${(r.wasmMemoryBytes / MB).toFixed(1)} MB`);
  });
});

// A program whose live heap only grows: Go prints "fatal error: runtime: out of memory" and
// exits 2. gort must do the same — and, in a long-lived engine (the page, the Node API), leave
// the engine able to run the next program.
const hog = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]byte\n\tfor i := 0; ; i++ {\n'
  + '\t\tkeep = append(keep, make([]byte, 64<<20))\n\t\tif i%8 == 0 {\n\t\t\tfmt.Println("allocated", (i+1)*64, "MB")\n\t\t}\n\t}\n}\n';

describe('memory: running out', () => {
  test('native: Go\'s out-of-memory fatal error, exit 2 (address space capped with ulimit -v)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gort-oom-')), 'hog.go');
    fs.writeFileSync(file, hog);
    // One P: no M thread is started late, when the capped address space may no longer hold its
    // stack (a failed thread start is not an out-of-memory Go would report).
    const r = spawnSync('sh', ['-c', 'ulimit -v 3000000; exec "$0" run "$1" --gomaxprocs 1', nativeBin, file], { encoding: 'utf8', timeout: 120000 });
    assert.equal(r.status, 2, r.stderr.slice(0, 500));
    assert.match(r.stderr, /^fatal error: runtime: out of memory\n\ngoroutine 1 \[running\]:\nmain\.main\(\)/);
  });

  test('Node (wasm): out of memory ends the run with status 2; the module runs the next program', async () => {
    let r = await run(hog, { buildDir: nodelibDir });
    assert.equal(r.exitCode, 2, r.stderr.slice(0, 500));
    assert.match(r.stderr, /^fatal error: runtime: out of memory\ngort: a program may use at most 4 GiB of memory in all \(wasm32\), one object at most 2 GiB\n/);
    assert.match(r.stdout, /^allocated 64 MB\n/);
    // The 4 GiB wasm memory was nearly all usable: 64 MiB []byte each (compact) until it ran out.
    const mbs = [...r.stdout.matchAll(/^allocated (\d+) MB$/gm)].map((m) => Number(m[1]));
    assert.ok(mbs.at(-1) >= 3000, `only ${mbs.at(-1)} MB before out of memory`);
    r = await run('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("still here")\n}\n', { buildDir: nodelibDir });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, 'still here\n');
  });
});

// A fork bomb of parked goroutines runs the wasm heap (4 GiB) out through the scheduler's own
// allocations (Gs, stacks), not rt::alloc: the same fatal error, and the module survives.
describe('memory: a fork bomb of goroutines', () => {
  test('Node (wasm): "out of memory" after some million goroutines, status 2; the module runs the next program', async () => {
    const bomb = 'package main\n\nfunc main() {\n\tfor {\n\t\tgo func() {\n\t\t\tselect {}\n\t\t}()\n\t}\n}\n';
    let r = await run(bomb, { buildDir: nodelibDir });
    assert.equal(r.exitCode, 2, r.stderr.slice(0, 500));
    assert.match(r.stderr, /^fatal error: runtime: out of memory\ngort: a program may use at most 4 GiB[^\n]*\n\ngoroutine 1 \[running\]:\nmain\.main\(\)/);
    r = await run('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("still here")\n}\n', { buildDir: nodelibDir });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, 'still here\n');
  });
});

// Issue 6: the memory a program may use. A []byte holds one byte per element (compact arrays),
// so make([]byte, 256<<20) takes 256 MiB (it took 2 GiB and failed under Node; every byte is
// written here so that the memory is really used), and under Node
// the wasm memory (4 GiB) holds 1 GiB of live []byte.
const big = (k) => 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]byte\n\ttotal := 0\n'
  + `\tfor i := 0; i < ${k}; i++ {\n\t\tb := make([]byte, 256<<20)\n\t\tb[0] = 1\n\t\tfor n := 1; n < len(b); n *= 2 {\n\t\t\tcopy(b[n:], b[:n])\n\t\t}\n\t\tkeep = append(keep, b)\n\t\ttotal += len(b)\n\t}\n`
  + '\tsum := 0\n\tfor _, b := range keep {\n\t\tsum += int(b[len(b)-1])\n\t}\n\tfmt.Println(total>>20, "MiB live in", sum, "slices")\n}\n';

describe('memory: 256 MiB []byte, 1 GiB live', () => {
  test('native: a 256 MiB []byte costs about 256 MiB (max RSS < 400 MB)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gort-big-')), 'big.go');
    fs.writeFileSync(file, big(1));
    const r = spawnSync('/usr/bin/time', ['-f', '%M', nativeBin, 'run', file], { encoding: 'utf8', timeout: 120000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '256 MiB live in 1 slices\n');
    const kb = Number(r.stderr.trim().split('\n').at(-1));
    console.log(`# 256 MiB []byte native: max RSS ${(kb / 1024).toFixed(1)} MB`);
    assert.ok(kb * 1024 < 400 * MB, `max RSS ${(kb / 1024).toFixed(1)} MB`);
  });

  test('Node (wasm): one 256 MiB []byte, then 4 × 256 MiB live at once', async () => {
    let r = await run(big(1), { buildDir: nodelibDir, freshEngine: true });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, '256 MiB live in 1 slices\n');
    console.log(`# 256 MiB []byte under Node: wasm memory ${(r.wasmMemoryBytes / MB).toFixed(0)} MB`);
    r = await run(big(4), { buildDir: nodelibDir, freshEngine: true });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, '1024 MiB live in 4 slices\n');
    console.log(`# 4 × 256 MiB []byte under Node: wasm memory ${(r.wasmMemoryBytes / MB).toFixed(0)} MB`);
    assert.ok(r.wasmMemoryBytes >= 1024 * MB);
  });
});
