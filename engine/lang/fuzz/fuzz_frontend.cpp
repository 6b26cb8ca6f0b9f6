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
  o.go_minor = size > 0 && (data[0] & 1) ? 21 : 24;  // 24: range over func, generic aliases
  if (gort::lang::check_source(src, "fuzz.go", o, p, diags))
    (void)gort::lang::vet::format_findings("fuzz.go", gort::lang::vet::vet_program(p));
  (void)gort::lang::format_diagnostics("fuzz.go", diags);
  // The same bytes as a package of two files (split at the first "\n--\n", else in half), and
  // as a possible test program (check_files generates a main for TestXxx functions).
  size_t cut = src.find("\n--\n");
  cut = cut == std::string::npos ? src.size() / 2 : cut + 1;
  gort::lang::Program q;
  diags.clear();
  gort::lang::check_files({{"a.go", src.substr(0, cut)}, {"b_test.go", src.substr(cut)}}, o, q, diags);
  (void)gort::lang::format_diagnostics(q.sources, diags);
  return 0;
}
