#!/bin/sh
# scripts/bench.sh — `npm run bench`: builds the native and Node flavours, then runs bench/run.mjs.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/build.sh native wasm-node wasm-nodelib
exec node bench/run.mjs "$@"
