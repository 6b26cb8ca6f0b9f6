// engine/host/bench_test.cpp — benchmarks of a test program run as `go test -bench` runs them,
// in real time: the timings vary, so the result lines are checked by their format (Go's
// columns: name-GOMAXPROCS padded, a tab, N in 8 columns, a tab, ns/op) and b.N by
// -test.benchtime=Nx. The deterministic cases (fake time) are tests/go/testing_bench*.go.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "host/engine.h"

namespace {

class CaptureHost final : public gort::Host {
 public:
  void output(const gort::OutputEvent& ev) override {
    (ev.stream == gort::Stream::Stdout ? out : err).append(ev.bytes);
  }
  size_t read_stdin(char*, size_t) override { return 0; }
  std::string out, err;
};

// Go by Example's "testing-and-benchmarking" program.
const char* kByExample = R"go(package main

import (
	"fmt"
	"testing"
)

func IntMin(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func TestIntMinBasic(t *testing.T) {
	ans := IntMin(2, -2)
	if ans != -2 {
		t.Errorf("IntMin(2, -2) = %d; want -2", ans)
	}
}

func TestIntMinTableDriven(t *testing.T) {
	var tests = []struct {
		a, b int
		want int
	}{
		{0, 1, 0},
		{1, 0, 0},
		{2, -2, -2},
		{0, -1, -1},
		{-1, 0, -1},
	}
	for _, tt := range tests {
		testname := fmt.Sprintf("%d,%d", tt.a, tt.b)
		t.Run(testname, func(t *testing.T) {
			ans := IntMin(tt.a, tt.b)
			if ans != tt.want {
				t.Errorf("got %d, want %d", ans, tt.want)
			}
		})
	}
}

func BenchmarkIntMin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		IntMin(1, 2)
	}
}
)go";

std::string run_bench(std::vector<std::string> args, int* status) {
  gort::RunOptions o;
  o.filename = "intmin.go";
  o.gomaxprocs = 2;
  o.args = std::move(args);
  CaptureHost h;
  *status = gort::run(kByExample, o, h);
  return h.out + h.err;
}

TEST(Bench, ByExampleRunsItsBenchmarkNTimesWithGoFormat) {
  int status = -1;
  std::string out = run_bench({"-test.bench=.", "-test.benchtime=100x"}, &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("--- PASS: TestIntMinTableDriven/-1,0 (0.00s)\n"), std::string::npos) << out;
  // "BenchmarkIntMin-2   \t     100\t        12.34 ns/op": the name padded to the longest plus
  // the suffix, b.N exactly 100, ns/op as testing's prettyPrint writes it.
  std::regex line(R"((^|\n)goos: linux\ngoarch: amd64\nBenchmarkIntMin\nBenchmarkIntMin-2   \t     100\t +[0-9]+(\.[0-9]+)? ns/op\nPASS\n$)");
  EXPECT_TRUE(std::regex_search(out, line)) << out;
}

// Go by Example's current version (Go 1.24) writes the loop `for b.Loop()`: b.N is what Loop ran.
TEST(Bench, ByExampleWithBLoopRunsExactlyBenchtimeIterations) {
  std::string src = kByExample;
  std::string old_loop = "for i := 0; i < b.N; i++ {";
  src.replace(src.find(old_loop), old_loop.size(), "for b.Loop() {");
  gort::RunOptions o;
  o.gomaxprocs = 2;
  o.args = {"-test.bench=.", "-test.benchtime=100x", "-test.run=^$"};
  CaptureHost h;
  EXPECT_EQ(gort::run(src, o, h), 0) << h.out << h.err;
  std::regex line(R"(^goos: linux\ngoarch: amd64\nBenchmarkIntMin\nBenchmarkIntMin-2   \t     100\t +[0-9]+(\.[0-9]+)? ns/op\nPASS\n$)");
  EXPECT_TRUE(std::regex_search(h.out, line)) << h.out;
}

TEST(Bench, WithoutBenchFlagBenchmarksDoNotRun) {
  int status = -1;
  std::string out = run_bench({}, &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(out.find("Benchmark"), std::string::npos) << out;
  EXPECT_NE(out.find("\nPASS\n"), std::string::npos) << out;
}

TEST(Bench, DefaultBenchtimeRampsNUpAndBenchmemAddsAllocColumns) {
  int status = -1;
  // A short duration keeps the test quick; b.N still grows past the first run's 1.
  std::string out = run_bench({"-test.bench=IntMin$", "-test.benchtime=20ms", "-test.benchmem", "-test.run=^$"}, &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(out.find("=== RUN"), std::string::npos) << out;  // -run=^$ selects no test
  std::smatch m;
  std::regex line(R"(\nBenchmarkIntMin-2   \t *([0-9]+)\t +[0-9.]+ ns/op\t +0 B/op\t +0 allocs/op\n)");
  ASSERT_TRUE(std::regex_search(out, m, line)) << out;
  EXPECT_GT(std::stoll(m[1].str()), 100) << out;
}

TEST(Bench, BadBenchtimeIsAFlagError) {
  int status = -1;
  std::string out = run_bench({"-test.bench=.", "-test.benchtime=soon"}, &status);
  EXPECT_EQ(status, 2);
  EXPECT_NE(out.find("invalid value \"soon\" for flag -test.benchtime: invalid duration"), std::string::npos) << out;
}

// b.ReportAllocs: B/op and allocs/op from runtime.MemStats' cumulative Mallocs/TotalAlloc
// (gort's bytes include its object header, so B/op is at least Go's 64).
TEST(Bench, ReportAllocsCountsTheAllocationsOfOneOp) {
  const char* src = R"go(package main

import "testing"

var sink *[64]byte

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = new([64]byte)
	}
}

func BenchmarkNone(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
	}
}
)go";
  gort::RunOptions o;
  o.gomaxprocs = 1;
  o.args = {"-test.bench=.", "-test.benchtime=1000x"};
  CaptureHost h;
  EXPECT_EQ(gort::run(src, o, h), 0) << h.out << h.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(h.out, m, std::regex(R"(\nBenchmarkNew  \t    1000\t +[0-9.]+ ns/op\t +([0-9]+) B/op\t +1 allocs/op\n)"))) << h.out;
  EXPECT_GE(std::stoi(m[1].str()), 64);
  EXPECT_TRUE(std::regex_search(h.out, std::regex(R"(\nBenchmarkNone \t    1000\t +[0-9.]+ ns/op\t +0 B/op\t +0 allocs/op\n)"))) << h.out;
}

// -bench X/Y: BenchmarkX runs (once, to find its sub-benchmarks) and only the matching ones
// are measured.
TEST(Bench, SlashPatternSelectsSubBenchmarks) {
  const char* src = R"go(package main

import "testing"

func BenchmarkX(b *testing.B) {
	for _, n := range []string{"keep", "drop", "keep too"} {
		b.Run(n, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
			}
		})
	}
}

func BenchmarkY(b *testing.B) {
	panic("not selected")
}
)go";
  gort::RunOptions o;
  o.gomaxprocs = 1;
  o.args = {"-test.bench=X/keep", "-test.benchtime=2x"};
  CaptureHost h;
  EXPECT_EQ(gort::run(src, o, h), 0) << h.out << h.err;
  EXPECT_NE(h.out.find("\nBenchmarkX\nBenchmarkX/keep\nBenchmarkX/keep "), std::string::npos) << h.out;
  EXPECT_NE(h.out.find("\nBenchmarkX/keep_too\nBenchmarkX/keep_too "), std::string::npos) << h.out;
  EXPECT_EQ(h.out.find("drop"), std::string::npos) << h.out;
  EXPECT_EQ(h.out.find("BenchmarkY"), std::string::npos) << h.out;
}

}  // namespace
