// tests/node/memory.test.mjs — issue 2's memory acceptance: a program that allocates about
// 1 GB in total with a live set under 1 MB never holds more than 100 MB — natively (max RSS
// of the process, from /usr/bin/time) and under Node (size of the wasm memory after the run,
// which never shrinks, so it is the peak).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
    const r = await run(fs.readFileSync(churn, 'utf8'), { buildDir: nodelibDir });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /^1000 MiB allocated/);
    console.log(`# gc_churn under Node: wasm memory ${(r.wasmMemoryBytes / MB).toFixed(1)} MB; process RSS now ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
    assert.ok(r.wasmMemoryBytes < 100 * MB, `wasm memory ${(r.wasmMemoryBytes / MB).toFixed(1)} MB`);
  });
});
