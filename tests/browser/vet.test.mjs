// tests/browser/vet.test.mjs — go vet on the page (web/app/vet.js): findings are Monaco
// warnings while typing, and on Run the Go playground's block ("./prog.go:L:C: msg",
// "Go vet exited.") comes before the program's output — which still runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

const env = h.useBrowser();

const SRC = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n\tx = x\n\tfmt.Printf("%d\\n", "two")\n\tfmt.Println("still runs", x)\n}\n';

test('vet findings: warning markers, then printed before the output on Run', async () => {
  const page = await env.browser.ctx.newPage();
  try {
    await h.openPlayground(page, env.server.url);
    await h.setSource(page, SRC);
    const r = await h.runProgram(page);
    assert.deepEqual(r.lines.slice(0, 4), [
      './prog.go:7:2: self-assignment of x to x',
      './prog.go:8:2: fmt.Printf format %d has arg "two" of wrong type string',
      'Go vet exited.',
      '',
    ]);
    assert.ok(r.lines.includes('still runs 1'), r.lines.join('\n'));
    assert.equal(r.lines.at(-1), 'Program exited.');
    const markers = await h.evalBounded(page, () => {
      const g = window.__gort;
      return g.monaco.editor.getModelMarkers({ owner: 'gort-vet' })
        .map((m) => [m.startLineNumber, m.startColumn, m.severity === g.monaco.MarkerSeverity.Warning, m.message]);
    });
    assert.deepEqual(markers, [
      [7, 2, true, 'self-assignment of x to x'],
      [8, 2, true, 'fmt.Printf format %d has arg "two" of wrong type string'],
    ]);
    // A clean program: no block, no markers.
    await h.setSource(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("clean")\n}\n');
    const c = await h.runProgram(page);
    assert.deepEqual(c.lines.filter(Boolean), ['clean', 'Program exited.']);
    assert.equal(await h.evalBounded(page, () => window.__gort.monaco.editor.getModelMarkers({ owner: 'gort-vet' }).length), 0);
  } finally { await page.close(); }
});
