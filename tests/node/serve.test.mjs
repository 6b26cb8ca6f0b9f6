// tests/node/serve.test.mjs — scripts/serve.mjs, the server behind `npm start` and the browser
// tests: what it sends for a file (type, the isolation headers, a precompressed body when the
// client accepts it), and that odd request paths get an answer instead of ending the server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { root } from './helpers.mjs';

let dir, child, port;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-serve-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><p>hi</p>');
  fs.writeFileSync(path.join(dir, 'app.js'), 'console.log(1)\n');
  fs.writeFileSync(path.join(dir, 'app.js.br'), zlib.brotliCompressSync('console.log(1)\n'));
  child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), dir, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => { const m = /127\.0\.0\.1:(\d+)/.exec(String(d)); if (m) resolve(Number(m[1])); });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
});
after(() => { child?.kill(); fs.rmSync(dir, { recursive: true, force: true }); });

/** GET rawPath (sent as written, not normalized) → {status, headers, body}. */
function get(rawPath, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a file is sent with its type and the headers a pthreads page needs', async () => {
  const r = await get('/app.js');
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/javascript');
  assert.equal(r.headers['cross-origin-opener-policy'], 'same-origin');
  assert.equal(r.headers['cross-origin-embedder-policy'], 'require-corp');
  assert.equal(r.body.toString(), 'console.log(1)\n');
  assert.equal(r.headers['content-encoding'], undefined);
});

test('the precompressed body is sent to a client that accepts brotli', async () => {
  const r = await get('/app.js', { 'accept-encoding': 'gzip, br' });
  assert.equal(r.headers['content-encoding'], 'br');
  assert.equal(zlib.brotliDecompressSync(r.body).toString(), 'console.log(1)\n');
});

test('a folder serves its index.html; a missing file is a 404', async () => {
  assert.match((await get('/')).body.toString(), /<p>hi<\/p>/);
  assert.equal((await get('/nope.js')).status, 404);
});

test('odd paths are answered and the server keeps serving', async () => {
  // '//' once ended the server: new URL('//', base) reads it as a host-relative URL with no host.
  assert.equal((await get('//')).status, 200);
  assert.equal((await get('//app.js')).status, 200);
  assert.equal((await get('/%E0%A4%A')).status, 400);          // malformed escape
  // Paths that climb out of the root resolve inside it (and are not found there).
  for (const p of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
    const r = await get(p);
    assert.ok(r.status === 403 || r.status === 404, `${p}: ${r.status}`);
  }
  assert.equal((await get('/app.js')).status, 200);
});
