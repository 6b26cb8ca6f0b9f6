// web/element/gort-playground.js — the embed's entry point, bundled by web/app/build.mjs into
// web/dist/gort-playground.js: defines <gort-playground> once (a page may include the script
// twice). The engine's files (wasm-pt/, wasm-st/, st-worker.js) are found next to this script.
import { GortPlayground } from './element.js';

if (!customElements.get('gort-playground')) customElements.define('gort-playground', GortPlayground);
export { GortPlayground };
