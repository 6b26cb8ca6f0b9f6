// engine/lang/fuzz/fuzz_frontend.cpp — libFuzzer target: arbitrary bytes through scan → parse →
// check (and diagnostics formatting) → vet when it checks. Must never crash, hang or leak. Also linked into the
// regular unit tests (corpus_test.cpp) to replay the seed corpus under gcc.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lang/frontend.h"
#include "lang/vet/vet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string src(reinterpret_cast<const char*>(data), size);
  gort::lang::Program p;
  std::vector<gort::lang::Diagnostic> diags;
  gort::lang::CheckOptions o;
  o.go_minor = size > 0 && (data[0] & 1) ? 21 : 22;
  if (gort::lang::check_source(src, "fuzz.go", o, p, diags))
    (void)gort::lang::vet::format_findings("fuzz.go", gort::lang::vet::vet_program(p));
  (void)gort::lang::format_diagnostics("fuzz.go", diags);
  return 0;
}
