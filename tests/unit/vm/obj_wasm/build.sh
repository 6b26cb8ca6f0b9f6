#!/bin/sh
# tests/unit/vm/obj_wasm/build.sh — builds the object library's unit tests as a wasm32 Node
# program (pthreads, as the playground) into build/obj-wasm/ and runs it.
# Usage: sh tests/unit/vm/obj_wasm/build.sh   (from the repository root)
set -e
export NODE_PATH=/usr/share/nodejs
out=build/obj-wasm
mkdir -p $out
echo '{"type":"commonjs"}' > $out/package.json
em++ -std=c++20 -O2 -pthread -sALLOW_MEMORY_GROWTH=1 -Wno-pthreads-mem-growth \
  -sPTHREAD_POOL_SIZE=4 -sPROXY_TO_PTHREAD -sEXIT_RUNTIME=1 \
  -Iengine -Itests/unit/vm/obj_wasm \
  tests/unit/vm/obj_wasm/main.cpp tests/unit/vm/obj_*_test.cpp \
  engine/vm/object.cpp engine/vm/obj_slice.cpp engine/vm/obj_value.cpp engine/vm/obj_iface.cpp \
  engine/vm/obj_util.cpp engine/vm/map.cpp engine/vm/typedesc.cpp engine/runtime/*.cpp \
  -o $out/obj_tests.js
node --no-experimental-fetch $out/obj_tests.js
