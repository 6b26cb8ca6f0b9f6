// tests/browser/memory.test.mjs — issue 6's page acceptance for memory: in one page, a memory
// bomb, then a goroutine bomb (both end with Go's out-of-memory fatal error and gort's line
// naming the 4 GiB limit), then a program allocating 200 MB in 1 MB pieces runs to its end as on
// a fresh page (the page replaces a worn engine module: web/app/engine.js recycleIfWorn). Then a
// 256 MiB []byte and 1 GiB live, which the page must hold. Needs web/dist (npm run build).
// No timing assertions: the bounds below only keep a hung page from hanging the suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

const env = h.useBrowser();

const memoryBomb = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]byte\n\tfor i := 0; ; i++ {\n'
  + '\t\tkeep = append(keep, make([]byte, 64<<20))\n\t\tif i%8 == 0 {\n\t\t\tfmt.Println("allocated", (i+1)*64, "MB")\n\t\t}\n\t}\n}\n';
// Each goroutine keeps 16 KiB, so the 4 GiB fill up after some 250 000 goroutines (with empty
// goroutines it takes millions and minutes; tests/node/memory.test.mjs covers that one).
const goroutineBomb = 'package main\n\nfunc main() {\n\tfor {\n\t\tgo func() {\n\t\t\tb := make([]byte, 16<<10)\n\t\t\tb[0] = 1\n\t\t\tselect {}\n\t\t}()\n\t}\n}\n';
const pieces = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]byte\n\tfor i := 0; i < 200; i++ {\n'
  + '\t\tb := make([]byte, 1<<20)\n\t\tb[len(b)-1] = byte(i)\n\t\tkeep = append(keep, b)\n\t}\n'
  + '\tsum := 0\n\tfor _, b := range keep {\n\t\tsum += len(b)\n\t}\n\tfmt.Println("allocated", sum>>20, "MB in", len(keep), "pieces")\n}\n';
const quarterGiB = (k) => 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]byte\n'
  + `\tfor i := 0; i < ${k}; i++ {\n\t\tb := make([]byte, 256<<20)\n\t\tb[0] = 1\n\t\tfor n := 1; n < len(b); n *= 2 {\n\t\t\tcopy(b[n:], b[:n])\n\t\t}\n\t\tkeep = append(keep, b)\n\t}\n`
  + '\tn := 0\n\tfor _, b := range keep {\n\t\tn += len(b) >> 20\n\t}\n\tfmt.Println(n, "MiB live")\n}\n';

async function runSource(page, source) {
  await h.setSource(page, source);
  // Bombs take a while to fill 4 GiB: the bound only keeps a hung page from hanging the suite.
  const r = await h.runProgram(page, {}, 300000);
  await h.waitFor(page, () => !document.getElementById('run').disabled, null, { timeout: 60000, what: 'Run to be enabled again' });
  return r;
}

test('page: memory bomb, goroutine bomb, then 200 × 1 MB runs to its end', async () => {
  const page = await env.page();
  try {
    let r = await runSource(page, memoryBomb);
    assert.equal(r.run.exit, 2, r.lines.slice(-6).join('\n'));
    assert.ok(r.lines.includes('fatal error: runtime: out of memory'), r.lines.slice(-6).join('\n'));
    assert.ok(r.lines.some((l) => l.startsWith('gort: a program may use at most 4 GiB')), r.lines.slice(-6).join('\n'));
    const mbs = r.lines.map((l) => /^allocated (\d+) MB$/.exec(l)).filter(Boolean).map((m) => Number(m[1]));
    console.log(`# memory bomb: ${mbs.at(-1)} MB allocated before out of memory`);
    assert.ok(mbs.at(-1) >= 1024, `only ${mbs.at(-1)} MB`);

    r = await runSource(page, goroutineBomb);
    assert.equal(r.run.exit, 2, r.lines.slice(-6).join('\n'));
    assert.ok(r.lines.includes('fatal error: runtime: out of memory'), r.lines.slice(-6).join('\n'));

    r = await runSource(page, pieces);
    assert.equal(r.run.exit, 0, r.lines.slice(-6).join('\n'));
    assert.deepEqual(r.lines.slice(-3), ['allocated 200 MB in 200 pieces', '', 'Program exited.']);
  } finally { await page.close(); }
});

test('page: a 256 MiB []byte, then 1 GiB live (4 × 256 MiB)', async () => {
  const page = await env.page();
  try {
    let r = await runSource(page, quarterGiB(1));
    assert.deepEqual(r.lines.slice(-3), ['256 MiB live', '', 'Program exited.']);
    r = await runSource(page, quarterGiB(4));
    assert.deepEqual(r.lines.slice(-3), ['1024 MiB live', '', 'Program exited.']);
  } finally { await page.close(); }
});
