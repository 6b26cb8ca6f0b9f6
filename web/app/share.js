// web/app/share.js — Share links and embed snippets, with no server: the program and its settings
// (Go version, GOMAXPROCS, time mode) are JSON, compressed with the browser's
// CompressionStream('deflate-raw') and written base64url into the URL fragment (`#share=…`), which
// never leaves the browser. Owns: encoding, decoding (a broken or truncated fragment is an
// error with a message, never an exception), and the `<gort-playground>` embed snippet.

export const PREFIX = 'share=';
const VERSION = 1;

function toBase64url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link contains characters a share link never has');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** {source, go, gomaxprocs, time} → the fragment text (without '#'). */
export async function encodeShare({ source, go, gomaxprocs, time }) {
  const json = JSON.stringify({ v: VERSION, source, go, gomaxprocs: Number(gomaxprocs), time });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return PREFIX + toBase64url(packed);
}

/** Whether a location.hash (with or without '#') is a share link at all. */
export const isShareFragment = (hash) => hash.replace(/^#/, '').startsWith(PREFIX);

/**
 * The fragment → {ok: true, state} or {ok: false, error} with a sentence for the person who opened
 * the link (truncated when copied, edited by hand, ...).
 */
export async function decodeShare(hash) {
  const body = hash.replace(/^#/, '').slice(PREFIX.length);
  try {
    if (!body) throw new Error('the link has no program in it');
    const json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64url(body), new DecompressionStream('deflate-raw')));
    const s = JSON.parse(json);
    if (!s || typeof s !== 'object' || typeof s.source !== 'string') throw new Error('the link has no program in it');
    const state = { source: s.source };
    if (typeof s.go === 'string') state.go = s.go;
    if (Number.isInteger(s.gomaxprocs) && s.gomaxprocs > 0) state.gomaxprocs = s.gomaxprocs;
    if (s.time === 'real' || s.time === 'fake') state.time = s.time;
    return { ok: true, state };
  } catch (e) {
    // Our own checks say what is wrong; anything else (base64, inflate, UTF-8, JSON) is damage.
    const why = /^the link /.test(e?.message) ? e.message : 'the link is damaged or cut short (copy the whole link)';
    return { ok: false, error: `This share link could not be opened: ${why}. The default program is shown instead.` };
  }
}

const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The `<gort-playground>` element that shows this program with these settings on another page. */
export function embedSnippet({ source, go, gomaxprocs, time }) {
  return `<gort-playground go="${escapeHtml(go)}" gomaxprocs="${escapeHtml(gomaxprocs)}" time="${escapeHtml(time)}">` +
    `${escapeHtml(source)}</gort-playground>`;
}
