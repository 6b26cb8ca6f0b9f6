#!/usr/bin/env node
// engine/lang/std/tools/merge-go-package.mjs — a developer's tool for porting a Go std package:
// gort embeds one file per std package (engine/lang/std/go/<path>/<name>.go), Go's source has
// several. This joins a package's non-test files into one: one package clause, one sorted
// import block (imports deduplicated), then each file's declarations under a `// ---- file`
// rule, with an attribution line first. Not part of the build; its output is edited by hand.
//
//   node engine/lang/std/tools/merge-go-package.mjs /usr/lib/go-1.19/src/regexp > out.go
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) { console.error('usage: merge-go-package.mjs GO_PACKAGE_DIR [FILE.go...]'); process.exit(2); }
const only = process.argv.slice(3);
const files = (only.length ? only : fs.readdirSync(dir))
  .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go')).sort();
const imports = new Set();
let pkgDoc = '', pkgName = '';
const bodies = [];
for (const f of files) {
  let src = fs.readFileSync(path.join(dir, f), 'utf8');
  if (/^\/\/go:build ignore/m.test(src)) continue;
  const m = src.match(/^((?:\/\/.*\n)*)package (\w+)\n/m);
  if (!m) throw new Error(`${f}: no package clause`);
  pkgName = m[2];
  // The package doc comment (the one directly above `package`) is kept once.
  const before = src.slice(0, m.index);
  if (m[1].trim() && !/Copyright/.test(m[1])) pkgDoc += m[1];
  src = src.slice(m.index + m[0].length);
  void before;
  src = src.replace(/^import \(\n([\s\S]*?)\n\)\n/m, (_, block) => {
    for (const line of block.split('\n')) if (line.trim() && !line.trim().startsWith('//')) imports.add(line.trim());
    return '';
  });
  src = src.replace(/^import ("[^"]+"|\w+ "[^"]+")\n/gm, (_, spec) => { imports.add(spec); return ''; });
  bodies.push(`// ---- ${f}\n${src.trim()}\n`);
}
const rel = dir.replace(/.*\/src\//, '');
let out = `// Ported from Go 1.19 src/${rel} (${files.join(', ')}; BSD licence, The Go Authors),\n`;
out += `// joined into one file by engine/lang/std/tools/merge-go-package.mjs.\n`;
out += pkgDoc + `package ${pkgName}\n\n`;
if (imports.size) out += `import (\n${[...imports].sort().map((i) => `\t${i}`).join('\n')}\n)\n\n`;
out += bodies.join('\n');
process.stdout.write(out);
