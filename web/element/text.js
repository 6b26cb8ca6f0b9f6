// web/element/text.js — the element's text rules, kept apart from the DOM so Node can test them:
// how a program written inside HTML becomes source (dedent), and when a run's output counts as
// the `expected-output` of an exercise.

/** Removes leading/trailing blank lines and the indentation every line shares (HTML indentation). */
export function dedent(text) {
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines.at(-1).trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[\t ]*/.exec(l)[0]);
  let common = indents[0] || '';
  for (const ind of indents) while (!ind.startsWith(common)) common = common.slice(0, -1);
  if (common) lines = lines.map((l) => l.slice(Math.min(common.length, /^[\t ]*/.exec(l)[0].length)));
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Output as compared: line endings, blanks at line ends, and blank lines around do not count. */
export const normalizeOutput = (s) => dedent(s).replace(/[ \t]+$/gm, '').replace(/\n+$/, '');

export const sameOutput = (got, expected) => normalizeOutput(got) === normalizeOutput(expected);
