// tests/node/args.test.mjs — program arguments: the Node API's `args` option and the CLI's
// words after the file (`gort run x.go a b`, `-- -flag`) are os.Args[1:]; a run without them
// sees only os.Args[0].
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { run } from '../../web/node/index.mjs';
import { nodelibDir } from './helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const prog = `package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	n := flag.Int("n", 1, "count")
	flag.Parse()
	fmt.Println(os.Args[0], len(os.Args), *n, flag.Args())
}
`;

describe('program arguments', () => {
  test('Node API args, then a run without', async () => {
    let r = await run(prog, { buildDir: nodelibDir, args: ['-n=3', 'a', 'b c'] });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, '/tmp/prog 4 3 [a b c]\n');
    r = await run(prog, { buildDir: nodelibDir });
    assert.equal(r.stdout, '/tmp/prog 1 1 []\n');
  });
  test('CLI: words after the file, -- before a dash', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-args-'));
    const file = path.join(dir, 'args.go');
    fs.writeFileSync(file, prog);
    const cli = path.join(root, 'web/node/cli.mjs');
    let r = spawnSync(process.execPath, [cli, 'run', file, '--gomaxprocs', '1', 'x', 'y'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '/tmp/prog 3 1 [x y]\n');
    r = spawnSync(process.execPath, [cli, 'run', file, '--', '-n', '7', 'z'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '/tmp/prog 4 7 [z]\n');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
