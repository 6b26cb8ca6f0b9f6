// tests/fmt/run.mjs — `gort fmt` against real gofmt, byte for byte.
// For every .go file under tests/ and examples/, compares `build/native/gort fmt FILE` with
// `gofmt FILE` (stdout, or both failing on a syntax error), then does the same on N scrambled
// copies: a deterministic scrambler (seeded per file and copy) that changes indentation, the
// spaces between tokens (removed only where the tokens cannot merge), joins lines after "(" and
// ",", and breaks lines after ",". Usage: node tests/fmt/run.mjs [--copies N] [--filter S] [-v]
// Prints "N passed, N failed" last; exits 1 on any failure. No dependencies.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const copies = Number(opt('--copies', '3'));
const filter = opt('--filter', '');
const verbose = args.includes('-v');
const gort = process.env.GORT || path.join(root, 'build/native/gort');
const gofmt = process.env.GOFMT || 'gofmt';

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.go')) out.push(p);
  }
  return out;
}

function run(cmd, file) {
  try {
    return { ok: true, out: execFileSync(cmd, file, { encoding: 'latin1', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20000 }) };
  } catch (e) {
    return { ok: false, out: String(e.stdout || ''), err: String(e.stderr || ''), status: e.status };
  }
}

// ---- scrambler ----
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const OPS = ['<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', ':=', '+=', '-=',
  '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '&^'];
function tokenize(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    let j = i + 1, type = 'tok';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      while (j < src.length && ' \t\n\r'.includes(src[j])) j++;
      type = 'ws';
    } else if (c === '/' && src[i + 1] === '/') {
      while (j < src.length && src[j] !== '\n') j++;
      type = 'comment';
    } else if (c === '/' && src[i + 1] === '*') {
      j = src.indexOf('*/', i + 2); j = j < 0 ? src.length : j + 2;
      type = 'comment';
    } else if (c === '"' || c === "'") {
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      j++;
    } else if (c === '`') {
      j = src.indexOf('`', i + 1) + 1 || src.length;
    } else if (/[\w\u0080-\uffff]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] || ''))) {
      while (j < src.length && (/[\w\u0080-\uffff.]/.test(src[j]) ||
             ((src[j] === '+' || src[j] === '-') && /[eEpP]/.test(src[j - 1]) && /^[0-9.]/.test(src.slice(i, i + 1))))) j++;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (op) j = i + op.length;
    }
    toks.push({ type, text: src.slice(i, j) });
    i = j;
  }
  return toks;
}
const word = (ch) => /[\w\u0080-\uffff]/.test(ch);
const opch = (ch) => '+-*/%&|^<>=!:.~'.includes(ch);
function canTouch(a, b) {
  const l = a[a.length - 1], r = b[0];
  if (word(l) && word(r)) return false;
  if (opch(l) && opch(r)) return false;
  if ((/[0-9]/.test(l) && r === '.') || (l === '.' && /[0-9]/.test(r))) return false;
  return true;
}
function scramble(src, seed) {
  const rnd = mulberry32(seed);
  const toks = tokenize(src);
  const out = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.type !== 'ws') { out.push(t.text); continue; }
    const prev = toks[k - 1], next = toks[k + 1];
    if (!prev || !next) { out.push(t.text); continue; }
    const nl = (t.text.match(/\n/g) || []).length;
    const indent = () => ['', ' ', '  ', '\t', '\t\t', '   \t'][Math.floor(rnd() * 6)];
    if (nl > 0) {
      if (nl === 1 && prev.type === 'tok' && (prev.text === ',' || prev.text === '(') && next.type === 'tok' && rnd() < 0.3) {
        out.push(' ');
      } else {
        out.push('\n'.repeat(nl) + indent());
      }
      continue;
    }
    if (prev.type === 'tok' && prev.text === ',' && next.type !== 'comment' && rnd() < 0.15) {
      out.push('\n' + indent());
      continue;
    }
    const r = rnd();
    if (r < 0.35 && next.type !== 'comment' && prev.type !== 'comment' && canTouch(prev.text, next.text)) out.push('');
    else if (r < 0.6) out.push('  ');
    else if (r < 0.7) out.push('\t');
    else out.push(' ');
  }
  // tokens with no white space between them: sometimes add one
  return out.join('');
}

// ---- main ----
const files = [...walk(path.join(root, 'tests'), []), ...walk(path.join(root, 'examples'), [])]
  .filter((f) => f.includes(filter)).sort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gortfmt-'));
let passed = 0, failed = 0;
const failures = [];
function compare(file, label) {
  const g = run(gofmt, [file]);
  const m = run(gort, ['fmt', file]);
  const same = g.ok ? m.ok && m.out === g.out : !m.ok && m.status === 2;
  if (same) { passed++; return; }
  failed++;
  failures.push(label);
  if (verbose) {
    console.log(`FAIL ${label}`);
    const a = (g.ok ? g.out : g.err).split('\n'), b = (m.ok ? m.out : m.err).split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      if (a[i] !== b[i]) { console.log(`  line ${i + 1}\n  gofmt: ${JSON.stringify(a[i])}\n  gort:  ${JSON.stringify(b[i])}`); break; }
  }
}
for (const f of files) {
  const rel = path.relative(root, f);
  compare(f, rel);
  const src = fs.readFileSync(f, 'latin1');
  for (let c = 0; c < copies; c++) {
    let h = 2166136261;
    for (const ch of rel) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    const p = path.join(tmp, `c${c}_${path.basename(f)}`);
    fs.writeFileSync(p, scramble(src, (h ^ (c * 0x9E3779B9)) >>> 0), 'latin1');
    compare(p, `${rel} (scrambled #${c}: ${p})`);
  }
}
if (failures.length && !verbose) for (const l of failures) console.log(`FAIL ${l}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
