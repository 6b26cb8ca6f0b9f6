// tests/node/element_text.test.mjs — the <gort-playground> element's text rules (web/element/text.js)
// and its Go highlighter (web/element/highlight.js), which need no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, sameOutput } from '../../web/element/text.js';
import { highlightGo } from '../../web/element/highlight.js';

test('dedent: a program indented inside HTML becomes its source; tabs inside are kept', () => {
  const html = '\n    package main\n\n    func main() {\n    \tprintln(1)\n    }\n  ';
  assert.equal(dedent(html), 'package main\n\nfunc main() {\n\tprintln(1)\n}\n');
  assert.equal(dedent('package main\r\n\r\nfunc main() {}\r\n'), 'package main\n\nfunc main() {}\n');
  assert.equal(dedent('  \n \n'), '');
  // Mixed indentation: only what every line shares goes.
  assert.equal(dedent('\t\ta\n\tb\n'), '\ta\nb\n');
});

test('expected-output: trailing blanks and final newlines do not count; anything else does', () => {
  assert.ok(sameOutput('55\n', '55'));
  assert.ok(sameOutput('a  \nb\n\n', 'a\nb'));
  assert.ok(sameOutput('a\r\nb\r\n', 'a\nb\n'));
  assert.ok(!sameOutput('54\n', '55'));
  assert.ok(!sameOutput('55\n56\n', '55'));
  assert.ok(!sameOutput('', '55'));
});

test('highlightGo: tokens get classes, HTML is escaped, text is unchanged', () => {
  const src = 'package main\n\n// a <comment>\nfunc main() {\n\tx := 0xFF + 1.5e3\n\ts := "a\\"<b>" + `raw`\n\tif x < len(s) { println(\'c\', true) }\n}\n/* open';
  const html = highlightGo(src);
  const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  assert.equal(text, src);
  assert.match(html, /<span class="k">package<\/span>/);
  assert.match(html, /<span class="c">\/\/ a &lt;comment&gt;<\/span>/);
  assert.match(html, /<span class="n">0xFF<\/span> \+ <span class="n">1\.5e3<\/span>/);
  assert.match(html, /<span class="s">"a\\"&lt;b&gt;"<\/span>/);
  assert.match(html, /<span class="s">`raw`<\/span>/);
  assert.match(html, /<span class="f">len<\/span>/);
  assert.match(html, /<span class="c">\/\* open<\/span>$/);
  assert.doesNotMatch(html, /<b>/);
});
