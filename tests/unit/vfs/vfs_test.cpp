// tests/unit/vfs/vfs_test.cpp — the run's in-memory file system (engine/stdlib/vfs): Linux
// errno results of each call, permissions, rename rules, open-after-unlink, the byte limit,
// and many threads on one file system.
#include "stdlib/vfs/vfs.h"

#include <gtest/gtest.h>

#include <thread>

namespace gort::vfs {
namespace {

std::string read_all(FileSystem& fs, std::string_view path) {
  int fd;
  EXPECT_EQ(fs.open(path, kO_RDONLY, 0, &fd), kOk);
  std::string out;
  char buf[7];
  size_t got;
  while (fs.read(fd, buf, sizeof buf, &got) == kOk && got > 0) out.append(buf, got);
  fs.close(fd);
  return out;
}

TEST(Vfs, StartsWithTmpAndCwd) {
  FileSystem fs("/home/user");
  std::string cwd;
  ASSERT_EQ(fs.getcwd(&cwd), kOk);
  EXPECT_EQ(cwd, "/home/user");
  Stat st;
  ASSERT_EQ(fs.stat("/tmp", &st), kOk);
  EXPECT_EQ(st.mode, kModeDir | kModeSticky | 0777u);
  ASSERT_EQ(fs.stat(".", &st), kOk);
  EXPECT_TRUE(st.is_dir());
  EXPECT_EQ(fs.stat("/nope", &st), ENOENT_);
  EXPECT_EQ(fs.stat("", &st), ENOENT_);
}

TEST(Vfs, CreateWriteReadAppendTrunc) {
  FileSystem fs;
  int fd;
  ASSERT_EQ(fs.open("/tmp/a.txt", kO_WRONLY | kO_CREAT | kO_TRUNC, 0666, &fd), kOk);
  EXPECT_EQ(fd, 3);
  size_t n;
  ASSERT_EQ(fs.write(fd, "hello", 5, &n), kOk);
  char buf[4];
  EXPECT_EQ(fs.read(fd, buf, 4, &n), EBADF_);  // write-only
  fs.close(fd);
  EXPECT_EQ(read_all(fs, "a.txt"), "hello");  // cwd is /tmp
  Stat st;
  ASSERT_EQ(fs.stat("a.txt", &st), kOk);
  EXPECT_EQ(st.mode, 0644u);  // umask 022
  EXPECT_EQ(st.size, 5);
  ASSERT_EQ(fs.open("a.txt", kO_WRONLY | kO_APPEND, 0, &fd), kOk);
  ASSERT_EQ(fs.write(fd, " world", 6, &n), kOk);
  fs.close(fd);
  EXPECT_EQ(read_all(fs, "a.txt"), "hello world");
  EXPECT_EQ(fs.open("a.txt", kO_CREAT | kO_EXCL | kO_WRONLY, 0666, &fd), EEXIST_);
  ASSERT_EQ(fs.open("a.txt", kO_RDWR | kO_TRUNC, 0, &fd), kOk);
  fs.close(fd);
  EXPECT_EQ(read_all(fs, "a.txt"), "");
}

TEST(Vfs, SeekPreadSparse) {
  FileSystem fs;
  int fd;
  ASSERT_EQ(fs.open("f", kO_RDWR | kO_CREAT, 0600, &fd), kOk);
  int64_t pos;
  ASSERT_EQ(fs.lseek(fd, 3, 0, &pos), kOk);
  size_t n;
  ASSERT_EQ(fs.write(fd, "xy", 2, &n), kOk);
  EXPECT_EQ(fs.lseek(fd, -10, 1, &pos), EINVAL_);
  char buf[8];
  ASSERT_EQ(fs.pread(fd, buf, 8, 2, &n), kOk);
  EXPECT_EQ(std::string(buf, n), std::string("\0xy", 3));
  ASSERT_EQ(fs.lseek(fd, 0, 2, &pos), kOk);
  EXPECT_EQ(pos, 5);
  fs.close(fd);
  EXPECT_EQ(fs.close(fd), EBADF_);
}

TEST(Vfs, PathErrorsInKernelOrder) {
  FileSystem fs;
  int fd;
  ASSERT_EQ(fs.open("/tmp/file", kO_WRONLY | kO_CREAT, 0644, &fd), kOk);
  fs.close(fd);
  Stat st;
  EXPECT_EQ(fs.stat("/tmp/file/x", &st), ENOTDIR_);
  EXPECT_EQ(fs.stat("/tmp/file/", &st), ENOTDIR_);
  EXPECT_EQ(fs.stat("/tmp/no/x", &st), ENOENT_);
  EXPECT_EQ(fs.open("/tmp/newdir/", kO_WRONLY | kO_CREAT, 0644, &fd), EISDIR_);
  EXPECT_EQ(fs.open("/tmp", kO_WRONLY, 0, &fd), EISDIR_);
  EXPECT_EQ(fs.mkdir("/tmp", 0777), EEXIST_);
  EXPECT_EQ(fs.mkdir("/tmp/a/b", 0777), ENOENT_);
  ASSERT_EQ(fs.mkdir("/tmp/a", 0777), kOk);
  ASSERT_EQ(fs.stat("/tmp/a/../a/./", &st), kOk);
  EXPECT_EQ(st.mode, kModeDir | 0755u);
  EXPECT_EQ(fs.stat("/../../tmp", &st), kOk);
  EXPECT_EQ(fs.unlink("/tmp/a"), EISDIR_);
  EXPECT_EQ(fs.rmdir("/tmp/file"), ENOTDIR_);
  EXPECT_EQ(fs.rmdir("/tmp"), ENOTEMPTY_);
  EXPECT_EQ(fs.rmdir("/tmp/a/."), EINVAL_);
  EXPECT_EQ(fs.rmdir("/"), EBUSY_);
  EXPECT_EQ(fs.rmdir("/tmp/a"), kOk);
  EXPECT_EQ(fs.unlink("/tmp/file"), kOk);
  EXPECT_EQ(fs.unlink("/tmp/file"), ENOENT_);
  EXPECT_EQ(fs.stat(std::string(300, 'x'), &st), ENAMETOOLONG_);
}

TEST(Vfs, Permissions) {
  FileSystem fs;
  int fd;
  ASSERT_EQ(fs.open("ro", kO_WRONLY | kO_CREAT, 0444, &fd), kOk);
  size_t n;
  EXPECT_EQ(fs.write(fd, "x", 1, &n), kOk);  // the creating fd may write
  fs.close(fd);
  EXPECT_EQ(fs.open("ro", kO_WRONLY, 0, &fd), EACCES_);
  ASSERT_EQ(fs.mkdir("d", 0500), kOk);
  EXPECT_EQ(fs.open("d/f", kO_WRONLY | kO_CREAT, 0644, &fd), EACCES_);
  ASSERT_EQ(fs.chmod("d", 0), kOk);
  Stat st;
  EXPECT_EQ(fs.stat("d/f", &st), EACCES_);
  EXPECT_EQ(fs.chdir("d"), EACCES_);
}

TEST(Vfs, RenameRules) {
  FileSystem fs;
  ASSERT_EQ(fs.put_file("x/f", "1"), kOk);
  ASSERT_EQ(fs.put_file("x/g", "2"), kOk);
  ASSERT_EQ(fs.mkdir("y", 0777), kOk);
  ASSERT_EQ(fs.put_file("z/inner", ""), kOk);
  EXPECT_EQ(fs.rename("x/f", "x/g"), kOk);  // replaces
  EXPECT_EQ(read_all(fs, "x/g"), "1");
  EXPECT_EQ(fs.rename("x/g", "y"), EISDIR_);
  EXPECT_EQ(fs.rename("y", "x/g"), ENOTDIR_);
  EXPECT_EQ(fs.rename("y", "z"), ENOTEMPTY_);
  EXPECT_EQ(fs.rename("x", "x/sub"), EINVAL_);
  EXPECT_EQ(fs.rename("nope", "q"), ENOENT_);
  EXPECT_EQ(fs.rename("x/g", "nodir/q"), ENOENT_);
  ASSERT_EQ(fs.chdir("x"), kOk);
  ASSERT_EQ(fs.rename("/tmp/x", "/tmp/y/moved"), kOk);
  std::string cwd;
  ASSERT_EQ(fs.getcwd(&cwd), kOk);
  EXPECT_EQ(cwd, "/tmp/y/moved");  // the cwd follows its directory
  EXPECT_EQ(read_all(fs, "g"), "1");
}

TEST(Vfs, UnlinkedFileStaysReadable) {
  FileSystem fs;
  ASSERT_EQ(fs.put_file("/tmp/f", "data"), kOk);
  int fd;
  ASSERT_EQ(fs.open("/tmp/f", kO_RDONLY, 0, &fd), kOk);
  ASSERT_EQ(fs.unlink("/tmp/f"), kOk);
  EXPECT_EQ(fs.bytes_used(), 4);
  char buf[8];
  size_t n;
  ASSERT_EQ(fs.read(fd, buf, 8, &n), kOk);
  EXPECT_EQ(std::string(buf, n), "data");
  fs.close(fd);
  EXPECT_EQ(fs.bytes_used(), 0);
}

TEST(Vfs, ByteLimit) {
  constexpr int64_t kMax = 1 << 20;
  FileSystem fs("/tmp", nullptr, kMax);
  int fd;
  ASSERT_EQ(fs.open("big", kO_RDWR | kO_CREAT, 0644, &fd), kOk);
  int64_t pos;
  ASSERT_EQ(fs.lseek(fd, int64_t{1} << 40, 0, &pos), kOk);
  size_t n;
  EXPECT_EQ(fs.write(fd, "x", 1, &n), EFBIG_);
  EXPECT_EQ(fs.ftruncate(fd, kMax + 1), EFBIG_);
  ASSERT_EQ(fs.ftruncate(fd, kMax), kOk);
  int fd2;
  ASSERT_EQ(fs.open("more", kO_RDWR | kO_CREAT, 0644, &fd2), kOk);
  EXPECT_EQ(fs.write(fd2, "x", 1, &n), ENOSPC_);
  ASSERT_EQ(fs.ftruncate(fd, 0), kOk);
  EXPECT_EQ(fs.write(fd2, "x", 1, &n), kOk);
}

TEST(Vfs, GetdentsSortedAndIncremental) {
  FileSystem fs;
  ASSERT_EQ(fs.put_file("d/b", "bb"), kOk);
  ASSERT_EQ(fs.put_file("d/a", "a"), kOk);
  ASSERT_EQ(fs.mkdir("d/c", 0777), kOk);
  int fd;
  ASSERT_EQ(fs.open("d", kO_RDONLY, 0, &fd), kOk);
  std::vector<DirEntry> ents;
  ASSERT_EQ(fs.getdents(fd, 2, &ents), kOk);
  ASSERT_EQ(ents.size(), 2u);
  EXPECT_EQ(ents[0].name, "a");
  EXPECT_EQ(ents[1].st.size, 2);
  ASSERT_EQ(fs.getdents(fd, 0, &ents), kOk);
  ASSERT_EQ(ents.size(), 1u);
  EXPECT_TRUE(ents[0].st.is_dir());
  ASSERT_EQ(fs.getdents(fd, 0, &ents), kOk);
  EXPECT_TRUE(ents.empty());
  size_t n;
  char buf[1];
  EXPECT_EQ(fs.read(fd, buf, 1, &n), EISDIR_);
}

TEST(Vfs, ThreadsShareOneFileSystem) {
  FileSystem fs;
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&fs, t] {
      std::string dir = "/tmp/t" + std::to_string(t);
      ASSERT_EQ(fs.mkdir(dir, 0755), kOk);
      for (int i = 0; i < 200; ++i) {
        int fd;
        std::string p = dir + "/f" + std::to_string(i);
        ASSERT_EQ(fs.open(p, kO_WRONLY | kO_CREAT, 0644, &fd), kOk);
        size_t n;
        ASSERT_EQ(fs.write(fd, "abc", 3, &n), kOk);
        ASSERT_EQ(fs.close(fd), kOk);
        if (i % 2) {
          ASSERT_EQ(fs.unlink(p), kOk);
        }
      }
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(fs.bytes_used(), 4 * 100 * 3);
}

}  // namespace
}  // namespace gort::vfs
