// engine/host/stdin_ring_test.cpp — the stdin byte queue of the wasm/Node hosts: order, EOF,
// cancel, and a reader blocked before any bytes exist being woken by a writer.
#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "host/stdin_ring.h"

using gort::host::StdinRing;

TEST(StdinRing, DeliversBytesInOrderThenEofAfterClose) {
  StdinRing r;
  r.write("hello ", 6);
  r.write("world\n", 6);
  r.close();
  r.write("dropped", 7);  // after EOF, as on a closed pipe
  std::string got;
  char buf[4];
  for (size_t n; (n = r.read(buf, sizeof buf)) > 0;) got.append(buf, n);
  EXPECT_EQ(got, "hello world\n");
  EXPECT_EQ(r.read(buf, sizeof buf), 0u);
}

TEST(StdinRing, BlockedReaderWakesForLaterWritesAndClose) {
  StdinRing r;
  std::string got;
  std::thread reader([&] {
    char buf[8];
    for (size_t n; (n = r.read(buf, sizeof buf)) > 0;) got.append(buf, n);
  });
  // The reader may block before or after each write; either way it must see every byte.
  std::string sent;
  for (int i = 0; i < 1000; i++) {
    std::string s = std::to_string(i) + ",";
    r.write(s.data(), s.size());
    sent += s;
  }
  r.close();
  reader.join();
  EXPECT_EQ(got, sent);
}

TEST(StdinRing, CancelWakesABlockedReaderWithEofAndResetReopens) {
  StdinRing r;
  size_t result = 99;
  std::thread reader([&] {
    char buf[8];
    result = r.read(buf, sizeof buf);
  });
  r.cancel();
  reader.join();
  EXPECT_EQ(result, 0u);
  r.reset();
  r.write("x", 1);
  char c = 0;
  EXPECT_EQ(r.read(&c, 1), 1u);
  EXPECT_EQ(c, 'x');
}
