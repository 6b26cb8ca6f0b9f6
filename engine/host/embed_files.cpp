// engine/host/embed_files.cpp — RunEmbedFiles: the run's files for //go:embed (embed_files.h).
#include "host/embed_files.h"

#include "stdlib/os_files.h"
#include "stdlib/vfs/vfs.h"

namespace gort::host {

RunEmbedFiles::RunEmbedFiles(const std::vector<std::pair<std::string, std::string>>& files) : files_(files) {}
RunEmbedFiles::~RunEmbedFiles() = default;

vfs::FileSystem& RunEmbedFiles::fs() const {
  if (!fs_) {
    fs_ = std::make_unique<vfs::FileSystem>(stdlib::kRunCwd);
    // A file the run cannot hold is reported when the run's own file system is made.
    for (const auto& [name, data] : files_) fs_->put_file(name, data);
  }
  return *fs_;
}

namespace {
std::string rel(const std::string& p) { return p.empty() ? "." : p; }
}  // namespace

lang::EmbedFiles::Kind RunEmbedFiles::kind(const std::string& path) const {
  vfs::Stat st;
  if (fs().stat(rel(path), &st) != 0) return Kind::Missing;
  return st.is_dir() ? Kind::Dir : Kind::File;
}

std::vector<std::string> RunEmbedFiles::names(const std::string& dir) const {
  std::vector<std::string> out;
  int fd;
  if (fs().open(rel(dir), vfs::kO_RDONLY, 0, &fd) != 0) return out;
  std::vector<vfs::DirEntry> ents;
  if (fs().getdents(fd, 0, &ents) == 0)
    for (vfs::DirEntry& e : ents) out.push_back(std::move(e.name));
  fs().close(fd);
  return out;
}

std::string RunEmbedFiles::read(const std::string& path) const {
  std::string out;
  int fd;
  if (fs().open(rel(path), vfs::kO_RDONLY, 0, &fd) != 0) return out;
  fs().peek_rest(fd, &out);
  fs().close(fd);
  return out;
}

}  // namespace gort::host
