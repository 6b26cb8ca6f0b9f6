// engine/stdlib/io.h — writing to and reading from the values the std declarations accept as
// io.Writer / io.Reader (`any` there): *os.File (stdout/stderr/stdin), *strings.Builder,
// *strings.Reader, or any value with a Write([]byte) (int, error) method.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "stdlib/util.h"

namespace gort::stdlib {

// Writes bytes to w (an interface value). Output to os.Stdout/os.Stderr is one host event.
// Returns false (with *panic_text) only if a Go Write method panicked.
bool io_write(NativeCtx& c, Obj* w, std::string_view bytes, std::string* panic_text);

// Standard input shared by every reader of os.Stdin: bytes read from the host but not yet
// consumed stay here across Scan calls.
struct StdinBuffer {
  std::string data;
  size_t pos = 0;
  bool eof = false;
  std::string_view pending() const { return std::string_view(data).substr(pos); }
  void consume(size_t n);
};
StdinBuffer& stdin_buffer();
// Reads more host input into stdin_buffer() as a blocking syscall (entersyscall/exitsyscall).
// Returns false when the G lost its P (the native must store its results and return NoP);
// *got = bytes read (0 = EOF).
bool stdin_fill(NativeCtx& c, size_t* got);

// fmt's Fscan on reader r (null: os.Stdin): calls scan(data, at_eof) on the input available, which returns the
// bytes it took or npos to ask for more; more is read and scan called again. *had_p false: the
// G lost its P reading stdin (the caller stores its results as NoP allocations and returns
// NoP). *rune_scanner: r is an io.RuneScanner (*bufio.Reader, *strings.Reader). Panic: a Go
// Read method panicked or r is nil (*panic_text).
using ScanFn = std::function<size_t(std::string_view data, bool at_eof)>;
NativeStatus scan_reader(NativeCtx& c, Obj* r, const ScanFn& scan, bool* had_p, bool* rune_scanner,
                         std::string* panic_text);

// A string reader source (*strings.Reader): its remaining text; advance by n.
bool is_strings_reader(Obj* r);

}  // namespace gort::stdlib

namespace gort::stdlib {
// Reads up to `cap` bytes from an io.Reader value (an interface) into *out: *strings.Reader and
// os.Stdin natively, anything else through its Read method (called with a fresh []byte of
// `cap`). Returns false with *panic_text if a Go Read panicked; *err = the error value
// returned (io.EOF at the end).
bool io_read(NativeCtx& c, Obj* r, int64_t cap, std::string* out, Obj** err, std::string* panic_text);
}  // namespace gort::stdlib
