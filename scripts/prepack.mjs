#!/usr/bin/env node
// scripts/prepack.mjs — package.json "prepack": `npm pack`/`npm publish` must ship the built
// wasm artifacts (the consumer has no emcc or cmake and builds nothing), so refuse to pack when
// one of package.json's "files" is missing or older than the engine sources, instead of
// producing a tarball whose `npx gort` fails. It builds nothing itself: building needs the
// developer's toolchain (`sh scripts/build.sh wasm`), and prepack never runs on install.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const missing = pkg.files.filter((f) => !fs.existsSync(path.join(root, f)));
if (missing.length) {
  console.error(`prepack: missing ${missing.join(', ')}\nprepack: build them first: sh scripts/build.sh wasm`);
  process.exit(1);
}

// The newest engine source that goes into the wasm builds (not unit tests or fuzz targets), to
// catch a tarball built from stale wasm.
let newest = 0;
let newestFile = '';
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) { if (e.name !== 'fuzz') walk(p); }
    else if (/\.(cpp|h|go)$/.test(e.name) && !/_test\.cpp$/.test(e.name)) {
      const t = fs.statSync(p).mtimeMs;
      if (t > newest) { newest = t; newestFile = p; }
    }
  }
};
walk(path.join(root, 'engine'));
const stale = pkg.files.filter((f) => /\.(wasm)$/.test(f) && fs.statSync(path.join(root, f)).mtimeMs < newest);
if (stale.length && !process.env.GORT_PACK_STALE_OK) {
  console.error(`prepack: ${stale.join(', ')} older than ${path.relative(root, newestFile)}; rebuild: sh scripts/build.sh wasm` +
    '\n(GORT_PACK_STALE_OK=1 packs anyway)');
  process.exit(1);
}
