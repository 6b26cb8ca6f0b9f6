#!/usr/bin/env node
// web/app/build.mjs — builds the playground into web/dist/, one static folder any host can serve
// (it needs COOP same-origin + COEP require-corp for the pthreads build; see README.md).
// Bundles with esbuild, split: main.js (the page, xterm.js + fit: what the first Run needs) and
// editor-monaco.js + .css (slim Monaco: Go language + editor worker only), which main.js imports
// lazily (lazy-editor.js) once the page is usable,
// copies the engine's Emscripten output unbundled (gort.mjs finds its .wasm/.worker.js by its own
// URL), generates examples.json from examples/ (order.txt first, then the rest by name), and adds
// coi-serviceworker for hosts that cannot send the headers. Also builds the embeddable element
// (web/element → gort-playground.js) and its demonstration page (demo/), and writes a .br and .gz
// beside every compressible file so scripts/serve.mjs (or any static host) can send them as is.
// Usage: node web/app/build.mjs [--out DIR] [--wasm-pt DIR] [--wasm-st DIR]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? path.resolve(process.argv[i + 1]) : def; };
const out = arg('--out', path.join(repo, 'web/dist'));
const wasmDirs = { 'wasm-pt': arg('--wasm-pt', path.join(repo, 'build/wasm-pt')), 'wasm-st': arg('--wasm-st', path.join(repo, 'build/wasm-st')) };

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

await esbuild.build({
  entryPoints: [path.join(here, 'main.js'), path.join(here, 'boot.js')], bundle: true, minify: true, format: 'esm',
  loader: { '.ttf': 'file' }, outdir: out, logLevel: 'warning',
  // The engine module is loaded by URL at run time, never bundled; the Monaco chunk is its own
  // build (below), so neither its script nor its CSS ends up in main.js / main.css.
  external: ['./wasm-pt/*', './wasm-st/*', './editor-monaco.js'],
});
await esbuild.build({
  entryPoints: [path.join(here, 'editor-monaco.js')], bundle: true, minify: true, format: 'esm',
  loader: { '.ttf': 'file' }, outdir: out, logLevel: 'warning',
});
await esbuild.build({
  entryPoints: [path.join(repo, 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js')],
  bundle: true, minify: true, format: 'iife', outfile: path.join(out, 'editor.worker.js'), logLevel: 'warning',
});
// The embeddable <gort-playground> element: one small module, no Monaco, no xterm.js.
await esbuild.build({
  entryPoints: [path.join(repo, 'web/element/gort-playground.js')], bundle: true, minify: true, format: 'esm',
  outfile: path.join(out, 'gort-playground.js'), logLevel: 'warning', external: ['./wasm-pt/*', './wasm-st/*'],
});
fs.cpSync(path.join(repo, 'web/element/demo'), path.join(out, 'demo'), { recursive: true });
for (const f of ['index.html', 'style.css', 'st-worker.js']) fs.copyFileSync(path.join(here, f), path.join(out, f));
fs.copyFileSync(path.join(repo, 'node_modules/coi-serviceworker/coi-serviceworker.min.js'), path.join(out, 'coi-serviceworker.js'));

// Engine builds: copied as they are. A missing one is reported, not fatal: the page says so.
const engines = {};
for (const [name, dir] of Object.entries(wasmDirs)) {
  const files = ['gort.mjs', 'gort.wasm', 'gort.worker.js'].filter((f) => fs.existsSync(path.join(dir, f)));
  if (!files.includes('gort.mjs') || !files.includes('gort.wasm')) { console.error(`web: no ${name} engine in ${dir} — the page will say so`); continue; }
  fs.mkdirSync(path.join(out, name));
  for (const f of files) fs.copyFileSync(path.join(dir, f), path.join(out, name, f));
  engines[name] = true;
}

// Examples: the order file lists the seed's programs first; any others follow by name.
const exDir = path.join(repo, 'examples');
const all = fs.readdirSync(exDir).filter((f) => f.endsWith('.go'));
const ordered = fs.existsSync(path.join(exDir, 'order.txt'))
  ? fs.readFileSync(path.join(exDir, 'order.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && all.includes(l))
  : [];
const names = [...ordered, ...all.filter((f) => !ordered.includes(f)).sort()];
const examples = names.map((f) => ({ name: f.replace(/\.go$/, ''), file: f, source: fs.readFileSync(path.join(exDir, f), 'utf8') }));
fs.writeFileSync(path.join(out, 'examples.json'), JSON.stringify({ examples, engines }));
// Precompressed copies: brotli (best ratio) and gzip (every client), for files worth it.
const compressible = /\.(js|mjs|css|html|json|wasm|svg|ttf|go|txt)$/;
let raw = 0, br = 0;
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
for (const f of walk(out)) {
  if (!compressible.test(f)) continue;
  const data = fs.readFileSync(f);
  if (data.length < 1024) continue;
  // Quality 11 is slow on multi-megabyte files (Monaco, the wasm): 9 is within a few % of it.
  const quality = data.length > 1 << 20 ? 9 : 11;
  const b = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  fs.writeFileSync(`${f}.br`, b);
  fs.writeFileSync(`${f}.gz`, zlib.gzipSync(data, { level: 9 }));
  raw += data.length; br += b.length;
}
console.log(`web: precompressed ${(raw / 1e6).toFixed(1)} MB → ${(br / 1e6).toFixed(1)} MB brotli`);
console.log(`web: built ${path.relative(repo, out) || out} (${examples.length} examples; engines: ${Object.keys(engines).join(', ') || 'none'})`);
