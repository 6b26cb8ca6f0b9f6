// engine/stdlib/vfs/vfs.cpp — the in-memory file system of one run (see vfs.h): path
// resolution as Linux's namei (component by component, "." and ".." through the parent
// links, ENOTDIR/ENOENT/EACCES in the kernel's order), the node tree and the fd table.
#include "stdlib/vfs/vfs.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace gort::vfs {

std::string_view errno_text(int e) {
  switch (e) {
    case EPERM_: return "operation not permitted";
    case ENOENT_: return "no such file or directory";
    case EBADF_: return "bad file descriptor";
    case EACCES_: return "permission denied";
    case EBUSY_: return "device or resource busy";
    case EEXIST_: return "file exists";
    case EXDEV_: return "invalid cross-device link";
    case ENOTDIR_: return "not a directory";
    case EISDIR_: return "is a directory";
    case EINVAL_: return "invalid argument";
    case EFBIG_: return "file too large";
    case ENOSPC_: return "no space left on device";
    case ESPIPE_: return "illegal seek";
    case ENAMETOOLONG_: return "file name too long";
    case ENOTEMPTY_: return "directory not empty";
    default: return "unknown error";
  }
}

struct Node {
  uint32_t mode = 0;  // Go FileMode bits
  std::string data;   // regular files
  std::map<std::string, NodeP> kids;  // directories, by name (so listings are sorted)
  std::weak_ptr<Node> parent;          // directories: for ".." and getcwd
  std::string name;                    // directories: name in the parent
  int64_t mtime = 0;
  uint64_t ino = 0;
  bool linked = true;
  int open_count = 0;
  bool dir() const { return (mode & kModeDir) != 0; }
};

namespace {
constexpr uint32_t kUmask = 022;
constexpr uint32_t kR = 0400, kW = 0200, kX = 0100;
bool can(const Node& n, uint32_t bits) { return (n.mode & bits) == bits; }
}  // namespace

struct FileSystem::OpenFile {
  NodeP node;
  bool rd = false, wr = false, append = false;
  int64_t off = 0;
  bool listed = false;                 // directory: names snapshot taken
  std::vector<std::string> names;
  size_t pos = 0;
};

struct FileSystem::Resolved {
  NodeP parent;       // directory holding `base` (null when the path ends in . or .. or is /)
  std::string base;
  NodeP node;         // null: does not exist (parent is then valid)
  bool trailing_slash = false;
  bool dot = false;   // the last component is "." or ".." (or the path is "/")
};

FileSystem::FileSystem(std::string cwd, std::function<int64_t()> clock, int64_t max_bytes)
    : clock_(std::move(clock)), max_bytes_(max_bytes) {
  root_ = std::make_shared<Node>();
  root_->mode = kModeDir | 0755;
  root_->ino = next_ino_++;
  root_->mtime = now();
  cwd_ = root_;
  auto tmp = std::make_shared<Node>();
  tmp->mode = kModeDir | kModeSticky | 0777;
  tmp->ino = next_ino_++;
  tmp->mtime = now();
  tmp->parent = root_;
  tmp->name = "tmp";
  root_->kids["tmp"] = tmp;
  // The cwd and its parents (0755).
  NodeP cur = root_;
  size_t i = 0;
  while (i < cwd.size()) {
    size_t j = cwd.find('/', i);
    if (j == std::string::npos) j = cwd.size();
    std::string c = cwd.substr(i, j - i);
    i = j + 1;
    if (c.empty() || c == ".") continue;
    auto it = cur->kids.find(c);
    if (it == cur->kids.end()) {
      auto d = std::make_shared<Node>();
      d->mode = kModeDir | 0755;
      d->ino = next_ino_++;
      d->mtime = now();
      d->parent = cur;
      d->name = c;
      it = cur->kids.emplace(c, d).first;
    }
    cur = it->second;
  }
  cwd_ = cur;
}

FileSystem::~FileSystem() = default;

Stat FileSystem::stat_of(const Node& n) const {
  Stat s;
  s.size = n.dir() ? 4096 : static_cast<int64_t>(n.data.size());
  s.mode = n.mode;
  s.mtime_ns = n.mtime;
  s.ino = n.ino;
  return s;
}

int FileSystem::resolve(std::string_view path, Resolved* r) {
  if (path.empty()) return ENOENT_;
  NodeP cur = path[0] == '/' ? root_ : cwd_;
  std::vector<std::string_view> comps;
  for (size_t i = 0; i < path.size();) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) comps.push_back(path.substr(i, j - i));
    i = j + 1;
  }
  r->trailing_slash = path.back() == '/';
  if (comps.empty()) {  // "/", "//"
    r->node = root_;
    r->dot = true;
    return kOk;
  }
  for (size_t i = 0; i < comps.size(); ++i) {
    bool last = i + 1 == comps.size();
    if (!cur->dir()) return ENOTDIR_;
    if (!can(*cur, kX)) return EACCES_;
    std::string_view c = comps[i];
    if (c.size() > 255) return ENAMETOOLONG_;
    if (c == "." || c == "..") {
      if (c == "..") {
        NodeP p = cur->parent.lock();
        if (p) cur = p;
      }
      if (last) {
        r->node = cur;
        r->dot = true;
      }
      continue;
    }
    auto it = cur->kids.find(std::string(c));
    if (last) {
      r->parent = cur;
      r->base = std::string(c);
      r->node = it == cur->kids.end() ? nullptr : it->second;
      break;
    }
    if (it == cur->kids.end()) return ENOENT_;
    cur = it->second;
  }
  if (r->node && r->trailing_slash && !r->node->dir()) return ENOTDIR_;
  return kOk;
}

int FileSystem::resolve_node(std::string_view path, NodeP* n) {
  Resolved r;
  if (int e = resolve(path, &r)) return e;
  if (!r.node) return ENOENT_;
  *n = r.node;
  return kOk;
}

FileSystem::OpenFile* FileSystem::file(int fd) {
  auto it = fds_.find(fd);
  return it == fds_.end() ? nullptr : it->second.get();
}

void FileSystem::unlinked(Node& n) {
  n.linked = false;
  if (n.open_count == 0) bytes_ -= static_cast<int64_t>(n.data.size());
}

int FileSystem::set_size(Node& n, int64_t size) {
  if (size < 0) return EINVAL_;
  if (size > max_bytes_) return EFBIG_;
  int64_t grow = size - static_cast<int64_t>(n.data.size());
  if (grow > 0 && bytes_ + grow > max_bytes_) return ENOSPC_;
  n.data.resize(static_cast<size_t>(size));
  bytes_ += grow;
  n.mtime = now();
  return kOk;
}

int FileSystem::put_file(std::string_view path, std::string_view data) {
  std::lock_guard<std::mutex> lk(mu_);
  NodeP cur = !path.empty() && path[0] == '/' ? root_ : cwd_;
  std::vector<std::string> comps;
  for (size_t i = 0; i < path.size();) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) comps.emplace_back(path.substr(i, j - i));
    i = j + 1;
  }
  if (comps.empty() || comps.back() == "." || comps.back() == "..") return EISDIR_;
  for (size_t i = 0; i + 1 < comps.size(); ++i) {
    const std::string& c = comps[i];
    if (c == ".") continue;
    if (c == "..") {
      if (NodeP p = cur->parent.lock()) cur = p;
      continue;
    }
    auto it = cur->kids.find(c);
    if (it == cur->kids.end()) {
      auto d = std::make_shared<Node>();
      d->mode = kModeDir | 0755;
      d->ino = next_ino_++;
      d->mtime = now();
      d->parent = cur;
      d->name = c;
      it = cur->kids.emplace(c, d).first;
    }
    if (!it->second->dir()) return ENOTDIR_;
    cur = it->second;
  }
  NodeP& f = cur->kids[comps.back()];
  if (f && f->dir()) return EISDIR_;
  if (!f) {
    f = std::make_shared<Node>();
    f->mode = 0644;
    f->ino = next_ino_++;
  }
  if (int e = set_size(*f, 0)) return e;
  if (int e = set_size(*f, static_cast<int64_t>(data.size()))) return e;
  std::memcpy(f->data.data(), data.data(), data.size());
  return kOk;
}

int FileSystem::open(std::string_view path, int flags, uint32_t perm, int* fd) {
  std::lock_guard<std::mutex> lk(mu_);
  Resolved r;
  if (int e = resolve(path, &r)) return e;
  int acc = flags & kO_ACCMODE;
  bool rd = acc == kO_RDONLY || acc == kO_RDWR;
  bool wr = acc == kO_WRONLY || acc == kO_RDWR;
  NodeP n = r.node;
  if (!n) {
    if (!(flags & kO_CREAT)) return ENOENT_;
    if (r.trailing_slash) return EISDIR_;
    if (!can(*r.parent, kW | kX)) return EACCES_;
    if (!r.parent->linked) return ENOENT_;
    n = std::make_shared<Node>();
    n->mode = perm & kModePerm & ~kUmask;
    n->ino = next_ino_++;
    n->mtime = now();
    r.parent->kids[r.base] = n;
    r.parent->mtime = now();
  } else {
    if ((flags & kO_CREAT) && (flags & kO_EXCL)) return EEXIST_;
    if (n->dir() && (wr || (flags & (kO_CREAT | kO_TRUNC)))) return EISDIR_;
    if ((rd && !can(*n, kR)) || (wr && !can(*n, kW))) return EACCES_;
    if ((flags & kO_TRUNC) && wr)
      if (int e = set_size(*n, 0)) return e;
  }
  int f = 3;
  while (fds_.count(f)) ++f;  // the lowest free descriptor, as Linux
  auto of = std::make_unique<OpenFile>();
  of->node = n;
  of->rd = rd;
  of->wr = wr;
  of->append = (flags & kO_APPEND) != 0;
  n->open_count++;
  fds_[f] = std::move(of);
  *fd = f;
  return kOk;
}

int FileSystem::close(int fd) {
  std::lock_guard<std::mutex> lk(mu_);
  auto it = fds_.find(fd);
  if (it == fds_.end()) return EBADF_;
  Node& n = *it->second->node;
  if (--n.open_count == 0 && !n.linked) bytes_ -= static_cast<int64_t>(n.data.size());
  fds_.erase(it);
  return kOk;
}

int FileSystem::pread(int fd, char* buf, size_t n, int64_t off, size_t* got) {
  std::lock_guard<std::mutex> lk(mu_);
  *got = 0;
  OpenFile* f = file(fd);
  if (!f || !f->rd) return EBADF_;
  if (f->node->dir()) return EISDIR_;
  if (off < 0) return EINVAL_;
  const std::string& d = f->node->data;
  if (static_cast<uint64_t>(off) >= d.size()) return kOk;
  size_t k = std::min(n, d.size() - static_cast<size_t>(off));
  std::memcpy(buf, d.data() + off, k);
  *got = k;
  return kOk;
}

int FileSystem::read(int fd, char* buf, size_t n, size_t* got) {
  int64_t off;
  {
    std::lock_guard<std::mutex> lk(mu_);
    OpenFile* f = file(fd);
    if (!f) return EBADF_;
    off = f->off;
  }
  if (int e = pread(fd, buf, n, off, got)) return e;
  std::lock_guard<std::mutex> lk(mu_);
  if (OpenFile* f = file(fd)) f->off = off + static_cast<int64_t>(*got);
  return kOk;
}

int FileSystem::pwrite(int fd, const char* buf, size_t n, int64_t off, size_t* wrote) {
  std::lock_guard<std::mutex> lk(mu_);
  *wrote = 0;
  OpenFile* f = file(fd);
  if (!f || !f->wr) return EBADF_;
  if (off < 0) return EINVAL_;
  Node& nd = *f->node;
  if (f->append) off = static_cast<int64_t>(nd.data.size());  // Linux ignores the offset
  if (n == 0) return kOk;
  if (off > max_bytes_ || static_cast<int64_t>(n) > max_bytes_ - off) return EFBIG_;
  int64_t end = off + static_cast<int64_t>(n);
  if (end > static_cast<int64_t>(nd.data.size()))
    if (int e = set_size(nd, end)) return e;
  std::memcpy(nd.data.data() + off, buf, n);
  nd.mtime = now();
  *wrote = n;
  return kOk;
}

int FileSystem::write(int fd, const char* buf, size_t n, size_t* wrote) {
  int64_t off;
  {
    std::lock_guard<std::mutex> lk(mu_);
    OpenFile* f = file(fd);
    if (!f) return EBADF_;
    off = f->append ? static_cast<int64_t>(f->node->data.size()) : f->off;
  }
  // (Two goroutines writing one fd at once may interleave their offsets, as on Linux
  // without O_APPEND; each write itself is atomic.)
  if (int e = pwrite(fd, buf, n, off, wrote)) return e;
  std::lock_guard<std::mutex> lk(mu_);
  if (OpenFile* f = file(fd)) {
    if (f->append) f->off = static_cast<int64_t>(f->node->data.size());
    else f->off = off + static_cast<int64_t>(*wrote);
  }
  return kOk;
}

int FileSystem::lseek(int fd, int64_t off, int whence, int64_t* pos) {
  std::lock_guard<std::mutex> lk(mu_);
  OpenFile* f = file(fd);
  if (!f) return EBADF_;
  int64_t base;
  switch (whence) {
    case 0: base = 0; break;
    case 1: base = f->off; break;
    case 2: base = f->node->dir() ? 4096 : static_cast<int64_t>(f->node->data.size()); break;
    default: return EINVAL_;
  }
  if ((off > 0 && base > INT64_MAX - off)) return EINVAL_;
  int64_t p = base + off;
  if (p < 0) return EINVAL_;
  f->off = p;
  if (f->node->dir() && p == 0) {  // rewinddir
    f->listed = false;
    f->pos = 0;
  }
  *pos = p;
  return kOk;
}

int FileSystem::fstat(int fd, Stat* st) {
  std::lock_guard<std::mutex> lk(mu_);
  OpenFile* f = file(fd);
  if (!f) return EBADF_;
  *st = stat_of(*f->node);
  return kOk;
}

int FileSystem::ftruncate(int fd, int64_t size) {
  std::lock_guard<std::mutex> lk(mu_);
  OpenFile* f = file(fd);
  if (!f) return EBADF_;
  if (!f->wr || f->node->dir()) return EINVAL_;
  return set_size(*f->node, size);
}

int FileSystem::getdents(int fd, int n, std::vector<DirEntry>* out) {
  std::lock_guard<std::mutex> lk(mu_);
  out->clear();
  OpenFile* f = file(fd);
  if (!f) return EBADF_;
  Node& d = *f->node;
  if (!d.dir()) return ENOTDIR_;
  if (!f->listed) {
    f->names.clear();
    for (const auto& [name, _] : d.kids) f->names.push_back(name);
    f->listed = true;
    f->pos = 0;
  }
  while (f->pos < f->names.size() && (n <= 0 || static_cast<int>(out->size()) < n)) {
    const std::string& name = f->names[f->pos++];
    auto it = d.kids.find(name);
    if (it == d.kids.end()) continue;  // removed since the listing began
    out->push_back(DirEntry{name, stat_of(*it->second)});
  }
  return kOk;
}

int FileSystem::peek_rest(int fd, std::string* out) {
  std::lock_guard<std::mutex> lk(mu_);
  out->clear();
  OpenFile* f = file(fd);
  if (!f || !f->rd) return EBADF_;
  if (f->node->dir()) return EISDIR_;
  const std::string& d = f->node->data;
  if (static_cast<uint64_t>(f->off) < d.size()) out->assign(d, static_cast<size_t>(f->off));
  return kOk;
}

int FileSystem::advance(int fd, int64_t n) {
  std::lock_guard<std::mutex> lk(mu_);
  OpenFile* f = file(fd);
  if (!f) return EBADF_;
  f->off += n;
  return kOk;
}

int FileSystem::stat(std::string_view path, Stat* st) {
  std::lock_guard<std::mutex> lk(mu_);
  NodeP n;
  if (int e = resolve_node(path, &n)) return e;
  *st = stat_of(*n);
  return kOk;
}

int FileSystem::mkdir(std::string_view path, uint32_t perm) {
  std::lock_guard<std::mutex> lk(mu_);
  Resolved r;
  if (int e = resolve(path, &r)) return e;
  if (r.node) return EEXIST_;
  if (!can(*r.parent, kW | kX)) return EACCES_;
  if (!r.parent->linked) return ENOENT_;
  auto d = std::make_shared<Node>();
  d->mode = kModeDir | (perm & kModePerm & ~kUmask) | (perm & kModeSticky);
  d->ino = next_ino_++;
  d->mtime = now();
  d->parent = r.parent;
  d->name = r.base;
  r.parent->kids[r.base] = d;
  r.parent->mtime = now();
  return kOk;
}

int FileSystem::unlink(std::string_view path) {
  std::lock_guard<std::mutex> lk(mu_);
  Resolved r;
  if (int e = resolve(path, &r)) return e;
  if (!r.node) return ENOENT_;
  if (r.dot || r.node->dir()) return EISDIR_;
  if (!can(*r.parent, kW | kX)) return EACCES_;
  r.parent->kids.erase(r.base);
  r.parent->mtime = now();
  unlinked(*r.node);
  return kOk;
}

int FileSystem::rmdir(std::string_view path) {
  std::lock_guard<std::mutex> lk(mu_);
  Resolved r;
  if (int e = resolve(path, &r)) return e;
  if (!r.node) return ENOENT_;
  if (r.node == root_) return EBUSY_;
  if (r.dot) return EINVAL_;
  if (!r.node->dir()) return ENOTDIR_;
  if (!r.node->kids.empty()) return ENOTEMPTY_;
  if (!can(*r.parent, kW | kX)) return EACCES_;
  r.parent->kids.erase(r.base);
  r.parent->mtime = now();
  r.node->linked = false;
  return kOk;
}

int FileSystem::rename(std::string_view from, std::string_view to) {
  std::lock_guard<std::mutex> lk(mu_);
  Resolved a, b;
  if (int e = resolve(from, &a)) return e;
  if (!a.node) return ENOENT_;
  if (int e = resolve(to, &b)) return e;
  if (a.dot || b.dot || a.node == root_) return EBUSY_;
  if (!b.node && b.trailing_slash && !a.node->dir()) return ENOTDIR_;
  if (!can(*a.parent, kW | kX) || !can(*b.parent, kW | kX)) return EACCES_;
  if (a.node == b.node) return kOk;
  if (a.node->dir()) {  // not into itself
    for (NodeP p = b.parent; p; p = p->parent.lock())
      if (p == a.node) return EINVAL_;
  }
  if (b.node) {
    if (a.node->dir() && !b.node->dir()) return ENOTDIR_;
    if (!a.node->dir() && b.node->dir()) return EISDIR_;
    if (b.node->dir() && !b.node->kids.empty()) return ENOTEMPTY_;
  }
  if (!b.parent->linked) return ENOENT_;
  NodeP moving = a.node;
  a.parent->kids.erase(a.base);
  if (b.node) {
    if (b.node->dir()) b.node->linked = false;
    else unlinked(*b.node);
  }
  b.parent->kids[b.base] = moving;
  if (moving->dir()) {
    moving->parent = b.parent;
    moving->name = b.base;
  }
  a.parent->mtime = b.parent->mtime = now();
  return kOk;
}

int FileSystem::chdir(std::string_view path) {
  std::lock_guard<std::mutex> lk(mu_);
  NodeP n;
  if (int e = resolve_node(path, &n)) return e;
  if (!n->dir()) return ENOTDIR_;
  if (!can(*n, kX)) return EACCES_;
  cwd_ = n;
  return kOk;
}

int FileSystem::getcwd(std::string* out) {
  std::lock_guard<std::mutex> lk(mu_);
  std::vector<const Node*> chain;
  for (const Node* n = cwd_.get(); n && n != root_.get();) {
    if (!n->linked) return ENOENT_;
    chain.push_back(n);
    NodeP p = n->parent.lock();
    n = p.get();
  }
  out->clear();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) *out += "/" + (*it)->name;
  if (out->empty()) *out = "/";
  return kOk;
}

int FileSystem::chmod(std::string_view path, uint32_t perm) {
  std::lock_guard<std::mutex> lk(mu_);
  NodeP n;
  if (int e = resolve_node(path, &n)) return e;
  n->mode = (n->mode & ~(kModePerm | kModeSticky)) | (perm & (kModePerm | kModeSticky));
  return kOk;
}

int FileSystem::truncate(std::string_view path, int64_t size) {
  std::lock_guard<std::mutex> lk(mu_);
  NodeP n;
  if (int e = resolve_node(path, &n)) return e;
  if (n->dir()) return EISDIR_;
  if (!can(*n, kW)) return EACCES_;
  return set_size(*n, size);
}

int64_t FileSystem::bytes_used() {
  std::lock_guard<std::mutex> lk(mu_);
  return bytes_;
}

}  // namespace gort::vfs
