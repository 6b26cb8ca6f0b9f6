// web/app/vet.js — go vet on the page (the engine's gort_vet export: lang/vet). Findings are
// editor warnings (their own marker owner, so compile-error markers and vet markers never
// clear each other; lazy-editor.js keeps them until Monaco is in), refreshed while typing; on
// Run they are also printed in the terminal before the program's output, as the Go playground
// does ("./prog.go:L:C: msg", then "Go vet exited."), and the program runs anyway.

export function createVet({ engine, source, term }) {
  const OWNER = 'gort-vet';

  function setMarkers(findings) {
    source.setMarkers(OWNER, findings.map((f) => ({ severity: 'warning', line: f.line, col: f.col, msg: f.msg, source: `go vet (${f.analyzer})` })));
  }

  // Findings for the source now in the editor ([] when it does not compile or the engine
  // build has no vet), shown as markers.
  function update(options) {
    const findings = engine.vet(source.getValue(), options) || [];
    setMarkers(findings);
    return findings;
  }

  // Before a run: markers, and the Go playground's vet block in the terminal.
  function beforeRun(options) {
    const findings = update(options);
    if (findings.length) {
      for (const f of findings) term.write(`\x1b[33m./prog.go:${f.line}:${f.col}: ${f.msg}\x1b[0m\n`);
      term.write('\x1b[2mGo vet exited.\x1b[0m\n\n');
    }
    return findings;
  }

  return { update, beforeRun, clear: () => setMarkers([]) };
}
