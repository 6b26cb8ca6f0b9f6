#!/usr/bin/env node
// tests/pack/run.mjs — the `pack` stage of scripts/test.mjs: what a user of the npm package
// gets. `npm pack` the repo (its prepack checks that the wasm artifacts are built and fresh)
// into a temp dir, checks the tarball's file list (the built wasm, no sources), installs the
// tarball into an empty temp folder with `npm install --offline` (the package has no runtime
// dependencies, so no registry is needed), then runs tests/pack/smoke.mjs there. Prints the
// tarball's size. Needs build/wasm-node and build/wasm-nodelib (sh scripts/build.sh wasm).
//
//   node tests/pack/run.mjs [--keep]     (--keep: leave the temp dirs and print where)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const keep = process.argv.includes('--keep');

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    console.error(`pack: ${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-pack-'));
const consumer = path.join(work, 'consumer');
fs.mkdirSync(consumer);
// No npm cache or config of the developer's, and never the registry: a fresh cache dir and
// --offline make any attempt to fetch a package fail instead of silently downloading.
const env = { ...process.env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_audit: 'false',
  npm_config_fund: 'false', npm_config_update_notifier: 'false' };
// The CLI and the API honour these to use another build: a consumer must get the packaged one.
delete env.GORT_WASM_NODE;
delete env.GORT_NODELIB;

const [info] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, env }));
const tarball = path.join(work, info.filename);
const names = info.files.map((f) => f.path);
const bad = names.filter((n) => /^(engine|tests|scripts|examples|bench|docs|web\/app|web\/dist)\//.test(n));
for (const need of ['web/node/index.mjs', 'web/node/index.d.ts', 'web/node/cli.mjs', 'build/package.json',
  'build/wasm-node/gort.js', 'build/wasm-node/gort.wasm', 'build/wasm-nodelib/gort.cjs', 'build/wasm-nodelib/gort.wasm']) {
  if (!names.includes(need)) bad.push(`missing ${need}`);
}
if (bad.length) {
  console.error(`pack: unexpected tarball contents: ${bad.join(', ')}`);
  process.exit(1);
}
const mb = (n) => `${(n / 1048576).toFixed(2)} MiB`;
console.log(`pack: ${info.filename}: ${mb(info.size)} packed, ${mb(info.unpackedSize)} unpacked, ${info.entryCount} files`);

fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: consumer, env });
const smoke = spawnSync(process.execPath, [path.join(here, 'smoke.mjs'), consumer], { stdio: 'inherit', env });
if (keep) console.log(`pack: kept ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
process.exit(smoke.status ?? 1);
