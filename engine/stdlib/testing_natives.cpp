// engine/stdlib/testing_natives.cpp — what package testing (lang/std/go/testing, written in Go)
// cannot do in Go on gort: find the file:line of a caller (t.Log's "prog.go:12: ", skipping
// t.Helper functions — Go uses runtime.Caller) and capture the program's stdout while an
// example runs (Go swaps os.Stdout for a pipe).
#include "stdlib/natives.h"
#include "stdlib/util.h"
#include "vm/proto.h"

namespace gort::stdlib {
namespace {

// callerFrame(skip int) (fn string, file string, line int): skip 0 is the function that calls
// callerFrame. fn is the compiled name ("main.TestX.func1"); file the base name; fn == "" when
// there is no such frame.
NativeStatus testing_caller_frame(NativeCtx& c) {
  int64_t skip = c.args[0].i;
  const auto& frames = c.gs.frames;
  std::string fn, file;
  int line = 0;
  if (c.module && skip >= 0 && static_cast<size_t>(skip) < frames.size()) {
    const vm::Frame& f = frames[frames.size() - 1 - static_cast<size_t>(skip)];
    if (f.proto < c.module->protos.size()) {
      const vm::Proto& p = c.module->protos[f.proto];
      uint32_t pc = f.pc > 0 ? f.pc - 1 : 0;  // every frame's pc is past its call
      int global = pc < p.lines.size() ? p.lines[pc] : 0;
      file = c.module->file_of(p, global, &line);
      if (size_t slash = file.rfind('/'); slash != std::string::npos) file = file.substr(slash + 1);
      fn = p.name;
    }
  }
  c.args[0] = str_val(fn);
  c.args[1] = str_val(file);
  c.args[2].i = line;
  return NativeStatus::Done;
}

NativeStatus testing_start_capture(NativeCtx&) {
  vm::set_stdout_capture(true);
  return NativeStatus::Done;
}

NativeStatus testing_stop_capture(NativeCtx& c) {
  c.args[0] = str_val(vm::set_stdout_capture(false));
  return NativeStatus::Done;
}

}  // namespace

void add_testing_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"testing.callerFrame", testing_caller_frame},
      {"testing.startCapture", testing_start_capture},
      {"testing.stopCapture", testing_stop_capture},
  });
}

}  // namespace gort::stdlib
