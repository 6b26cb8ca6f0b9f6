// engine/stdlib/vfs/vfs.h — the private in-memory file system a Go program sees during one run.
// Plain C++ (no VM, no Go syntax): a tree of directories and regular files, a cwd, and an fd
// table, with the Linux system calls os needs (open/read/write/pread/lseek/close/fstat/
// getdents, stat, mkdir, unlink, rmdir, rename, chdir, getcwd, chmod, truncate) returning
// Linux errno values. The os natives (stdlib/os_file_natives.cpp) wrap the results in Go's
// *fs.PathError exactly as Go's os package does over the real system calls.
//
// Behaviour modelled: a non-root user owning every file (permission bits of the owner are
// enforced: r to open for reading, w to write, x to search a directory, w+x to change its
// entries); umask 022; no symlinks (Lstat = Stat); an unlinked file stays readable through
// fds still open on it; directory sizes are 4096 as on ext4. All file bytes together are
// limited (kMaxBytes) so a program cannot exhaust the host: writes beyond it fail with ENOSPC.
// The host's file system is never touched.
//
// Thread-safety: every public method takes the one mutex (goroutines on several Ms).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace gort::vfs {

// Linux errno values (Go's syscall.Errno numbers and texts).
enum Errno : int {
  kOk = 0,
  EPERM_ = 1,
  ENOENT_ = 2,
  EBADF_ = 9,
  EACCES_ = 13,
  EBUSY_ = 16,
  EEXIST_ = 17,
  EXDEV_ = 18,
  ENOTDIR_ = 20,
  EISDIR_ = 21,
  EINVAL_ = 22,
  EFBIG_ = 27,
  ESPIPE_ = 29,
  ENOSPC_ = 28,
  ENAMETOOLONG_ = 36,
  ENOTEMPTY_ = 39,
};
// strerror as Go's syscall.Errno.Error() prints it ("no such file or directory").
std::string_view errno_text(int e);

// Go's FileMode bits used here.
constexpr uint32_t kModeDir = 1u << 31;
constexpr uint32_t kModeSticky = 1u << 20;
constexpr uint32_t kModePerm = 0777;

// open(2) flags, Linux values (as Go's os.O_* on linux/amd64).
constexpr int kO_RDONLY = 0x0, kO_WRONLY = 0x1, kO_RDWR = 0x2, kO_ACCMODE = 0x3;
constexpr int kO_CREAT = 0x40, kO_EXCL = 0x80, kO_TRUNC = 0x200, kO_APPEND = 0x400;
constexpr int kO_SYNC = 0x101000;

struct Stat {
  int64_t size = 0;
  uint32_t mode = 0;     // Go FileMode: kModeDir | kModeSticky | permission bits
  int64_t mtime_ns = 0;  // Unix ns
  uint64_t ino = 0;      // identity (os.SameFile)
  bool is_dir() const { return (mode & kModeDir) != 0; }
};

struct DirEntry {
  std::string name;
  Stat st;
};

struct Node;
using NodeP = std::shared_ptr<Node>;

class FileSystem {
 public:
  static constexpr int64_t kMaxBytes = int64_t{256} << 20;  // all regular files together

  // An empty file system with the directories "/", "/tmp" (mode 1777 as on Linux, shown as
  // drwxrwxrwt) and `cwd` (made with its parents, 0755); the cwd is set to it. `clock`
  // gives the modification times (Unix ns); null = 0.
  // `max_bytes` bounds all regular files together (ENOSPC beyond; EFBIG for one file).
  explicit FileSystem(std::string cwd = "/tmp", std::function<int64_t()> clock = nullptr,
                      int64_t max_bytes = kMaxBytes);
  ~FileSystem();
  FileSystem(const FileSystem&) = delete;
  FileSystem& operator=(const FileSystem&) = delete;

  // Host set-up: a regular file (parents made as needed, mode 0644) with the given bytes. A
  // relative name is relative to the cwd. Returns an errno.
  int put_file(std::string_view path, std::string_view data);

  // ---- system calls; each returns 0 or an errno ----
  int open(std::string_view path, int flags, uint32_t perm, int* fd);
  int close(int fd);
  int read(int fd, char* buf, size_t n, size_t* got);                 // at the offset
  int pread(int fd, char* buf, size_t n, int64_t off, size_t* got);
  int write(int fd, const char* buf, size_t n, size_t* wrote);        // at the offset (or end)
  int pwrite(int fd, const char* buf, size_t n, int64_t off, size_t* wrote);
  int lseek(int fd, int64_t off, int whence, int64_t* pos);
  int fstat(int fd, Stat* st);
  int ftruncate(int fd, int64_t size);
  // Next entries of an open directory (in name order); n <= 0 = all the rest. At the end
  // *out stays empty.
  int getdents(int fd, int n, std::vector<DirEntry>* out);
  // Bytes from the fd's offset to the end of the file without moving it (bufio's view).
  int peek_rest(int fd, std::string* out);
  int advance(int fd, int64_t n);  // moves the offset forward by n

  int stat(std::string_view path, Stat* st);
  int mkdir(std::string_view path, uint32_t perm);
  int unlink(std::string_view path);
  int rmdir(std::string_view path);
  int rename(std::string_view from, std::string_view to);
  int chdir(std::string_view path);
  int chmod(std::string_view path, uint32_t perm);
  int truncate(std::string_view path, int64_t size);
  int getcwd(std::string* out);

  int64_t bytes_used();

 private:
  struct OpenFile;
  struct Resolved;
  int resolve(std::string_view path, Resolved* r);
  int resolve_node(std::string_view path, NodeP* n);
  int64_t now() const { return clock_ ? clock_() : 0; }
  OpenFile* file(int fd);
  int set_size(Node& n, int64_t size);
  Stat stat_of(const Node& n) const;
  void unlinked(Node& n);  // n left the tree: its bytes are freed once no fd holds it

  std::mutex mu_;
  std::function<int64_t()> clock_;
  NodeP root_;
  NodeP cwd_;
  std::map<int, std::unique_ptr<OpenFile>> fds_;
  int next_fd_ = 3;
  uint64_t next_ino_ = 1;
  int64_t bytes_ = 0;
  int64_t max_bytes_;
};

}  // namespace gort::vfs
