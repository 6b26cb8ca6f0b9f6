// web/app/outcome.js — what the status line (the page's aria-live region, what a screen reader
// announces) says when a run ends: not "ready", but what happened — exited, exit status, panic,
// deadlock, build failure, stopped, engine crash — from the run's exit code and stderr.

/** @param {{exit:number, how:string, stopped:boolean, stderr:string, diags:Array}} r */
export function describeOutcome(r) {
  if (r.stopped || r.how === 'killed') return 'Stopped.';
  if (r.how === 'crashed') return 'The engine crashed (a gort bug); a fresh engine is ready.';
  if (r.diags?.length) {
    const d = r.diags[0];
    const n = r.diags.length;
    return `Build failed: ${n} error${n === 1 ? '' : 's'}; first at line ${d.line}, column ${d.col}: ${d.msg}`;
  }
  if (r.exit === 0) return 'Program exited.';
  const err = r.stderr || '';
  if (/fatal error: all goroutines are asleep - deadlock!/.test(err)) return `Deadlock: all goroutines are asleep (exit status ${r.exit}).`;
  const panic = /^panic: (.*)$/m.exec(err);
  if (panic) return `Panic: ${panic[1].replace(/ \[recovered\]$/, '')} (exit status ${r.exit}).`;
  const fatal = /^fatal error: (.*)$/m.exec(err);
  if (fatal) return `Fatal error: ${fatal[1]} (exit status ${r.exit}).`;
  if (r.exit === 124) return 'Program exited: a limit was reached (exit status 124).';
  return `Program exited with status ${r.exit}.`;
}
