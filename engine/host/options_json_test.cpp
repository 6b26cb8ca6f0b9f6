// engine/host/options_json_test.cpp — RunOptions from the wasm API's options JSON.
#include <gtest/gtest.h>

#include "host/options_json.h"

using gort::RunOptions;
using gort::host::parse_options_json;

TEST(OptionsJson, ReadsEveryKey) {
  RunOptions o;
  EXPECT_EQ(parse_options_json(R"({"gomaxprocs": 2, "faketime": true, "go": "1.21", "seed": 42,
                                  "schedtrace": false, "race": true, "filename": "say.go", "future": "ignored"})", o), "");
  EXPECT_EQ(o.gomaxprocs, 2);
  EXPECT_TRUE(o.faketime);
  EXPECT_EQ(o.go_minor, 21);
  EXPECT_EQ(o.seed, 42u);
  EXPECT_FALSE(o.schedtrace);
  EXPECT_TRUE(o.race);
  EXPECT_EQ(o.filename, "say.go");
}

TEST(OptionsJson, EmptyMeansDefaultsAndErrorsAreReported) {
  RunOptions o;
  EXPECT_EQ(parse_options_json("", o), "");
  EXPECT_EQ(parse_options_json("{}", o), "");
  EXPECT_EQ(o.go_minor, 0);  // the file decides
  EXPECT_FALSE(o.faketime);
  EXPECT_EQ(parse_options_json(R"({"go": "1.22"})", o), "");
  EXPECT_EQ(o.go_minor, 22);
  EXPECT_EQ(parse_options_json(R"({"go": "1.24"})", o), "");
  EXPECT_EQ(o.go_minor, 24);
  EXPECT_EQ(parse_options_json(R"({"go": "1.23"})", o), "");
  EXPECT_EQ(o.go_minor, 23);
  EXPECT_NE(parse_options_json(R"({"go": "1.20"})", o), "");
  EXPECT_EQ(parse_options_json(R"({"go": "auto"})", o), "");
  EXPECT_EQ(o.go_minor, 0);
  EXPECT_NE(parse_options_json("[1]", o), "");
  EXPECT_NE(parse_options_json(R"({"go": "1.18"})", o), "");
  EXPECT_NE(parse_options_json(R"({"gomaxprocs": 9999})", o), "");
  EXPECT_NE(parse_options_json(R"({"faketime" true})", o), "");
}

TEST(OptionsJson, ArgsAreStrings) {
  RunOptions o;
  EXPECT_EQ(parse_options_json(R"({"args": ["a", "-b=\"c\""], "seed": 2})", o), "");
  EXPECT_EQ(o.args, (std::vector<std::string>{"a", "-b=\"c\""}));
  EXPECT_EQ(o.seed, 2u);
  RunOptions e;
  EXPECT_EQ(parse_options_json(R"({"args": []})", e), "");
  EXPECT_TRUE(e.args.empty());
  EXPECT_NE(parse_options_json(R"({"args": [1]})", e), "");
  EXPECT_NE(parse_options_json(R"({"args": "a"})", e), "");
}

TEST(OptionsJson, FilesAreBase64Bytes) {
  RunOptions o;
  // "hi\n" and the bytes 00 ff
  EXPECT_EQ(parse_options_json(R"({"seed": 1, "files": {"data.txt": "aGkK", "/tmp/b\"in": "AP8="}, "go": "1.22"})", o), "");
  ASSERT_EQ(o.files.size(), 2u);
  EXPECT_EQ(o.files[0].first, "data.txt");
  EXPECT_EQ(o.files[0].second, "hi\n");
  EXPECT_EQ(o.files[1].first, "/tmp/b\"in");
  EXPECT_EQ(o.files[1].second, std::string("\0\xff", 2));
  EXPECT_EQ(o.go_minor, 22);
  EXPECT_NE(parse_options_json(R"({"files": {"x": "!!"}})", o), "");
  EXPECT_NE(parse_options_json(R"({"files": 3})", o), "");
}

TEST(OptionsJson, TestFlagsBecomeTheProgramsArgs) {
  gort::RunOptions o;
  ASSERT_EQ(gort::host::parse_options_json(R"({"bench":".","benchtime":"3x","benchmem":true,"count":2})", o), "");
  std::vector<std::string> want{"-test.bench=.", "-test.benchtime=3x", "-test.benchmem=true", "-test.count=2"};
  EXPECT_EQ(o.args, want);
}
