// web/element/styles.js — the element's CSS, one constructed stylesheet shared by every
// element's shadow root (so the page's CSS cannot reach inside, and ten elements parse it once).
// Themes: `theme="light"|"dark"`, or `auto` (the default) following prefers-color-scheme.
// The editor's <textarea> and highlighted <pre> must have identical font metrics and padding:
// both use --mono, --lh and --pad.

const LIGHT = `--bg:#fff;--fg:#1e1e1e;--bar:#f3f3f3;--border:#d0d0d0;--btn:#007d9c;--btn-fg:#fff;--out-bg:#f7f7f7;
  --k:#0000c0;--s:#a31515;--c:#6a8a35;--n:#098658;--t:#267f99;--f:#795e26;--err:#c00000;--dim:#6b6b6b;
  --pass:#1a7f37;--fail:#c00000;--note-bg:#fff8c5;`;
const DARK = `--bg:#1e1e1e;--fg:#d4d4d4;--bar:#2d2d30;--border:#3c3c3c;--btn:#0e7490;--btn-fg:#fff;--out-bg:#111;
  --k:#569cd6;--s:#ce9178;--c:#6a9955;--n:#b5cea8;--t:#4ec9b0;--f:#dcdcaa;--err:#f48771;--dim:#9d9d9d;
  --pass:#3fb950;--fail:#f85149;--note-bg:#3a3000;`;

export const CSS = `
:host { display:block; margin:1em 0; border:1px solid var(--border); border-radius:6px; overflow:hidden;
  background:var(--bg); color:var(--fg); font:14px/1.4 system-ui,sans-serif; text-align:left;
  --mono:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace; --lh:19.5px; --pad:8px; ${LIGHT} }
:host([theme=dark]) { ${DARK} }
@media (prefers-color-scheme: dark) { :host(:not([theme=light])) { ${DARK} } }
:host([hidden]) { display:none; }
* { box-sizing:border-box; }
.bar { display:flex; flex-wrap:wrap; align-items:center; gap:6px 10px; padding:4px 8px; background:var(--bar);
  border-bottom:1px solid var(--border); }
.bar[hidden] { display:none; }
button { font:inherit; padding:2px 12px; border-radius:4px; border:1px solid var(--border); background:var(--bg); color:var(--fg); cursor:pointer; }
button.run, button.stop { background:var(--btn); color:var(--btn-fg); border-color:var(--btn); min-width:4.5em; }
button:disabled { opacity:.5; cursor:default; }
button[hidden] { display:none; }
button:focus-visible, textarea:focus-visible, .output:focus-visible { outline:2px solid #f0a30a; outline-offset:-2px; }
.status { margin-left:auto; font-size:12px; color:var(--dim); }
.note { padding:3px 8px; font-size:12px; background:var(--note-bg); border-bottom:1px solid var(--border); }
.note[hidden] { display:none; }
.editor { position:relative; overflow:hidden; min-height:calc(var(--lh) + 2 * var(--pad) + 2px); }
.hl, .input { position:absolute; inset:0; margin:0; padding:var(--pad) 10px; border:0; font:var(--mono); tab-size:4;
  white-space:pre; overflow:auto; letter-spacing:normal; word-spacing:normal; }
.hl { color:var(--fg); pointer-events:none; scrollbar-width:none; }
.hl::-webkit-scrollbar { display:none; }
.input { width:100%; height:100%; resize:none; background:transparent; color:transparent; caret-color:var(--fg); outline:none; }
.input::selection { background:rgba(100,150,255,.35); color:transparent; }
.k { color:var(--k); } .s { color:var(--s); } .c { color:var(--c); font-style:italic; } .n { color:var(--n); }
.t { color:var(--t); } .f { color:var(--f); }
.stdin { display:flex; gap:8px; align-items:flex-start; padding:4px 8px; border-top:1px solid var(--border); font-size:12px; }
.stdin[hidden] { display:none; }
.stdin textarea { flex:1; font:var(--mono); min-height:calc(2 * var(--lh)); resize:vertical; background:var(--bg); color:var(--fg);
  border:1px solid var(--border); border-radius:3px; padding:2px 6px; }
.output { margin:0; padding:var(--pad) 10px; font:var(--mono); white-space:pre-wrap; word-break:break-word; max-height:24em; overflow:auto;
  background:var(--out-bg); border-top:1px solid var(--border); }
.output[hidden] { display:none; }
.stderr { color:var(--err); }
.echo { color:var(--dim); }
.stdin-line { font:var(--mono); color:var(--fg); background:transparent; border:0; border-bottom:1px dashed var(--border);
  outline:none; padding:0; margin:0; width:min(30em, 90%); }
.stdin-line:focus { border-bottom-color:var(--fg); }
.exit, .queued, .trunc { color:var(--dim); font-style:italic; }
.mark { padding:4px 10px; border-top:1px solid var(--border); font-size:13px; }
.mark[hidden] { display:none; }
.mark.pass { color:var(--pass); } .mark.fail { color:var(--fail); }
.mark .want { margin:4px 0 0; font:var(--mono); color:var(--fg); white-space:pre-wrap; }
`;

let sheet = null;

/** Adds the shared stylesheet to a shadow root (a <style> where constructed sheets are missing). */
export function adoptStyles(root) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
