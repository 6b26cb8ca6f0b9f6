// engine/stdlib/fmt_scan.h — the engine of fmt's Scan family: Go 1.19's scan.go semantics
// (space and newline rules of Scan/Scanln/Scanf, verbs, widths, error texts) over a byte view.
// The caller owns where bytes come from (a string, stdin, a bufio.Reader, any reader): it runs
// a dry scan that says whether the view held enough input (need_more), fetches more while it
// did not, then one storing scan whose `consumed` it removes from the source.
#pragma once
#include <cstdint>
#include <string_view>

#include "stdlib/util.h"

namespace gort::stdlib {

enum class ScanMode { Scan, Scanln, Scanf };

struct ScanResult {
  bool need_more = false;  // the view ended before the scan did, and more input may come
  size_t consumed = 0;     // bytes the call takes from its source
  int64_t count = 0;       // operands stored
  Obj* err = nullptr;      // the error value (only when storing)
};

// Scans `data` (the whole remaining input when at_eof) into the []any `targets`. lossy: the
// source is not an io.RuneScanner, so (as in Go) a rune read ahead and pushed back is lost.
// store = false: a dry run that writes nothing and allocates nothing.
ScanResult fmt_scan_run(std::string_view data, bool at_eof, bool lossy, ScanMode mode,
                        std::string_view format, const Obj* targets, bool store);

}  // namespace gort::stdlib
