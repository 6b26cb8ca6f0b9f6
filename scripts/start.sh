#!/bin/sh
# scripts/start.sh — `npm start`: builds the browser flavours and the playground, then serves it
# on http://127.0.0.1:${PORT:-8080} with the COOP/COEP headers pthreads need.
# The playground's own build (web/app/build.mjs, WEB's) puts the static site in web/dist.
set -eu
cd "$(dirname "$0")/.."
sh scripts/build.sh wasm-pt wasm-st web
if [ -f web/app/serve.mjs ]; then
  exec node web/app/serve.mjs
fi
exec node scripts/serve.mjs web/dist "${PORT:-8080}"
