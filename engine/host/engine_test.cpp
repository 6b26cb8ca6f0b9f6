// engine/host/engine_test.cpp — gort::run as a long-lived host uses it: many runs in one
// process, each starting clean. A run whose program hit a limit (or ran out of memory with its
// M parked for good) frees its whole heap; a goroutine still blocked reading stdin when main
// returns is woken (Host::cancel_stdin) and joined, so nothing of the run survives it.
#include <gtest/gtest.h>
#include <malloc.h>

#include <condition_variable>
#include <mutex>
#include <string>

#include "host/engine.h"

namespace {

// Collects output; stdin blocks until cancel_stdin (a terminal nobody types into).
class TestHost final : public gort::Host {
 public:
  void output(const gort::OutputEvent& ev) override {
    (ev.stream == gort::Stream::Stdout ? out : err).append(ev.bytes);
  }
  size_t read_stdin(char*, size_t) override {
    std::unique_lock<std::mutex> lk(mu_);
    readers_++;
    cv_.wait(lk, [&] { return cancelled_; });
    readers_--;
    return 0;
  }
  bool cancel_stdin() override {
    std::lock_guard<std::mutex> lk(mu_);
    cancelled_ = true;
    cv_.notify_all();
    return true;
  }
  int readers() {
    std::lock_guard<std::mutex> lk(mu_);
    return readers_;
  }
  std::string out, err;

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool cancelled_ = false;
  int readers_ = 0;
};

size_t malloc_in_use() { return mallinfo2().uordblks; }

int run(const std::string& src, const gort::RunOptions& o, TestHost& h) {
  return gort::run(src, o, h);
}

const char* kHello = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n";

TEST(Engine, ARunOverItsMemoryLimitFreesItsHeapEvenWhenItsMStopsForGood) {
  // 48 MiB live, then one allocation larger than the limit: that M parks for good.
  const char* src =
      "package main\n\nimport \"fmt\"\n\nvar keep [][]byte\n\nfunc main() {\n"
      "\tfor i := 0; i < 6; i++ {\n\t\tkeep = append(keep, make([]byte, 1<<20))  // 8 MiB: a byte is a Value slot\n\t}\n"
      "\tfmt.Println(\"48 MiB\")\n\tb := make([]byte, 1<<26)\n\tfmt.Println(len(b))\n}\n";
  gort::RunOptions o;
  o.memory_limit = 64 << 20;
  { TestHost h; ASSERT_EQ(run(kHello, {}, h), 0); }  // warm up the engine's own allocations
  size_t before = malloc_in_use();
  int abandoned = gort::abandoned_threads();
  for (int i = 0; i < 2; i++) {
    TestHost h;
    EXPECT_EQ(run(src, o, h), gort::kLimitExitStatus);
    EXPECT_EQ(h.out, "48 MiB\n");
    EXPECT_EQ(h.err, "gort: program exceeded the 64 MiB memory limit\n");
    EXPECT_EQ(gort::last_limit(), gort::LimitKind::Memory);
  }
  EXPECT_EQ(gort::abandoned_threads(), abandoned + 2);
  size_t after = malloc_in_use();
  EXPECT_LT(after, before + (8u << 20)) << "in use before " << before << ", after " << after;
  TestHost h;
  EXPECT_EQ(run(kHello, {}, h), 0);
  EXPECT_EQ(h.out, "hi\n");
  EXPECT_EQ(gort::last_limit(), gort::LimitKind::None);
}

TEST(Engine, AReaderBlockedOnStdinWhenMainReturnsIsWokenAndJoined) {
  const char* src =
      "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"time\"\n)\n\n"
      "func main() {\n\tgo func() {\n\t\tsc := bufio.NewScanner(os.Stdin)\n"
      "\t\tfor sc.Scan() {\n\t\t\tfmt.Println(\"read\", sc.Text())\n\t\t}\n\t}()\n"
      "\ttime.Sleep(20 * time.Millisecond)\n\tfmt.Println(\"bye\")\n}\n";
  for (int i = 0; i < 3; i++) {
    TestHost h;
    EXPECT_EQ(run(src, {}, h), 0);
    EXPECT_EQ(h.out, "bye\n");
    EXPECT_EQ(h.readers(), 0) << "run() returned with a reader still blocked";
  }
}

TEST(Engine, ArgsAreOsArgsOfThatRunOnly) {
  const char* prog = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(len(os.Args), os.Args)\n}\n";
  gort::RunOptions o;
  o.args = {"a", "-b=c"};
  TestHost h;
  EXPECT_EQ(run(prog, o, h), 0);
  EXPECT_EQ(h.out, "3 [/tmp/prog a -b=c]\n");
  TestHost h2;  // the next run has no arguments
  EXPECT_EQ(run(prog, gort::RunOptions{}, h2), 0);
  EXPECT_EQ(h2.out, "1 [/tmp/prog]\n");
}

TEST(Engine, OutputLimitCutsAtExactlyTheLimit) {
  gort::RunOptions o;
  o.output_limit = 10;
  TestHost h;
  EXPECT_EQ(run("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tfmt.Print(\"abc\")\n\t}\n}\n", o, h),
            gort::kLimitExitStatus);
  EXPECT_EQ(h.out, "abcabcabca");
  EXPECT_EQ(h.err, "\ngort: program exceeded the 10 bytes output limit\n");
  EXPECT_STREQ(gort::limit_name(gort::last_limit()), "output");
}

}  // namespace
