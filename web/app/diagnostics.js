// web/app/diagnostics.js — turns the engine's compile-error text (`prog.go:LINE:COL: message`, gc's
// format, on stderr before exit status 1) into {line, col, msg} for Monaco markers.
// Same rule as parseDiagnostics in web/node/index.mjs, kept here so the page bundles no Node code.
export function parseDiagnostics(stderr, filename = 'prog.go') {
  const out = [];
  const re = /^(?:\.\/)?([^\s:]+\.go):(\d+):(\d+): (.*)$/;
  for (const line of stderr.split('\n')) {
    const m = re.exec(line);
    if (m && m[1] === filename) out.push({ line: Number(m[2]), col: Number(m[3]), msg: m[4] });
  }
  return out;
}
