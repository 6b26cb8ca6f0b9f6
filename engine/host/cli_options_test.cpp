// engine/host/cli_options_test.cpp — the CLI's flag parsing.
#include <gtest/gtest.h>

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

TEST(CliOptions, DefaultsAndFlagsBeforeFile) {
  auto c = parse_cli({"test", "--gomaxprocs=1", "x.md"});
  ASSERT_EQ(c.error, "");
  EXPECT_EQ(c.file, "x.md");
  EXPECT_EQ(c.opts.gomaxprocs, 1);
  EXPECT_FALSE(c.opts.faketime);
  EXPECT_EQ(c.opts.go_minor, 0);  // no --go: the file's //go:build line decides (else 1.22)
  EXPECT_EQ(parse_cli({"run", "x.go", "--go", "1.22"}).opts.go_minor, 22);
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
