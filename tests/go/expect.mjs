// tests/go/expect.mjs — reads the expectations written in a Go test program (the conventions of
// tests/go/README.md, the same as engine/host/golden.h for `gort test`) and checks a run's
// output against them. Shared by the corpus runner (run.mjs) and the node:test suites.

const MARKERS = [
  ['Output:', 'output'], ['Unordered output:', 'unordered'], ['Stderr:', 'stderr'],
  ['Exit:', 'exit'], ['gort:', 'flags'], ['go: skip', 'goskip'], ['Stdin:', 'stdin'],
  ['Timeout:', 'timeout'],
];

function commentText(line) {
  const t = line.replace(/^[ \t]+/, '');
  if (!t.startsWith('//')) return null;
  let s = t.slice(2);
  if (s.startsWith(' ')) s = s.slice(1);
  return s.replace(/[ \t\r]+$/, '');
}

/** @returns {{hasOutput:boolean, unordered:boolean, output:string[], hasStderr:boolean,
 *   stderr:string[], exit:number, flags:string[], goSkip:string|null, stdin:string|null, timeout:number}} */
export function parseExpectation(source) {
  const e = { hasOutput: false, unordered: false, output: [], hasStderr: false, stderr: [],
    exit: 0, flags: [], goSkip: null, stdin: null, timeout: 30 };
  let block = null;
  let stdinLines = null;
  for (const line of source.split('\n')) {
    const text = commentText(line);
    if (text === null) { block = null; continue; }
    const m = MARKERS.find(([p]) => text.startsWith(p));
    if (!m) { if (block) block.push(text); continue; }
    const rest = text.slice(m[0].length).trim();
    block = null;
    switch (m[1]) {
      case 'output': case 'unordered':
        e.hasOutput = true; e.unordered = m[1] === 'unordered'; e.output = []; block = e.output; break;
      case 'stderr': e.hasStderr = true; block = e.stderr; break;
      case 'stdin': stdinLines = []; block = stdinLines; break;
      case 'exit': e.exit = Number(rest); break;
      case 'flags': e.flags.push(...rest.split(/\s+/).filter(Boolean)); break;
      case 'goskip': e.goSkip = rest || 'skip'; break;
      case 'timeout': e.timeout = Number(rest); break;
    }
    if (block && rest) block.push(rest);
  }
  while (e.output.length && e.output.at(-1) === '') e.output.pop();
  if (stdinLines) e.stdin = stdinLines.map((l) => l + '\n').join('');
  return e;
}

export function normalizeLines(text) {
  const lines = text.split('\n').map((l) => l.replace(/[ \t\r]+$/, ''));
  while (lines.length && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Line diff by longest common subsequence: '  ' same, '- ' expected only, '+ ' actual only. */
export function lineDiff(want, got) {
  const n = Math.min(want.length, 2000); const m = Math.min(got.length, 2000);
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = want[i] === got[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let out = ''; let i = 0; let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && want[i] === got[j]) { out += `  ${want[i]}\n`; i++; j++; }
    else if (j < m && (i === n || lcs[i][j + 1] > lcs[i + 1][j])) out += `+ ${got[j++]}\n`;
    else out += `- ${want[i++]}\n`;
  }
  return out;
}

/** '' if the run meets the expectation, else a report with a diff. */
export function checkOutput(e, stdout, stderr, exitCode) {
  let report = '';
  if (e.hasOutput) {
    const got = normalizeLines(stdout); const want = e.output;
    if (e.unordered) {
      const g = [...got].sort(); const w = [...want].sort();
      if (g.join('\n') !== w.join('\n')) report += `stdout differs (unordered; sorted lines, - want + got):\n${lineDiff(w, g)}`;
    } else if (got.join('\n') !== want.join('\n')) {
      report += `stdout differs (- want + got):\n${lineDiff(want, got)}`;
    }
  }
  if (e.hasStderr) {
    const lines = normalizeLines(stderr);
    let at = 0;
    for (const w of e.stderr) {
      while (at < lines.length && !lines[at].includes(w)) at++;
      if (at === lines.length) { report += `stderr lacks (in order): ${w}\n--- stderr was:\n${stderr}\n`; break; }
      at++;
    }
  }
  if (exitCode !== e.exit) {
    report += `exit status ${exitCode}, want ${e.exit}\n`;
    if (!e.hasStderr && stderr) report += `--- stderr was:\n${stderr}\n`;
  }
  return report;
}
