// tests/node/files.test.mjs — the Node API's `files` option: text and binary files appear in
// the program's private in-memory file system (relative names under /home/user), the host's
// disk is not visible, and a second run starts with a fresh file system.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { run } from '../../web/node/index.mjs';
import { nodelibDir } from './helpers.mjs';

const prog = `package main

import (
	"fmt"
	"os"
)

func main() {
	a, err := os.ReadFile("data.txt")
	fmt.Printf("%q %v\\n", a, err)
	b, err := os.ReadFile("/tmp/bin/x.bin")
	fmt.Println(b, err)
	_, err = os.Stat("/etc/passwd")
	fmt.Println(os.IsNotExist(err))
	_, err = os.Stat("/tmp/made-by-run")
	fmt.Println(os.IsNotExist(err))
	os.WriteFile("/tmp/made-by-run", nil, 0644)
}
`;

describe('Node API files', () => {
  test('files from strings and Uint8Arrays, fresh per run', async () => {
    const files = { 'data.txt': 'héllo\n', '/tmp/bin/x.bin': new Uint8Array([0, 255, 7]) };
    for (let i = 0; i < 2; i++) {
      const r = await run(prog, { buildDir: nodelibDir, files });
      assert.equal(r.exitCode, 0, r.stderr);
      assert.equal(r.stdout, '"héllo\\n" <nil>\n[0 255 7] <nil>\ntrue\ntrue\n');
    }
  });
});
