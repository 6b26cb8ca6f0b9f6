// engine/host/fd_io.h — raw reads and writes on the process's file descriptors 0, 1, 2, for the
// CLI hosts. Natively these are read(2)/write(2). In the Node CLI build (Emscripten, pthreads)
// writes are Node's fs.writeSync called in the *calling* worker (Emscripten's own stdio would
// proxy them to Node's main thread), and stdin is read asynchronously by Node's main thread
// into a ring the calling worker waits on (a worker blocked in fs.readSync could never be
// terminated, so the process could not exit). Either way a G blocked on stdin never stalls
// another thread's output.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace gort::host {

// Writes all n bytes (retrying on short writes, EINTR, EAGAIN). Returns false on a hard error
// (e.g. EPIPE: the reader went away).
bool fd_write_all(int fd, const char* p, size_t n);

// Reads up to cap bytes, blocking until some are there. Returns bytes read, 0 at EOF, -1 on error.
long fd_read(int fd, char* p, size_t cap);

// Reads a whole file of the host's file system (natively: the process's; under Node: Node's fs,
// not Emscripten's in-memory one). Returns false if it cannot be read.
bool read_host_file(const std::string& path, std::string& out);
// The names in a directory of the host's file system (unsorted, without . and ..); false if
// path is not a readable directory. For `gort test DIR`.
bool list_host_dir(const std::string& path, std::vector<std::string>& names);

// Writes (replaces) a file of the host's file system (natively the process's, under Node
// Node's fs): `gort run --trace FILE`. False if it cannot be written.
bool write_host_file(const std::string& path, const std::string& data);

// Ends the process at once with this status, without running destructors or waiting for
// threads that may be blocked (e.g. an M in a stdin read after main returned).
[[noreturn]] void fast_exit(int status);

}  // namespace gort::host
