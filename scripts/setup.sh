#!/bin/sh
# scripts/setup.sh — makes sure this machine can build and test gort; idempotent and fast when
# everything is there. Checks Node >= 20, the Debian packages (installs missing ones with apt
# when run as root, otherwise names them and exits 1) and the npm packages (npm ci).
# Used by `npm test` / `npm start` (pretest/prestart) and by .ci/run.
set -eu
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  say "Node >= 20 is required (found $(node --version 2>/dev/null || echo none))"
  exit 1
fi

# package:probe pairs — a probe is a command name or an absolute path that the package provides.
missing=""
check() {
  pkg=$1; probe=$2
  case $probe in
    /*) [ -e "$probe" ] || missing="$missing $pkg" ;;
    *) command -v "$probe" >/dev/null 2>&1 || missing="$missing $pkg" ;;
  esac
}
check g++ g++
check clang clang++
check cmake cmake
check ninja-build ninja
check emscripten em++
check golang-go go
check chromium chromium
check libgtest-dev /usr/include/gtest/gtest.h
check time /usr/bin/time
# libFuzzer and the sanitizer runtimes for clang 14 (Debian: libclang-rt-14-dev)
if ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  missing="$missing libclang-rt-14-dev"
fi

if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
  else
    say "missing Debian/Ubuntu packages:$missing"
    say "install them with: sudo apt-get install$missing"
    exit 1
  fi
fi

# npm packages: (re)install when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

# Emscripten's output (gort.js, *.worker.js) is CommonJS; the project is "type":"module".
mkdir -p build
[ -f build/package.json ] || echo '{"type":"commonjs"}' > build/package.json
exit 0
