// tests/node/fmt_imports.test.mjs — `gort fmt --fix-imports` (goimports for std packages), with
// real gofmt and `go vet` (Go 1.19) as the oracle: every example with its import declaration cut
// out comes back byte for byte as gofmt prints the original (one sorted block, as goimports
// writes std-only imports); unused imports are dropped; the output type-checks with go vet;
// a syntax error is reported at Go's position with exit status 2. Native CLI, and the Node CLI
// when build/wasm-node exists.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { hosts, root, runCli, tempGo } from './helpers.mjs';

const gofmt = (file) => execFileSync(process.env.GOFMT || 'gofmt', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const importDecl = /^import (?:"[^"\n]+"|\((?:\n\t"[^"\n]+")*\n\))\n/m;

// Examples whose imports are one plain std block: the oracle applies to them as they are.
const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.go')).sort()
  .map((f) => ({ name: f, src: fs.readFileSync(path.join(root, 'examples', f), 'utf8') }))
  .filter((e) => importDecl.test(e.src) && !/^\s*\w+ "/m.test(e.src.match(importDecl)[0].replace(/^import /, '')));

const available = hosts.filter(([name]) => name === 'native'
  ? fs.existsSync(path.join(root, 'build/native/gort')) : fs.existsSync(path.join(root, 'build/wasm-node/gort.js')));

for (const [host] of available) {
  describe(`gort fmt --fix-imports (${host})`, () => {
    test('every example, its imports cut out, comes back as gofmt prints the original', async () => {
      assert.ok(examples.length >= 5, `only ${examples.length} examples`);
      for (const ex of examples) {
        const want = gofmt(tempGo(ex.src));
        const cut = ex.src.replace(importDecl, '');
        assert.ok(!cut.includes('import'), ex.name);
        const r = await runCli(host, ['fmt', '--fix-imports', tempGo(cut)]);
        assert.equal(r.code, 0, `${ex.name}: ${r.stderr}`);
        assert.equal(r.stdout, want, ex.name);
      }
    });

    test('unused imports removed, missing added, several declarations merged; the result is gofmt-exact and vets', async () => {
      const src = 'package main\nimport "os"\nimport (\n"strings"\n"fmt"\n)\nfunc main() {\nfmt.Println(rand.Intn(3) < 5, atomic.AddInt32(new(int32), 1))\ntime.Sleep(time.Nanosecond)\n}\n';
      const r = await runCli(host, ['fmt', '-imports', tempGo(src)]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'package main\n\nimport (\n\t"fmt"\n\t"math/rand"\n\t"sync/atomic"\n\t"time"\n)\n\nfunc main() {\n' +
        '\tfmt.Println(rand.Intn(3) < 5, atomic.AddInt32(new(int32), 1))\n\ttime.Sleep(time.Nanosecond)\n}\n');
      const fixed = tempGo(r.stdout);
      assert.equal(gofmt(fixed), r.stdout, 'gofmt leaves the output unchanged');
      execFileSync('go', ['vet', fixed], { cwd: path.dirname(fixed), env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' }, stdio: 'pipe' });
      // Without the flag, fmt does not touch imports.
      const plain = await runCli(host, ['fmt', tempGo(src)]);
      assert.match(plain.stdout, /import "os"/);
    });

    if (host === 'native') test('Go files under tests/ and examples/ (every third): the fixed output is one gofmt leaves unchanged, and fixing is idempotent', async () => {
      const walk = (dir, out = []) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
          const p = path.join(dir, e.name);
          if (e.isDirectory()) walk(p, out); else if (e.name.endsWith('.go')) out.push(p);
        }
        return out;
      };
      const all = [...walk(path.join(root, 'tests')), ...walk(path.join(root, 'examples'))].sort().filter((_, i) => i % 3 === 0);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-fiximports-'));
      const fixed = [];
      for (const f of all) {
        try { gofmt(f); } catch { continue; }   // gofmt rejects it too (syntax-error tests)
        const r = await runCli(host, ['fmt', '--fix-imports', f]);
        if (r.code === 2 && /syntax error|expected/.test(r.stderr)) continue;   // does not parse: nothing to fix
        assert.equal(r.code, 0, `${f}: ${r.stderr}`);
        const out = path.join(dir, `${fixed.length}_${path.basename(f)}`);
        fs.writeFileSync(out, r.stdout);
        fixed.push(out);
      }
      assert.ok(fixed.length > 50, `only ${fixed.length} files`);
      // One gofmt -l and one gort fmt -l --fix-imports over all of them: each lists what it would change.
      assert.equal(execFileSync(process.env.GOFMT || 'gofmt', ['-l', dir], { encoding: 'utf8' }), '', 'gofmt changes fixed output');
      const again = await runCli(host, ['fmt', '-l', '--fix-imports', ...fixed]);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(again.stdout, '', 'fixing twice changes these');
    });

    test('a syntax error: Go\'s position on stderr, exit status 2, nothing on stdout', async () => {
      const r = await runCli(host, ['fmt', '--fix-imports', tempGo('package main\n\nfunc main() {\n\tfmt.Println(\n}\n')]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /prog\.go:5:1: syntax error/);
    });
  });
}
