// tests/unit/lang/corpus_test.cpp — every Go program in tests/go and examples passes the front
// end (except those whose expected output is a compile error), and the fuzz seed corpus replays
// through the same entry as the libFuzzer target without crashing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "lang/frontend.h"

using namespace gort::lang;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}
}  // namespace

// The programs, sorted, split into kShards tests: one test over ~480 programs took more than
// ctest's 120 s under TSan on a busy machine; shards run in parallel and each stays short.
constexpr int kShards = 8;

std::vector<fs::path> corpus_programs() {
  std::vector<fs::path> files;
  for (const char* dir : {"tests/go", "examples"}) {
    fs::path d = fs::path(GORT_SOURCE_DIR) / dir;
    if (!fs::exists(d)) continue;
    for (auto& e : fs::directory_iterator(d))
      if (e.path().extension() == ".go") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class CorpusShard : public ::testing::TestWithParam<int> {};

TEST_P(CorpusShard, GoProgramsTypeCheck) {
  int n = 0;
  const std::vector<fs::path> files = corpus_programs();
  ASSERT_GT(files.size(), size_t(10));
  for (size_t k = size_t(GetParam()); k < files.size(); k += kShards) {
    {
      const fs::directory_entry e(files[k]);
      std::string src = slurp(e.path());
      std::string name = e.path().filename().string();
      // A compile-error program: its expected stderr starts with "name.go:" diagnostics (a
      // runtime failure such as log.Fatal's output does not).
      size_t st = src.find("\n// Stderr:\n");
      size_t ex = src.find("\n// Exit: 1");
      bool expect_error = ex != std::string::npos && st != std::string::npos && st < ex &&
                          src.substr(st, ex - st).find("\n// " + name + ":") != std::string::npos;
      Program p;
      std::vector<Diagnostic> diags;
      // check_files, as the engine: a test program (no main, TestXxx functions) gets its main.
      bool ok = check_files({{name, src}}, {}, p, diags);
      if (expect_error) {
        EXPECT_FALSE(ok) << name;
        // The expected stderr lines are in the file's // Output: block.
        // Every expected line (may be a prefix/fragment: tests/go matches lines as substrings)
        // must occur in the diagnostics.
        std::string got = format_diagnostics(p.sources, diags);
        size_t i = st + 12;
        while (i < src.size() && src.compare(i, 3, "// ") == 0 && src.compare(i, 9, "// Exit: ") != 0) {
          size_t nl = src.find('\n', i);
          std::string want = src.substr(i + 3, nl - i - 3);
          EXPECT_NE(got.find(want), std::string::npos) << name << ": want " << want << "\ngot:\n" << got;
          i = nl + 1;
        }
      } else {
        EXPECT_TRUE(ok) << name << ":\n" << format_diagnostics(p.sources, diags);
      }
      n++;
    }
  }
  EXPECT_GT(n, 0);
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusShard, ::testing::Range(0, kShards));

// The same entry the fuzzer uses: must never crash on the seed corpus.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

TEST(Corpus, FuzzSeedsReplay) {
  fs::path d = fs::path(GORT_SOURCE_DIR) / "engine/lang/fuzz/corpus";
  int n = 0;
  if (fs::exists(d)) {
    for (auto& e : fs::directory_iterator(d)) {
      std::string s = slurp(e.path());
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
      n++;
    }
  }
  EXPECT_GT(n, 0);
}
