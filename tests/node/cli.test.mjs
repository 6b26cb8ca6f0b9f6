// tests/node/cli.test.mjs — the gort CLI, natively and under Node: exit statuses, streaming
// (say.go's lines arrive as they are printed), stdin hand-off (a G blocked reading stdin does
// not stop another G from printing, GOMAXPROCS=1), exit while a G is blocked on stdin, and
// `gort test` on Markdown.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { hosts, root, runCli, startCli, tempGo, waitForLine, median } from './helpers.mjs';

const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n';

for (const [host] of hosts) {
  describe(`gort CLI (${host})`, () => {
    test('exit statuses: 0, 1 compile error, 2 panic, os.Exit code, usage errors', async () => {
      let r = await runCli(host, ['run', tempGo(hello)]);
      assert.equal(r.stdout, 'hello\n');
      assert.equal(r.code, 0);

      r = await runCli(host, ['run', tempGo('package main\n\nfunc main() {\n\tvar x int = "s"\n\t_ = x\n}\n')]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /prog\.go:4:14: /);

      r = await runCli(host, ['run', tempGo('package main\n\nfunc main() {\n\tpanic("boom")\n}\n')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^panic: boom\n/m);
      assert.match(r.stderr, /goroutine 1 \[running\]:/);

      r = await runCli(host, ['run', tempGo('package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(7)\n}\n')]);
      assert.equal(r.code, 7);

      r = await runCli(host, ['run', tempGo(hello), '--gomaxprocs', 'zero']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /gomaxprocs/);
      r = await runCli(host, ['frobnicate']);
      assert.equal(r.code, 2);
      r = await runCli(host, ['run', path.join(root, 'no/such/file.go')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /cannot read/);
    });

    test('//go:embed takes the files next to the program, as go run and go test do', async () => {
      const prog = tempGo(`package main

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed hello.txt
var hello string

//go:embed folder/*.hash
var folder embed.FS

func main() {
	fmt.Print(hello)
	fs.WalkDir(folder, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d.IsDir())
		return nil
	})
}
`);
      const dir = path.dirname(prog);
      fs.writeFileSync(path.join(dir, 'hello.txt'), 'hello from a file\n');
      fs.mkdirSync(path.join(dir, 'folder'));
      for (const n of ['a.hash', 'b.hash', 'c.txt', '.hidden.hash']) fs.writeFileSync(path.join(dir, 'folder', n), n);
      // Go 1.19 (go run prog.go in that directory) prints exactly this.
      // (folder/*.hash names .hidden.hash itself: only a directory's own walk leaves it out.)
      const want = 'hello from a file\n. true\nfolder true\nfolder/.hidden.hash false\nfolder/a.hash false\nfolder/b.hash false\n';
      let r = await runCli(host, ['run', prog]);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, want);
      // Run from elsewhere: the program's directory counts, not the working directory.
      r = await runCli(host, ['run', path.relative(process.cwd(), prog)]);
      assert.equal(r.stdout, want, r.stderr);
      // `gort test FILE.go` takes them too: an `// Output:` block, and a test program.
      fs.writeFileSync(prog, fs.readFileSync(prog, 'utf8') + '\n// Output:\n' +
        want.trimEnd().split('\n').map((l) => `// ${l}\n`).join(''));
      r = await runCli(host, ['test', prog]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^--- PASS: /m);
      const tprog = path.join(dir, 'embed_test.go');
      fs.writeFileSync(tprog, 'package main\n\nimport (\n\t_ "embed"\n\t"testing"\n)\n\n//go:embed hello.txt\nvar hello string\n\n' +
        'func TestHello(t *testing.T) {\n\tif hello != "hello from a file\\n" {\n\t\tt.Fatalf("hello = %q", hello)\n\t}\n}\n');
      r = await runCli(host, ['test', tprog]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^--- PASS: TestHello/m);
      fs.rmSync(tprog);
      // A txtar's files are its own sections, never the disk around it.
      const arch = path.join(dir, 'arch.txtar');
      fs.writeFileSync(arch, '-- prog.go --\npackage main\n\nimport _ "embed"\n\n//go:embed hello.txt\nvar s string\n\nfunc main() { print(s) }\n');
      r = await runCli(host, ['run', arch]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /pattern hello\.txt: no matching files found/);
      // A pattern nothing matches: go build's error at the directive.
      fs.rmSync(path.join(dir, 'hello.txt'));
      r = await runCli(host, ['run', prog]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /prog\.go:9:12: pattern hello\.txt: no matching files found/);
    });

    test('say.go: 5 hello, 4-5 world, interleaved, streamed as printed', async () => {
      const r = await runCli(host, ['run', path.join(root, 'examples/say.go')]);
      assert.equal(r.code, 0, r.stderr);
      const out = r.lines.filter((l) => l.stream === 'stdout');
      const hellos = out.filter((l) => l.text === 'hello');
      const worlds = out.filter((l) => l.text === 'world');
      assert.equal(hellos.length, 5);
      assert.ok(worlds.length === 4 || worlds.length === 5, `world ×${worlds.length}`);
      assert.equal(hellos.length + worlds.length, out.length, 'only hello and world lines');
      assert.ok(out.findIndex((l) => l.text === 'world') < out.findLastIndex((l) => l.text === 'hello'), 'interleaved');
      // Streamed: the program prints over ~500 ms; output held until exit would arrive at once.
      // (A lower bound on elapsed time only: sleeping guarantees it; load can only add to it.)
      assert.ok(r.exitAt - out[0].at >= 250, `first line ${out[0].at.toFixed(0)} ms, exit ${r.exitAt.toFixed(0)} ms`);
      const gaps = hellos.slice(1).map((l, i) => l.at - hellos[i].at);
      console.log(`# say.go (${host}): hello arrivals ${hellos.map((l) => l.at.toFixed(0)).join(', ')} ms; median gap ${median(gaps).toFixed(0)} ms`);
    });

    test('hand-off: a G blocked reading stdin does not stop another from printing (GOMAXPROCS=1)', async () => {
      const prog = tempGo(`package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	got := make(chan string)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		sc.Scan()
		got <- sc.Text()
	}()
	for i := 1; i <= 5; i++ {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("tick", i)
	}
	fmt.Println("got:", <-got)
}
`);
      const p = startCli(host, ['run', prog, '--gomaxprocs', '1']);
      // All five ticks must arrive while the reader is still blocked: stdin is not written yet.
      await waitForLine(p.lines, /^tick 5$/);
      p.child.stdin.write('typed line\n');
      const r = await p.done;
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.stdout.split('\n').filter(Boolean), ['tick 1', 'tick 2', 'tick 3', 'tick 4', 'tick 5', 'got: typed line']);
    });

    test('main returning ends the program while a G is blocked on stdin', async () => {
      const prog = tempGo(`package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		sc.Scan()
		fmt.Println("unexpected:", sc.Text())
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("bye")
}
`);
      const p = startCli(host, ['run', prog]);  // stdin stays open and empty
      const killer = setTimeout(() => p.child.kill('SIGKILL'), 20000);
      const r = await p.done;
      clearTimeout(killer);
      assert.equal(r.signal, null, 'exited by itself');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'bye\n');
    });

    test('gort test of a package main with _test.go files (txtar or directory) runs its tests as go test does, not main', async () => {
      const mainGo = 'package main\n\nimport "fmt"\n\nfunc Hello(name string) string {\n\tif name == "" {\n\t\tname = "World"\n\t}\n\treturn "Hello, " + name\n}\n\n' +
        'func main() {\n\tfmt.Println(Hello("world"))\n}\n';
      const testGo = (extra) => 'package main\n\nimport (\n\t"fmt"\n\t"testing"\n)\n\nfunc TestHello(t *testing.T) {\n\tt.Run("saying hello to people", func(t *testing.T) {\n' +
        '\t\tif got := Hello("Chris"); got != "Hello, Chris" {\n\t\t\tt.Errorf("got %q", got)\n\t\t}\n\t})\n}\n\n' +
        'func TestMainRuns(t *testing.T) {\n\tmain()\n}\n\nfunc ExampleHello() {\n\tfmt.Println(Hello("Gopher"))\n\t// Output: Hello, Gopher\n}\n' + extra;
      // go test -v of this package with Go 1.19, up to its last line (which names the package).
      const passed = '=== RUN   TestHello\n=== RUN   TestHello/saying_hello_to_people\n--- PASS: TestHello (0.00s)\n' +
        '    --- PASS: TestHello/saying_hello_to_people (0.00s)\n=== RUN   TestMainRuns\nHello, world\n--- PASS: TestMainRuns (0.00s)\n' +
        '=== RUN   ExampleHello\n--- PASS: ExampleHello (0.00s)\nPASS\n';
      // A test's duration is the machine's, not gort's: compared as go test's usual (0.00s).
      const durations = (out) => out.replace(/ \(\d+\.\d\ds\)$/gm, ' (0.00s)');
      const arch = tempGo(`-- go.mod --\nmodule example.com/hello\n\ngo 1.19\n-- main.go --\n${mainGo}-- main_test.go --\n${testGo('')}`, 'hello.txtar');
      let r = await runCli(host, ['test', arch]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(durations(r.stdout).slice(0, passed.length), passed);
      assert.match(r.stdout.slice(passed.length), /^ok  \t.*hello\.txtar\t[0-9.]+s\n$/);
      // `gort run` of the same archive runs main and leaves the _test.go file out, as go run does.
      r = await runCli(host, ['run', arch]);
      assert.equal(r.stdout, 'Hello, world\n', r.stderr);
      // A directory holding the package: the same, and a failing test fails it.
      const dir = path.join(path.dirname(arch), 'pkg');
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'main.go'), mainGo);
      fs.writeFileSync(path.join(dir, 'main_test.go'), testGo('\nfunc TestFails(t *testing.T) {\n\tt.Errorf("deliberately")\n}\n'));
      r = await runCli(host, ['test', dir]);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(durations(r.stdout), /^=== RUN   TestFails\n    main_test\.go:26: deliberately\n--- FAIL: TestFails \(0\.00s\)\n/m);
      assert.match(r.stdout, /\nFAIL\nFAIL\t.*pkg\t[0-9.]+s\nFAIL\n$/);
    });

    test('gort test FILE.md checks every go block with an Output comment and shows a diff', async () => {
      const md = (want) => `# Doc\n\n\`\`\`go\npackage main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("one")\n}\n\n// Output:\n// one\n\`\`\`\n\nNo output block here:\n\n\`\`\`go\npackage main\n\nfunc main() {}\n\`\`\`\n\n\`\`\`go\npackage main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("x")\n\tfmt.Println("y")\n}\n\n// Unordered output:\n${want}\`\`\`\n`;
      let r = await runCli(host, ['test', tempGo(md('// y\n// x\n'), 'doc.md')]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /--- PASS: doc\.md:3/);
      assert.match(r.stdout, /ok .*\(2 cases\)/);
      r = await runCli(host, ['test', tempGo(md('// y\n// z\n'), 'doc.md')]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /--- FAIL: doc\.md:\d+/);
      assert.match(r.stdout, /^- z$/m);
      assert.match(r.stdout, /^\+ x$/m);
    });
  });
}
