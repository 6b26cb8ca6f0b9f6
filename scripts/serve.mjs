#!/usr/bin/env node
// scripts/serve.mjs — a dependency-free static server for 127.0.0.1 that sends the headers a
// pthreads (SharedArrayBuffer) page needs: COOP same-origin + COEP require-corp. --no-coi serves
// without them (as GitHub Pages or Read the Docs would: the page then uses the single-threaded
// engine). When the client accepts it and the build wrote one (web/app/build.mjs), FILE.br or
// FILE.gz is sent with Content-Encoding instead of FILE.
// Usage: node scripts/serve.mjs ROOT [PORT] [--no-coi]      (PORT also from $PORT; default 8080)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const root = path.resolve(args[0] || '.');
const port = Number(args[1] || process.env.PORT || 8080);
const coi = !process.argv.includes('--no-coi');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.map': 'application/json',
  '.go': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};
if (!fs.existsSync(root)) {
  console.error(`serve: ${root} does not exist (build the playground first: npm run build)`);
  process.exit(1);
}
const server = http.createServer((req, res) => {
  // The path alone, resolved against a fixed origin: a request line of '//' or '//host/x' is a
  // path here, not a URL of its own, and a malformed %-escape is the client's error (400), not
  // an exception that ends the server.
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(`http://x${req.url.startsWith('/') ? req.url : `/${req.url}`}`).pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
    return;
  }
  let p = path.normalize(path.join(root, pathname));
  if (p !== root && !p.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
  const accept = String(req.headers['accept-encoding'] || '');
  const enc = [['br', '.br'], ['gzip', '.gz']].find(([name, ext]) => new RegExp(`\\b${name}\\b`).test(accept) && fs.existsSync(p + ext));
  fs.readFile(enc ? p + enc[1] : p, (err, data) => {
    if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    const h = { 'Content-Type': types[path.extname(p)] || 'application/octet-stream', 'Content-Length': data.length,
      'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
    if (enc) h['Content-Encoding'] = enc[0];
    if (coi) {
      h['Cross-Origin-Opener-Policy'] = 'same-origin';
      h['Cross-Origin-Embedder-Policy'] = 'require-corp';
      h['Cross-Origin-Resource-Policy'] = 'same-origin';
    }
    res.writeHead(200, h).end(data);
  });
});
// Port 0 picks a free port: the line printed names the one bound.
server.listen(port, '127.0.0.1', () => console.log(`gort playground: http://127.0.0.1:${server.address().port}/ (serving ${root}${coi ? ', cross-origin isolated' : ''})`));
