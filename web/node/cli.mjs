#!/usr/bin/env node
// web/node/cli.mjs — the `gort` command under Node (package.json "bin"): `npx gort run FILE.go
// [--gomaxprocs N] [--faketime] [--go 1.21|1.22|1.23|1.24] [--seed N] [--schedtrace]` and `npx gort test
// FILE.go|FILE.md`. It runs the Emscripten CLI build (build/wasm-node/gort.js: main() on a
// pthread, every M a worker) in this process, so flags, output and exit statuses are exactly
// the native CLI's. Set GORT_WASM_NODE to use another build directory, GORT_WASM_TIERING_BUDGET
// to change V8's wasm tier-up budget (see below; 0 = V8's default).
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import { existsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.env.GORT_WASM_NODE || path.join(here, '../../build/wasm-node'));
const script = path.join(dir, 'gort.js');
if (!existsSync(script)) {
  process.stderr.write(`gort: ${script} is missing; build it with \`npm run build\` (or scripts/build.sh wasm-node)\n`);
  process.exit(2);
}
// Emscripten's Node code path would fetch() the .wasm by file path, which Node 20's fetch
// rejects (PLATFORM.md §1); without fetch it reads the file with fs. Workers get the compiled
// module by message, so only this thread matters.
delete globalThis.fetch;
// A trap or abort inside the engine (a bug in gort, never the Go program's: the VM checks every
// access it makes for the program) surfaces here as an uncaught RuntimeError from one of the
// pthread Workers. Report it as Go reports a fatal error, with status 2, instead of Node's
// dump of the minified glue and exit 7. Prepended so it runs before Emscripten's own handler.
process.prependListener('uncaughtException', (e) => {
  const what = (e?.name === 'RuntimeError' ? 'wasm trap: ' : '') + String(e?.message ?? e).replace(/^worker sent an error! /, '').split('\n')[0];
  try { writeSync(2, `fatal error: gort internal error: ${what}\n`); } catch { /* stderr gone */ }
  process.reallyExit ? process.reallyExit(2) : process.exit(2);
});
// V8 tiers a hot wasm function up to TurboFan in background threads once it has run ~1.8 MB
// of code (the default budget): in the engine that is hundreds of functions of the Go
// compiler and the big execute() switch, compiled while the program runs and competing with
// it for the cores (fib(35): 0.4-0.6 s of CPU, 40 MiB of RSS). A 100x budget still tiers up
// what the program keeps running (run_hot, the scheduler) within its first ~0.2 s of its own
// execution. Measured in the commit that set it; GORT_WASM_TIERING_BUDGET overrides (0: V8's).
{
  const budget = process.env.GORT_WASM_TIERING_BUDGET ?? '180000000';
  if (budget !== '0') v8.setFlagsFromString(`--wasm-tiering-budget=${Number(budget) | 0}`);
}
// The program sees its arguments as process.argv.slice(2), as if started as `node gort.js ...`.
process.argv = [process.argv[0], script, ...process.argv.slice(2)];
createRequire(import.meta.url)(script);
