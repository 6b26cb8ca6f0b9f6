// tests/pack/smoke.mjs DIR — checks an installed gort package as its user sees it: DIR is a
// folder where `npm install gort-X.tgz` was run (tests/pack/run.mjs makes one). Everything
// runs inside DIR — `npx gort ...` and a module that does `import { run } from 'gort'` — so
// only what the tarball carries is used (no build tools, no repo files).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const dir = path.resolve(process.argv[2] || '.');
const pkgDir = path.join(dir, 'node_modules/gort');
assert.ok(fs.existsSync(pkgDir), `${pkgDir}: gort is not installed there`);

const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
// --no: never download gort (or anything) if the local bin were missing.
const npx = (...args) => spawnSync('npx', ['--no', 'gort', ...args], { cwd: dir, encoding: 'utf8', timeout: 120000 });
const node = (file) => spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 120000 });

write('hello.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n');
write('panic.go', 'package main\n\nfunc main() {\n\tvar m map[string]int\n\tm["x"] = 1\n}\n');
write('exit3.go', 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(3)\n}\n');
write('bad.go', 'package main\n\nfunc main() {\n\tx := 1\n}\n');
write('golden_ok.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(6 * 7)\n}\n\n// Output:\n// 42\n');
write('golden_bad.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(6 * 9)\n}\n\n// Output:\n// 42\n');
write('ugly.go', 'package main\nimport "fmt"\nfunc main(){\nfmt.Println( "x" )}\n');

test('npx gort run: stdout and exit status 0', () => {
  const r = npx('run', 'hello.go');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'hello, world\n');
  assert.equal(r.stderr, '');
});

test('npx gort run: a panic exits 2 with Go\'s message', () => {
  const r = npx('run', 'panic.go');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^panic: assignment to entry in nil map\n\ngoroutine 1 \[running\]:\nmain\.main\(\)/);
});

test('npx gort run: os.Exit code and compile errors (status 1)', () => {
  assert.equal(npx('run', 'exit3.go').status, 3);
  const r = npx('run', 'bad.go');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad\.go:4:2: declared and not used: x/);
});

test('npx gort test: passes a matching // Output:, fails a wrong one', () => {
  const ok = npx('test', 'golden_ok.go');
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const bad = npx('test', 'golden_bad.go');
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout + bad.stderr, /54/);
});

test('npx gort fmt: gofmt\'s output', () => {
  const r = npx('fmt', 'ugly.go');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("x")\n}\n');
});

// `gort vet` comes from another branch: checked only when this build has it (TODO for the
// lead: make it unconditional once vet is merged).
test('npx gort vet (when the build has it)', (t) => {
  write('vet_bad.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%d\\n", "x")\n}\n');
  const clean = npx('vet', 'hello.go');
  if (clean.status === 2 && /usage:/.test(clean.stderr)) {
    t.skip('gort vet is not in this build');
    return;
  }
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  const r = npx('vet', 'vet_bad.go');
  assert.notEqual(r.status, 0);
  assert.match(r.stdout + r.stderr, /Printf format %d has arg "x" of wrong type string/);
});

test('import { run } from \'gort\': a program with goroutines', () => {
  write('api.mjs', `import { run, parseDiagnostics } from 'gort';
const src = \`package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}
\`;
const r = await run(src, { gomaxprocs: 2 });
const bad = await run('package main\\n\\nfunc main() {\\n\\tx := 1\\n}\\n');
const p = await run('package main\\n\\nfunc main() {\\n\\tpanic("boom")\\n}\\n');
console.log(JSON.stringify({ code: r.exitCode, out: r.stdout, err: r.stderr, bad: parseDiagnostics(bad.stderr), pcode: p.exitCode, perr: p.stderr.split('\\n')[0] }));
`);
  const r = node('api.mjs');
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout);
  assert.deepEqual(got, { code: 0, out: 'sum 385\n', err: '', bad: [{ line: 4, col: 2, msg: 'declared and not used: x' }],
    pcode: 2, perr: 'panic: boom' });
});

test('index.d.ts declares every export of index.mjs; "types" and "exports" point at it', async () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(pkg.exports['.'].types, pkg.types);
  const dts = fs.readFileSync(path.join(pkgDir, pkg.types), 'utf8');
  const declared = new Set([...dts.matchAll(/^export (?:declare )?(?:function|const|let|class|interface|type) (\w+)/gm)].map((m) => m[1]));
  write('exports.mjs', "import * as g from 'gort';\nconsole.log(JSON.stringify(Object.keys(g)));\n");
  const r = node('exports.mjs');
  assert.equal(r.status, 0, r.stderr);
  const exported = JSON.parse(r.stdout);
  assert.ok(exported.includes('run'));
  assert.deepEqual(exported.filter((n) => !declared.has(n)), [], 'exported by index.mjs but not declared in index.d.ts');
  // and nothing declared as a function that index.mjs does not export
  const fns = [...dts.matchAll(/^export (?:declare )?function (\w+)/gm)].map((m) => m[1]);
  assert.deepEqual(fns.filter((n) => !exported.includes(n)), [], 'declared in index.d.ts but not exported');
});
