// engine/host/cli_options_test.cpp — the CLI's flag parsing.
#include <gtest/gtest.h>

#include <cstdio>

#include "host/cli_options.h"

using gort::host::parse_cli;

TEST(CliOptions, RunWithAllFlags) {
  auto c = parse_cli({"run", "dir/say.go", "--gomaxprocs", "2", "--faketime", "--go", "1.21",
                      "--seed=7", "--schedtrace", "--race"});
  ASSERT_EQ(c.error, "");
  EXPECT_EQ(c.command, "run");
  EXPECT_EQ(c.file, "dir/say.go");
  EXPECT_EQ(c.opts.filename, "say.go");
  EXPECT_EQ(c.opts.gomaxprocs, 2);
  EXPECT_TRUE(c.opts.faketime);
  EXPECT_EQ(c.opts.go_minor, 21);
  EXPECT_EQ(c.opts.seed, 7u);
  EXPECT_TRUE(c.opts.schedtrace);
  EXPECT_TRUE(c.opts.race);
}

TEST(CliOptions, ProgramArgumentsFollowTheFile) {
  // As `go run x.go a -b`: the first word after the file that is not a flag starts os.Args[1:].
  auto c = parse_cli({"run", "x.go", "--faketime", "a", "-word=opt", "--gomaxprocs", "2"});
  ASSERT_EQ(c.error, "");
  EXPECT_TRUE(c.opts.faketime);
  EXPECT_EQ(c.opts.gomaxprocs, 0);
  EXPECT_EQ(c.opts.args, (std::vector<std::string>{"a", "-word=opt", "--gomaxprocs", "2"}));
  // `--` ends gort's flags, so the program's arguments may start with a dash.
  c = parse_cli({"run", "--seed", "3", "x.go", "--", "-fork", "--", "b"});
  ASSERT_EQ(c.error, "");
  EXPECT_EQ(c.opts.seed, 3u);
  EXPECT_EQ(c.opts.args, (std::vector<std::string>{"-fork", "--", "b"}));
  EXPECT_TRUE(parse_cli({"run", "x.go"}).opts.args.empty());
  EXPECT_NE(parse_cli({"run", "x.go", "y.go"}).error, "");  // still one file at a time
}

TEST(CliOptions, DefaultsAndFlagsBeforeFile) {
  auto c = parse_cli({"test", "--gomaxprocs=1", "x.md"});
  ASSERT_EQ(c.error, "");
  EXPECT_EQ(c.file, "x.md");
  EXPECT_EQ(c.opts.gomaxprocs, 1);
  EXPECT_FALSE(c.opts.faketime);
  EXPECT_EQ(c.opts.go_minor, 0);  // no --go: the file's //go:build line decides (else 1.24)
  EXPECT_EQ(parse_cli({"run", "x.go", "--go", "1.22"}).opts.go_minor, 22);
  EXPECT_EQ(parse_cli({"run", "x.go", "--go", "1.23"}).opts.go_minor, 23);
  EXPECT_EQ(parse_cli({"run", "x.go", "--go", "go1.24"}).opts.go_minor, 24);
  EXPECT_NE(parse_cli({"run", "x.go", "--go", "1.25"}).error, "");
  EXPECT_EQ(parse_cli({"run", "x.go", "--go", "1.21", "--go", "auto"}).opts.go_minor, 0);
}

TEST(CliOptions, Errors) {
  EXPECT_NE(parse_cli({}).error, "");
  EXPECT_NE(parse_cli({"build", "x.go"}).error, "");
  EXPECT_NE(parse_cli({"run"}).error, "");
  EXPECT_NE(parse_cli({"run", "x.go", "--gomaxprocs", "0"}).error, "");
  EXPECT_NE(parse_cli({"run", "x.go", "--gomaxprocs"}).error, "");
  EXPECT_NE(parse_cli({"run", "x.go", "--go", "1.18"}).error, "");
  EXPECT_NE(parse_cli({"run", "x.go", "--bogus"}).error, "");
  EXPECT_NE(parse_cli({"run", "x.go", "y.go"}).error, "");
}

TEST(CliOptions, FileFlagReadsTheHostFile) {
  const char* path = "/tmp/gort_cli_file_flag_test.txt";
  {
    FILE* f = std::fopen(path, "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("payload", f);
    std::fclose(f);
  }
  gort::RunOptions o;
  EXPECT_EQ(gort::host::apply_run_flags({"--file", std::string("in/data.txt=") + path}, o), "");
  ASSERT_EQ(o.files.size(), 1u);
  EXPECT_EQ(o.files[0].first, "in/data.txt");
  EXPECT_EQ(o.files[0].second, "payload");
  EXPECT_NE(gort::host::apply_run_flags({"--file", "noequals"}, o), "");
  EXPECT_NE(gort::host::apply_run_flags({"--file=x=/nonexistent/really"}, o), "");
  std::remove(path);
}

TEST(CliOptions, Limits) {
  auto c = parse_cli({"run", "x.go", "--time-limit", "1m30s", "--memory-limit=64MiB",
                      "--output-limit", "1000", "--max-goroutines", "50"});
  ASSERT_EQ(c.error, "");
  EXPECT_EQ(c.opts.time_limit_ns, 90'000'000'000LL);
  EXPECT_EQ(c.opts.memory_limit, 64u << 20);
  EXPECT_EQ(c.opts.output_limit, 1000u);
  EXPECT_EQ(c.opts.max_goroutines, 50);
  EXPECT_EQ(parse_cli({"run", "x.go"}).opts.time_limit_ns, 0);  // no limit by default

  int64_t ns = 0;
  EXPECT_TRUE(gort::host::parse_duration("250ms", ns));
  EXPECT_EQ(ns, 250'000'000);
  EXPECT_TRUE(gort::host::parse_duration("1.5s", ns));
  EXPECT_EQ(ns, 1'500'000'000);
  EXPECT_TRUE(gort::host::parse_duration("2", ns));  // bare number: seconds
  EXPECT_EQ(ns, 2'000'000'000);
  for (const char* bad : {"", "0s", "5x", "s", "1s2", "-1s", "1..5s"})
    EXPECT_FALSE(gort::host::parse_duration(bad, ns)) << bad;

  uint64_t b = 0;
  EXPECT_TRUE(gort::host::parse_size("1GB", b));
  EXPECT_EQ(b, 1'000'000'000u);
  EXPECT_TRUE(gort::host::parse_size("1.5K", b));
  EXPECT_EQ(b, 1536u);
  for (const char* bad : {"", "0", "12X", "MiB", "-5"})
    EXPECT_FALSE(gort::host::parse_size(bad, b)) << bad;

  EXPECT_NE(parse_cli({"run", "x.go", "--time-limit", "soon"}).error, "");
  EXPECT_NE(parse_cli({"run", "x.go", "--memory-limit", "lots"}).error, "");
  EXPECT_NE(parse_cli({"run", "x.go", "--max-goroutines", "0"}).error, "");
}

// go test's flags reach a test program as a test binary's (-test.bench=. ...), in order.
TEST(CliOptions, TestFlagsBecomeTheProgramsArgs) {
  auto c = parse_cli({"test", "--bench", ".", "x.go", "-benchtime=100x", "--benchmem", "-run", "TestA/b c", "--count=2"});
  ASSERT_EQ(c.error, "");
  EXPECT_EQ(c.file, "x.go");
  std::vector<std::string> want{"-test.bench=.", "-test.benchtime=100x", "-test.benchmem=true",
                                "-test.run=TestA/b c", "-test.count=2"};
  EXPECT_EQ(c.opts.args, want);
  EXPECT_NE(parse_cli({"test", "x.go", "--bench"}).error, "");
}
