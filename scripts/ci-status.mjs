#!/usr/bin/env node
// scripts/ci-status.mjs — rewrites the generated part of docs/ci-status.md (between the
// `<!-- generated:begin -->` and `<!-- generated:end -->` markers) from what the last
// `npm test` left in build/ci/: summary.json (stage, status, seconds; scripts/test.mjs) and
// go-native.json / go-node.json (tests/go/run.mjs --json). The hand-written diagnoses around
// the markers are kept. Usage: node scripts/ci-status.mjs [--print]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ciDir = path.join(root, 'build/ci');
const doc = path.join(root, 'docs/ci-status.md');
const read = (f) => {
  const p = path.join(ciDir, f);
  return fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : null;
};

const out = [];
const summary = read('summary.json');
if (summary) {
  out.push(`Last run: ${summary.date} at commit \`${summary.commit}\`, ${summary.total_secs.toFixed(0)} s` +
    ` (${summary.full ? 'full `npm test`' : 'partial run; other stages from earlier runs'};` +
    ` ${summary.cores} cores, GORT_JOBS=${summary.jobs}).`, '');
  out.push('| stage | status | seconds | commit | note |', '| --- | --- | ---: | --- | --- |');
  for (const s of summary.stages) {
    out.push(`| ${s.name} | ${s.status} | ${s.secs.toFixed(1)} | ${s.commit || ''} | ${(s.note || '').replace(/\|/g, '\\|')} |`);
  }
  out.push('');
}

// Go corpus: one row per program, the hosts side by side.
const hosts = ['native', 'node'];
const byName = new Map();
for (const h of hosts) {
  for (const r of read(`go-${h}.json`) || []) {
    if (!byName.has(r.name)) byName.set(r.name, {});
    byName.get(r.name)[h] = r;
  }
}
if (byName.size) {
  const names = [...byName.keys()].sort();
  const pass = (h) => names.filter((n) => byName.get(n)[h]?.ok).length;
  const ran = (h) => names.filter((n) => byName.get(n)[h]).length;
  out.push(`Go corpus (tests/go): native ${pass('native')}/${ran('native')} pass, ` +
    `node ${pass('node')}/${ran('node')} pass.`, '');
  const failing = names.filter((n) => hosts.some((h) => byName.get(n)[h] && !byName.get(n)[h].ok));
  if (failing.length) {
    out.push('| program | native | node | first difference (- want + got) |', '| --- | --- | --- | --- |');
    const cell = (r) => (!r ? '—' : r.ok ? 'pass' : 'FAIL');
    for (const n of failing) {
      const row = byName.get(n);
      const first = (row.native && !row.native.ok ? row.native.first : row.node?.first) || '';
      const esc = first.replace(/\|/g, '\\|').replace(/`/g, "'");
      out.push(`| ${path.basename(n)} | ${cell(row.native)} | ${cell(row.node)} | \`${esc}\` |`);
    }
    out.push('');
  }
  const passing = names.filter((n) => !failing.includes(n));
  if (passing.length) out.push(`Passing on every host that ran: ${passing.map((n) => path.basename(n, '.go')).join(', ')}.`, '');
}

const block = out.join('\n');
if (process.argv.includes('--print')) { console.log(block); process.exit(0); }
const begin = '<!-- generated:begin -->'; const end = '<!-- generated:end -->';
let text = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : `# CI status\n\n${begin}\n${end}\n`;
if (!text.includes(begin)) text += `\n${begin}\n${end}\n`;
text = text.slice(0, text.indexOf(begin) + begin.length) +
  `\n<!-- node scripts/ci-status.mjs regenerates this part from build/ci/ -->\n${block}\n` + text.slice(text.indexOf(end));
fs.writeFileSync(doc, text);
console.log(`ci-status: wrote ${path.relative(root, doc)}`);
