#!/bin/sh
# scripts/build.sh [FLAVOUR...] — builds gort with CMake + ninja, each flavour in its own
# directory, incrementally (configure once, then ninja). Flavours (default: all):
#   native        Release, g++: build/native/gort and the unit tests
#   tsan          ThreadSanitizer (clang): build/tsan
#   asan          AddressSanitizer + UBSan (clang): build/asan
#   fuzz          libFuzzer targets (clang, GORT_FUZZ=ON): build/fuzz
#   wasm-node     Node CLI (PROXY_TO_PTHREAD): build/wasm-node/gort.js
#   wasm-nodelib  Node library (MODULARIZE, CommonJS): build/wasm-nodelib/gort.cjs
#   wasm-pt       browser ES module with pthreads: build/wasm-pt/gort.mjs (+ .wasm, .worker.js)
#   wasm-st       browser ES module without threads: build/wasm-st/gort.mjs (optional: a failure
#                 is reported, not fatal, until the runtime supports a single-threaded build)
#   web           the playground (runs web/app/build.mjs when WEB's app provides it)
# GORT_JOBS sets the parallelism (default 2: the machine is shared).
set -eu
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten finds acorn there (PLATFORM.md §1)
JOBS=${GORT_JOBS:-2}
ROOT=$(pwd)
mkdir -p build
[ -f build/package.json ] || echo '{"type":"commonjs"}' > build/package.json

# configure DIR ARGS... — runs cmake only when the directory has no build.ninja yet.
configure() {
  dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$ROOT" -B "$dir" -G Ninja "$@"
  fi
}
emconfigure_dir() {
  dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    emcmake cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
  fi
}

build_one() {
  case $1 in
    native)
      configure build/native -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_COMPILER=gcc
      cmake --build build/native -j "$JOBS" ;;
    tsan)
      configure build/tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGORT_SANITIZE=thread \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang
      cmake --build build/tsan -j "$JOBS" ;;
    asan)
      configure build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGORT_SANITIZE=address \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang
      cmake --build build/asan -j "$JOBS" ;;
    fuzz)
      configure build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGORT_FUZZ=ON -DGORT_TESTS=OFF \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang
      cmake --build build/fuzz -j "$JOBS" ;;
    wasm-node)
      emconfigure_dir build/wasm-node -DGORT_WASM_KIND=cli
      cmake --build build/wasm-node -j "$JOBS" ;;
    wasm-nodelib)
      emconfigure_dir build/wasm-nodelib -DGORT_WASM_KIND=nodelib
      cmake --build build/wasm-nodelib -j "$JOBS" ;;
    wasm-pt)
      emconfigure_dir build/wasm-pt -DGORT_WASM_KIND=web
      cmake --build build/wasm-pt -j "$JOBS" ;;
    wasm-st)
      emconfigure_dir build/wasm-st -DGORT_WASM_KIND=web -DGORT_WASM_THREADS=OFF
      if ! cmake --build build/wasm-st -j "$JOBS"; then
        echo "build: wasm-st (single-threaded browser build) failed — not fatal yet" >&2
      fi ;;
    web)
      if [ -f web/app/build.mjs ]; then
        node web/app/build.mjs
      else
        echo "build: web/app/build.mjs not there yet — skipping the playground" >&2
      fi ;;
    *)
      echo "build: unknown flavour $1" >&2
      exit 2 ;;
  esac
}

if [ $# -eq 0 ]; then
  set -- native tsan asan fuzz wasm-node wasm-nodelib wasm-pt wasm-st web
fi
for f in "$@"; do
  start=$(date +%s)
  echo "== build $f"
  build_one "$f"
  echo "== build $f done in $(( $(date +%s) - start )) s"
done
