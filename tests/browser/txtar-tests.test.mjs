// tests/browser/txtar-tests.test.mjs — the playground runs what the Go playground runs beyond one
// file: a txtar program (two .go files of package main, a go.mod whose go line sets the loop
// semantics, a data file the program reads from its working directory) and a test program
// (Test functions, no main: `go test -v`'s output, PASS/FAIL and the exit status).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

const env = h.useBrowser();

const TXTAR = `package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	data, err := os.ReadFile("greetings.txt")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\\n") {
		fmt.Println(shout(line))
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
}
-- util.go --
package main

import "strings"

func shout(s string) string { return strings.ToUpper(s) + "!" }
-- go.mod --
module example

go 1.21
-- greetings.txt --
hello
gopher
`;

const TESTS = `package main

import "testing"

func add(a, b int) int { return a + b }

func TestAdd(t *testing.T) {
	if add(2, 2) != 4 {
		t.Fatal("2+2")
	}
}

func TestSub(t *testing.T) {
	t.Run("zero", func(t *testing.T) {
		t.Log("checking")
		if add(1, -1) != 0 {
			t.Error("1-1")
		}
	})
	t.Run("broken", func(t *testing.T) {
		t.Errorf("want %d, got %d", 1, 2)
	})
}
`;

test('a txtar program: two files, go.mod at go 1.21 (shared loop variable), a data file read from the working directory', async () => {
  const page = await env.browser.ctx.newPage();
  try {
    await h.openPlayground(page, env.server.url);
    await h.setSource(page, TXTAR);
    const r = await h.runProgram(page);
    const out = r.lines.filter((l) => !/^(Go vet exited\.|\.\/)/.test(l));
    assert.deepEqual(out.slice(-5), ['HELLO!', 'GOPHER!', '3 3 3', '', 'Program exited.'], r.lines.join('\n'));
  } finally { await page.close(); }
});

test('a test program (no main): go test -v output, FAIL and exit status 1', async () => {
  const page = await env.browser.ctx.newPage();
  try {
    await h.openPlayground(page, env.server.url);
    await h.setSource(page, TESTS);
    const r = await h.runProgram(page);
    const text = r.lines.join('\n');
    for (const want of ['=== RUN   TestAdd', '--- PASS: TestAdd (0.00s)', '=== RUN   TestSub/zero', '    prog.go:15: checking',
      '    --- PASS: TestSub/zero (0.00s)', '    prog.go:21: want 1, got 2', '    --- FAIL: TestSub/broken (0.00s)', '--- FAIL: TestSub (0.00s)', 'FAIL']) {
      assert.ok(r.lines.some((l) => l === want || l.replace(/\(\d+\.\d+s\)/, '(0.00s)') === want), `missing ${JSON.stringify(want)} in\n${text}`);
    }
    assert.equal(r.lines.at(-1), 'Program exited: status 1.');
  } finally { await page.close(); }
});
