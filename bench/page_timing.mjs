#!/usr/bin/env node
// bench/page_timing.mjs — the playground's start-up as a person meets it (issue 9's page rows):
// headless Chromium (tests/browser/harness.mjs: scripts/serve.mjs on localhost, a fresh profile,
// so a cold HTTP cache) opens web/dist; reports, per fresh page, the time from navigation to the
// Run button being enabled, the bytes transferred until then (encoded: what went over the
// wire, i.e. the .br files serve.mjs sends; per file with --files), and the time from pressing
// Run to the first output line of a program that prints at once: by default after the page has
// fully loaded (Monaco in) and a pause, as a person reads the page before pressing Run; with
// --at-once, pressed the moment Run is enabled (while the Monaco chunk may still be loading).
//
//   node bench/page_timing.mjs [-n PAGES] [--pause MS] [--at-once] [--files] [--dist DIR]... [--json FILE]
//
// Each page gets a fresh browser (a fresh profile: the HTTP cache is cold), which is given
// --settle MS (default 1000) on about:blank before the navigation: a person's browser is running
// before they open the page. With --settle 0 the browser's own start-up (on 2 cores, ~300 ms of
// the new renderer's work before the page's first script runs) is in the figures.
//
// --json FILE writes each build's medians there (bench/run.mjs reads them for its table).
//
// Several --dist folders (e.g. a build of main and one of a branch) are measured interleaved,
// page by page in alternating order, so a machine whose load drifts treats them alike; each gets
// its own medians. Default: $GORT_WEB_DIST or web/dist.
//
// Times are the page's own performance.now() (navigation start = 0; Run = the run record's
// startedAt, first output = its first event's arrival), so the harness's polling adds nothing.
// The page's gort:* performance marks split start-up (after the HTML's arrival): boot (boot.js starts the engine), main
// (main.js's own code starts), prepare (the engine asked for), ready (engine ready), warm (its
// silent warm-up run ended: a Run pressed earlier waits for it), usable (the
// program is shown), editor-load / editor (the Monaco chunk asked for / swapped in).
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, waitFor, setSource, pressRun, waitExit, distDir } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = opt('-n', 3);
const pause = opt('--pause', 1000);
const settle = opt('--settle', 1000);
const atOnce = args.includes('--at-once');
const files = args.includes('--files');
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : null;
const dists = args.flatMap((a, i) => (a === '--dist' ? [path.resolve(args[i + 1])] : []));
if (!dists.length) dists.push(distDir);
const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n';

const median = (xs) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');

async function onePage(url) {
  const b = await launch();
  try {
    // A person's browser is already running when they open the page: the fresh browser's own
    // start-up (its processes, the profile written, the network service) is let finish before the
    // navigation is timed (--settle MS; 0 navigates at once). The HTTP cache is still cold.
    if (settle > 0) { await b.page.goto('about:blank'); await new Promise((r) => setTimeout(r, settle)); }
    const done = [];   // {url, bytes, at}: finished requests, encoded body + headers
    let enabled = false;
    b.page.on('requestfinished', async (req) => {
      const before = !enabled;
      const s = await req.sizes().catch(() => null);
      if (s && before) done.push({ url: new URL(req.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize });
    });
    // The moment #run loses `disabled`, on the page's clock. With --at-once the page itself then
    // puts the program in its editor (the fallback or Monaco) and clicks Run, as soon as the page
    // takes a program (builds without `usable` enabled Run a moment before their program was
    // loaded, when a click did nothing: there it waits for `loaded`) — no round trip to this
    // process, which on a loaded machine takes seconds.
    await b.page.addInitScript(({ atOnce, hello }) => {
      const runAtOnce = () => {
        const g = window.__gort;
        if (!(g?.usable || g?.loaded) || document.getElementById('run').disabled) { setTimeout(runAtOnce, 5); return; }
        g.editor.setValue(hello);
        document.getElementById('run').click();
      };
      const watch = () => {
        const run = document.getElementById('run');
        if (!run) return false;
        const check = () => {
          if (run.disabled || window.__runEnabledAt !== undefined) return;
          window.__runEnabledAt = performance.now();
          if (atOnce) runAtOnce();
        };
        new MutationObserver(check).observe(run, { attributes: true, attributeFilter: ['disabled'] });
        check();
        return true;
      };
      if (!watch()) document.addEventListener('DOMContentLoaded', watch);
    }, { atOnce, hello });
    await b.page.goto(url, { waitUntil: 'commit', timeout: 60000 });
    const enabledAt = await waitFor(b.page, () => window.__runEnabledAt, null, { timeout: 60000, what: 'Run to be enabled' });
    enabled = true;
    await new Promise((r) => setTimeout(r, 100));   // let the sizes of requests finished by then arrive
    // This process hears of a finished request a little late: drop what the page's own Resource
    // Timing says ended after Run was enabled (the pthread Workers' own fetches are not in it:
    // they all end before the engine is ready, so before Run is enabled).
    const late = await b.page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.responseEnd > window.__runEnabledAt).map((e) => new URL(e.name).pathname));
    for (const u of late) { const i = done.findLastIndex((x) => x.url === u); if (i >= 0) done.splice(i, 1); }
    const bytes = done.reduce((s, x) => s + x.bytes, 0);
    let run = null;
    if (atOnce) {
      await waitFor(b.page, () => window.__gort?.runs?.length > 0, null, { timeout: 60000, what: 'the page to press Run' });
      run = await waitExit(b.page, 0);
    }
    await waitFor(b.page, () => window.__gort?.loaded, null, { timeout: 60000, what: 'the playground to load' });
    const marks = await b.page.evaluate(() => ({ html: performance.getEntriesByType('navigation')[0]?.responseEnd,
      ...Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('gort:')).map((m) => [m.name.slice(5), m.startTime])) }));
    if (!run) {
      await setSource(b.page, hello);
      await new Promise((r) => setTimeout(r, pause));
      run = await waitExit(b.page, await pressRun(b.page));
    }
    const first = run.events.find((e) => e.text && e.text.length);
    // A second Run of the same program: what the first one paid for once (V8 compiling the
    // engine's functions on first use, the compiler's first allocations) shows as the difference.
    await new Promise((r) => setTimeout(r, pause));
    const run2 = await waitExit(b.page, await pressRun(b.page));
    const first2 = run2.events.find((e) => e.text && e.text.length);
    return { marks, enabledMs: enabledAt, runAt: run.startedAt, firstOutputMs: first ? first.at - run.startedAt : NaN,
      secondOutputMs: first2 ? first2.at - run2.startedAt : NaN, exitMs: run.exitAt - run.startedAt, kB: bytes / 1024, requests: done };
  } finally {
    await b.close();
  }
}

const servers = [];
const rows = dists.map(() => []);
try {
  for (const d of dists) servers.push(await startServer(d));
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${N} pages per build${atOnce ? ', Run pressed as soon as it is enabled' : `, Run pressed ${pause} ms after the page has fully loaded`}`);
  for (let i = 0; i < N; i++) {
    // Alternate which build goes first, so neither always meets the machine in the same state.
    const order = dists.map((_, j) => j);
    if (i % 2) order.reverse();
    for (const j of order) {
      const row = await onePage(servers[j].url);
      rows[j].push(row);
      const m = row.marks;
      console.log(`${dists.length > 1 ? `[${path.relative(process.cwd(), dists[j]) || dists[j]}] ` : ''}page ${i + 1}: Run enabled ${f0(row.enabledMs)} ms after navigation ` +
        `(HTML in ${f0(m.html)}, boot ${f0(m.boot)}, main ${f0(m.main)}, engine asked for ${f0(m.prepare)}, ready ${f0(m.ready)}, warm ${f0(m.warm)}, program shown ${f0(m.usable)}; ` +
        `Monaco asked for ${f0(m['editor-load'])}, in ${f0(m.editor)}; ${row.kB.toFixed(0)} kB transferred in ${row.requests.length} requests), ` +
        `first output ${f0(row.firstOutputMs)} ms after Run${atOnce ? ` (pressed at ${f0(row.runAt)} ms: output ${f0(row.runAt + row.firstOutputMs)} ms after navigation)` : ''} (second Run: ${f0(row.secondOutputMs)} ms), exit ${f0(row.exitMs)} ms`);
      if (files) {
        const by = new Map();
        for (const x of row.requests) { const e = by.get(x.url) || { bytes: 0, n: 0 }; e.bytes += x.bytes; e.n++; by.set(x.url, e); }
        for (const [u, e] of [...by].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`    ${u} ${(e.bytes / 1024).toFixed(1)} kB ×${e.n}`);
      }
    }
  }
} finally {
  for (const s of servers) s.close();
}
for (const [j, d] of dists.entries()) {
  const r = rows[j];
  const med = (f) => f0(median(r.map(f)));
  console.log(`${dists.length > 1 ? `[${path.relative(process.cwd(), d) || d}] ` : ''}median of ${r.length}: Run enabled ${med((x) => x.enabledMs)} ms ` +
    `(engine ready ${med((x) => x.marks.ready)} ms, warmed up ${med((x) => x.marks.warm)} ms, program shown ${med((x) => x.marks.usable)} ms, Monaco in ${med((x) => x.marks.editor)} ms), ` +
    `first output ${med((x) => x.firstOutputMs)} ms after Run${atOnce ? ` pressed at once (${med((x) => x.runAt + x.firstOutputMs)} ms after navigation)` : ''} (second Run ${med((x) => x.secondOutputMs)} ms), ` +
    `${med((x) => x.kB)} kB before Run`);
}
console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (jsonFile) {
  const fs = await import('node:fs');
  fs.writeFileSync(jsonFile, JSON.stringify(dists.map((d, j) => {
    const r = rows[j];
    const med = (f) => median(r.map(f));
    return { dist: d, pages: r.length, atOnce, enabledMs: med((x) => x.enabledMs), readyMs: med((x) => x.marks.ready),
      firstOutputMs: med((x) => x.firstOutputMs), secondOutputMs: med((x) => x.secondOutputMs), kB: med((x) => x.kB),
      requests: med((x) => x.requests.length) };
  })));
}
