#!/usr/bin/env node
// bench/page_timing.mjs — the playground's start-up as a person meets it (issue 9's page rows):
// headless Chromium (tests/browser/harness.mjs: scripts/serve.mjs on localhost, a fresh profile,
// so a cold HTTP cache) opens web/dist; reports, per fresh page, the time from navigation to the
// Run button being enabled, the bytes transferred until then (encoded: what went over the
// wire), and — after a pause, as a person reads the page before pressing Run — the time from
// pressing Run to the first output line of a program that prints at once.
//
//   node bench/page_timing.mjs [-n PAGES] [--pause MS]
//
// Times are the page's own performance.now() (navigation start = 0; Run = the run record's
// startedAt, first output = its first event's arrival), so the harness's polling adds nothing.
import { startServer, launch, waitFor, setSource, pressRun, waitExit } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = opt('-n', 3);
const pause = opt('--pause', 1000);
const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const server = await startServer();
const rows = [];
try {
  for (let i = 0; i < N; i++) {
    const b = await launch();
    try {
      let bytes = 0;
      let enabledBytes = null;
      b.page.on('requestfinished', async (req) => {
        const s = await req.sizes().catch(() => null);
        if (s) bytes += s.responseBodySize + s.responseHeadersSize;
      });
      // The moment #run loses `disabled`, on the page's clock.
      await b.page.addInitScript(() => {
        const watch = () => {
          const run = document.getElementById('run');
          if (!run) return false;
          const check = () => { if (!run.disabled && window.__runEnabledAt === undefined) window.__runEnabledAt = performance.now(); };
          new MutationObserver(check).observe(run, { attributes: true, attributeFilter: ['disabled'] });
          check();
          return true;
        };
        if (!watch()) document.addEventListener('DOMContentLoaded', watch);
      });
      await b.page.goto(server.url, { waitUntil: 'commit', timeout: 60000 });
      const enabledAt = await waitFor(b.page, () => window.__runEnabledAt, null, { timeout: 60000, what: 'Run to be enabled' });
      enabledBytes = bytes;
      // Where the time went: the page's script until the engine is asked for (Monaco's bundle
      // parsed and run), then the engine's module, compile and thread pool until ready.
      const marks = await b.page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
        .filter((m) => m.name.startsWith('gort:')).map((m) => [m.name.slice(5), m.startTime])));
      await waitFor(b.page, () => window.__gort?.loaded, null, { timeout: 60000, what: 'the playground to load' });
      await setSource(b.page, hello);
      await new Promise((r) => setTimeout(r, pause));
      const k = await pressRun(b.page);
      const run = await waitExit(b.page, k);
      const first = run.events.find((e) => e.text && e.text.length);
      // A second Run of the same program: what the first one paid for once (V8 compiling the
      // engine's functions on first use, the compiler's first allocations) shows as the difference.
      await new Promise((r) => setTimeout(r, pause));
      const run2 = await waitExit(b.page, await pressRun(b.page));
      const first2 = run2.events.find((e) => e.text && e.text.length);
      const row = { prepareMs: marks.prepare ?? NaN, readyMs: marks.ready ?? NaN, enabledMs: enabledAt, firstOutputMs: first ? first.at - run.startedAt : NaN, secondOutputMs: first2 ? first2.at - run2.startedAt : NaN, exitMs: run.exitAt - run.startedAt, kB: enabledBytes / 1024 };
      rows.push(row);
      console.log(`page ${i + 1}: Run enabled ${row.enabledMs.toFixed(0)} ms after navigation (engine asked for at ${row.prepareMs.toFixed(0)} ms, ready at ${row.readyMs.toFixed(0)} ms; ${row.kB.toFixed(0)} kB transferred), first output ${row.firstOutputMs.toFixed(0)} ms after Run (second Run: ${row.secondOutputMs.toFixed(0)} ms), exit ${row.exitMs.toFixed(0)} ms`);
    } finally {
      await b.close();
    }
  }
} finally {
  server.close();
}
console.log(`median of ${rows.length}: Run enabled ${median(rows.map((r) => r.enabledMs)).toFixed(0)} ms, first output ${median(rows.map((r) => r.firstOutputMs)).toFixed(0)} ms after Run (second Run ${median(rows.map((r) => r.secondOutputMs)).toFixed(0)} ms), ${median(rows.map((r) => r.kB)).toFixed(0)} kB before Run`);
