// engine/host/embed_files.h — what //go:embed may read: the run's files (the host's --file /
// files option entries and a txtar's extra files) as they are when the run starts, seen from
// the working directory. It lays them out in a private vfs::FileSystem, built the same way as
// the run's own (stdlib::new_run_files), so paths resolve exactly as the program's os calls
// would; nothing touches the host's file system. Built lazily: most programs embed nothing.
#pragma once
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lang/embed.h"

namespace gort::vfs {
class FileSystem;
}

namespace gort::host {

class RunEmbedFiles final : public lang::EmbedFiles {
 public:
  explicit RunEmbedFiles(const std::vector<std::pair<std::string, std::string>>& files);
  ~RunEmbedFiles() override;
  Kind kind(const std::string& path) const override;
  std::vector<std::string> names(const std::string& dir) const override;
  std::string read(const std::string& path) const override;

 private:
  vfs::FileSystem& fs() const;
  const std::vector<std::pair<std::string, std::string>>& files_;
  mutable std::unique_ptr<vfs::FileSystem> fs_;
};

}  // namespace gort::host
