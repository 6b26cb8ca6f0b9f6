// engine/vm/proto.h — compiled functions (Proto) and the Module that holds them.
// A Proto is immutable once built and shared by every G running it. Frames refer to it by
// index; nothing in a Proto points into a goroutine's stack.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <memory>

#include "runtime/value.h"
#include "vm/opcodes.h"
#include "vm/typedesc.h"

namespace gort::rt { struct G; }

namespace gort::vm {

struct Proto {
  std::string name;               // "main.fib" — used by tracebacks
  // Source file for tracebacks when it is not the program's own (a std package written in Go:
  // "/usr/local/go/src/container/list/list.go", as Go prints it); empty = the module's file.
  std::string file;
  uint16_t nparams = 0;           // arguments arrive in R[0..nparams)
  uint16_t nresults = 0;          // results leave in R[0..nresults)
  uint16_t nregs = 0;             // frame size in slots (>= nparams, >= nresults)
  std::vector<Instr> code;
  std::vector<Value> consts;
  std::vector<int32_t> lines;     // source line of each instruction (same length as code)
  // Precise GC roots: bit i set = register i always holds an Obj* (registers have a fixed kind
  // for the whole function, so one mask per function suffices). Frames wider than 64 slots
  // use ptrmask_ext for registers 64 and up.
  uint64_t ptrmask = 0;
  std::vector<uint64_t> ptrmask_ext;
  // Func literals: number of captured boxes; the closure object arrives as the last parameter.
  uint16_t ncaptures = 0;
  // Functions with defer: where a frame resumes after a deferred call recovered a panic (runs
  // the remaining deferred calls and returns the named results). -1: none.
  int32_t recover_pc = -1;
  bool reg_is_ptr(uint32_t r) const {
    if (r < 64) return (ptrmask >> r) & 1;
    size_t w = (r - 64) / 64;
    return w < ptrmask_ext.size() && ((ptrmask_ext[w] >> ((r - 64) % 64)) & 1);
  }
};

// What the dispatch loop's fast CALL/RET need of a Proto, packed in one small entry (a Proto
// spreads them over three cache lines behind a 184-byte stride). Filled by prepare().
struct HotProto {
  const Instr* code;
  const Value* consts;
  uint32_t nregs;
  uint16_t nparams;
  bool zero;  // non-parameter registers must be zeroed on entry (the frame has pointer registers)
};

struct NativeCtx;
enum class NativeStatus : uint8_t;
struct Module {
  std::vector<Proto> protos;
  // Native functions CALL_NATIVE may call (resolved by name when compiling, e.g. with
  // stdlib::find_native("time.Sleep")).
  std::vector<NativeStatus (*)(NativeCtx&)> natives;
  std::vector<std::string> native_names;    // qualified names, same indices (tracebacks)
  // Fast paths of natives (vm/native.h FastNativeFn), same indices; null or missing: none.
  std::vector<bool (*)(Value* args, const rt::G* g)> fast_natives;
  std::string filename = "prog.go";
  // A package of several files (the playground's txtar form): lines are numbered across the
  // files (lang/frontend.h SourceFile), file k holding lines line_base+1 .. of files[k].
  // Empty: every line is m.filename's.
  struct SourceFileRef {
    int32_t line_base;
    std::string name;
  };
  std::vector<SourceFileRef> files;
  // Where line `line` of proto p is, as a traceback prints it: "/tmp/prog.go:12" (a std
  // package written in Go: its own file).
  std::string position(const Proto& p, int line) const;
  // The file name ("util.go", or p.file for std code) and the line within it.
  std::string file_of(const Proto& p, int line, int* local) const;
  // Package-level variables: one slot each (a compiler boxes wider values); bit i of
  // global_ptrmask[i / 64] set = variable i holds an Obj* (scanned as a GC root).
  uint32_t nglobals = 0;
  std::vector<uint64_t> global_ptrmask;
  // Run-time type descriptors of the program's types (T operands index this table).
  std::vector<std::unique_ptr<TypeDesc>> types;
  std::vector<const TypeDesc*> type_refs;   // T operand -> descriptor (may be a shared basic one)
  // Method names used by CALL_IFACE (operand b).
  std::vector<std::string> method_names;
  uint32_t entry = 0;                       // proto run as the main goroutine
  // `go f(a...)` with a func value f that turns out to be a native one at run time (a CancelFunc,
  // f := fmt.Println): the new goroutine runs go_native_entry[len(a)] (runtime.goNative), a proto
  // taking (a..., f) that calls f. -1 or missing: the compiler saw no such go statement.
  std::vector<int32_t> go_native_entry;
  // prepare()'s table, one entry per proto (empty: the fast path is off and execute() runs
  // every instruction itself). The protos must not change afterwards.
  std::vector<HotProto> hot;
  bool global_is_ptr(uint32_t i) const {
    return i / 64 < global_ptrmask.size() && ((global_ptrmask[i / 64] >> (i % 64)) & 1);
  }
};

// Storage of a run's package variables (zeroed). make_hooks() creates it for the module;
// tests without a runtime call reset_globals(m) themselves.
void reset_globals(const Module& m);
Value* globals();

// Checks that every operand is in range for its kind (registers < nregs, constants, jump
// targets, function indices, CALL frames fit the callee). The interpreter trusts verified
// code, so a compiler bug becomes a loud error here instead of memory corruption later.
// Returns "" when valid, otherwise a description of the first problem.
std::string verify(const Module& m);

// Readies a verified module for running: fills `hot` and fuses hot instruction pairs
// (prepare.cpp). The engine calls it after compiling; hand-assembled tests may skip it.
void prepare(Module& m);

// Human-readable listing, one instruction per line: "0003  ADD_INT     r2 r0 r1   ; line 7".
std::string disassemble(const Proto& p);

}  // namespace gort::vm
