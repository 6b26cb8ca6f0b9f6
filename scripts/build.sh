#!/bin/sh
# scripts/build.sh [FLAVOUR...] — builds gort with CMake + ninja, each flavour in its own
# directory, incrementally (cmake re-run with the flavour's options, then ninja). Flavours
# (default: all):
#   native        Release, g++: build/native/gort and the unit tests
#   tsan          ThreadSanitizer (clang): build/tsan
#   asan          AddressSanitizer + UBSan (clang) + the libFuzzer targets: build/asan. The fuzz
#                 targets need exactly this instrumentation, so they are built here rather than
#                 in a separate build/fuzz (one full compile less).
#   fuzz          alias of asan (kept so `build.sh fuzz` still works)
#   wasm          the three pthreads wasm artifacts from ONE compile in build/wasm:
#                   build/wasm-node/gort.js       Node CLI (PROXY_TO_PTHREAD)
#                   build/wasm-nodelib/gort.cjs   Node library (MODULARIZE, CommonJS)
#                   build/wasm-pt/gort.mjs        browser ES module (+ .wasm, .worker.js)
#   wasm-node, wasm-nodelib, wasm-pt   aliases of wasm
#   wasm-st       browser ES module without threads: build/wasm-st/gort.mjs (different objects:
#                 no -pthread)
#   web           the playground (web/app/build.mjs → web/dist; copies wasm-pt and wasm-st)
# GORT_JOBS sets the parallelism (default 2: the machine is shared).
set -eu
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten finds acorn there (PLATFORM.md §1)
JOBS=${GORT_JOBS:-2}
ROOT=$(pwd)
mkdir -p build
[ -f build/package.json ] || echo '{"type":"commonjs"}' > build/package.json

# configure DIR ARGS... — runs cmake every time (a second or two when nothing changed), so a
# build dir configured by an older build.sh picks up the flavour's current options. The
# compiler is only passed on the first configure: passing it again makes cmake wipe the cache.
configure() {
  dir=$1; shift
  if [ -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$dir" "$@" >/dev/null
  else
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$CXX_FOR" -DCMAKE_C_COMPILER="$CC_FOR" "$@"
  fi
}
emconfigure_dir() {
  dir=$1; shift
  if [ -f "$dir/CMakeCache.txt" ]; then
    emcmake cmake -S "$ROOT" -B "$dir" "$@" >/dev/null
  else
    emcmake cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
  fi
}

build_one() {
  case $1 in
    native)
      CXX_FOR=g++ CC_FOR=gcc
      configure build/native -DCMAKE_BUILD_TYPE=Release
      cmake --build build/native -j "$JOBS" ;;
    tsan)
      CXX_FOR=clang++ CC_FOR=clang
      configure build/tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGORT_SANITIZE=thread
      cmake --build build/tsan -j "$JOBS" ;;
    asan|fuzz)
      CXX_FOR=clang++ CC_FOR=clang
      configure build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGORT_SANITIZE=address -DGORT_FUZZ=ON
      cmake --build build/asan -j "$JOBS" ;;
    wasm|wasm-node|wasm-nodelib|wasm-pt)
      emconfigure_dir build/wasm -DGORT_WASM_KIND=all -DGORT_WASM_OUT="$ROOT/build"
      cmake --build build/wasm -j "$JOBS" ;;
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
  set -- native tsan asan wasm wasm-st web
fi
done_list=" "
for f in "$@"; do
  # Aliases build the same dir: do it once per invocation.
  case $f in fuzz) key=asan ;; wasm-node|wasm-nodelib|wasm-pt) key=wasm ;; *) key=$f ;; esac
  case $done_list in *" $key "*) continue ;; esac
  done_list="$done_list$key "
  start=$(date +%s)
  echo "== build $f"
  build_one "$f"
  echo "== build $f done in $(( $(date +%s) - start )) s"
done
