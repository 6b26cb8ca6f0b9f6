// web/app/editor-monaco.js — the Monaco chunk: its own esbuild entry (editor-monaco.js +
// editor-monaco.css), loaded by lazy-editor.js after the page is already usable, so its 3.3 MB
// never stand between navigation and the first Run. Holds only Monaco (Go language, the
// contributions the page uses) and the worker's location; everything the page wires into the
// editor lives in the modules that own it (format.js, keyboard.js, race-ui.js, lazy-editor.js).
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
// Hover over a marker shows its message; F8 / Shift+F8 go to the next / previous problem;
// Format Document (format.js provides the formatter); Ctrl+M toggles Tab moving focus.
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/format/browser/formatActions';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';

self.MonacoEnvironment = { getWorker: () => new Worker(new URL('./editor.worker.js', import.meta.url)) };

export { monaco };
