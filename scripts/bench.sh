#!/bin/sh
# scripts/bench.sh — `npm run bench`: builds the native, Node and browser flavours (the page's
# start-up is one of the rows), then runs bench/run.mjs.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/build.sh native wasm wasm-st web
exec node bench/run.mjs "$@"
