// engine/host/fd_io.cpp — see fd_io.h. Two implementations: POSIX and Emscripten-in-Node.
#include "host/fd_io.h"

#include <cstdlib>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/threading.h>

#include <atomic>

#include "host/stdin_ring.h"

// Runs in whichever worker calls it. `require` is a global in Emscripten's Node workers, and
// the wasm memory may have grown since the last call, so views are made from wasmMemory.buffer
// each time (HEAPU8 can be stale in a worker); pointers arrive as signed i32, so `>>> 0`
// makes those above 2 GiB (wasm memory may grow to 4 GiB) positive. EAGAIN happens when Node made the fd
// non-blocking; wait a little on a private futex word and retry.
EM_JS(int, gort_js_write, (int fd, const char* p, int n), {
  var fs = require('fs');
  var buf = new Uint8Array(wasmMemory.buffer, p >>> 0, n).slice();
  var off = 0;
  while (off < n) {
    try {
      off += fs.writeSync(fd, buf, off, n - off);
    } catch (e) {
      if (e.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2); continue; }
      return -1;
    }
  }
  return n;
});

// Stdin under Node. Reading fd 0 with fs.readSync in a worker would block that thread in a
// syscall, and Node cannot end a process while a worker is stuck there (process.exit joins
// worker threads: verified to hang with a pipe left open). So Node's main thread — free,
// because main() runs on a pthread (PROXY_TO_PTHREAD) — reads process.stdin asynchronously and
// pushes the bytes into a StdinRing; the M's worker waits on the ring's futex, which a
// terminating worker can leave. The reader starts on the first read, so programs that never
// read stdin never consume it.
EM_JS(void, gort_js_start_stdin_reader, (), {
  var push = function(chunk) {
    var n = chunk.length;
    if (n === 0) return;
    var p = _malloc(n);
    new Uint8Array(wasmMemory.buffer).set(chunk, p >>> 0);
    _gort_cli_stdin_push(p, n);
    _free(p);
  };
  process.stdin.on('data', push);
  process.stdin.on('end', function() { _gort_cli_stdin_close(); });
  process.stdin.on('error', function() { _gort_cli_stdin_close(); });
});

// Returns the file's size and keeps its bytes in a JS-side slot for gort_js_take_file; -1 if
// unreadable. Two steps because the C++ side must allocate the buffer.
EM_JS(double, gort_js_load_file, (const char* path), {
  try {
    Module['__gortFile'] = require('fs').readFileSync(UTF8ToString(path));
    return Module['__gortFile'].length;
  } catch (e) {
    return -1;
  }
});

EM_JS(int, gort_js_save_file, (const char* path, const char* p, double n), {
  try {
    require('fs').writeFileSync(UTF8ToString(path), new Uint8Array(wasmMemory.buffer, p >>> 0, n).slice());
    return 1;
  } catch (e) {
    return 0;
  }
});

// The entries of a directory, '\n'-separated, left for gort_js_take_file; -1 if not a directory.
EM_JS(double, gort_js_load_dir, (const char* path), {
  try {
    var names = require('fs').readdirSync(UTF8ToString(path));
    Module['__gortFile'] = Buffer.from(names.join('\n'));
    return Module['__gortFile'].length;
  } catch (e) {
    return -1;
  }
});

EM_JS(void, gort_js_take_file, (char* p), {
  new Uint8Array(wasmMemory.buffer).set(Module['__gortFile'], p >>> 0);
  Module['__gortFile'] = null;
});

namespace gort::host {

bool read_host_file(const std::string& path, std::string& out) {
  double n = gort_js_load_file(path.c_str());
  if (n < 0) return false;
  out.assign(size_t(n), '\0');
  if (n > 0) gort_js_take_file(out.data());
  return true;
}

bool list_host_dir(const std::string& path, std::vector<std::string>& names) {
  double n = gort_js_load_dir(path.c_str());
  if (n < 0) return false;
  std::string all(size_t(n), '\0');
  if (n > 0) gort_js_take_file(all.data());
  names.clear();
  size_t off = 0;
  while (off < all.size()) {
    size_t nl = all.find('\n', off);
    if (nl == std::string::npos) nl = all.size();
    names.push_back(all.substr(off, nl - off));
    off = nl + 1;
  }
  return true;
}

bool fd_write_all(int fd, const char* p, size_t n) {
  return n == 0 || gort_js_write(fd, p, int(n)) == int(n);
}

bool write_host_file(const std::string& path, const std::string& data) {
  return gort_js_save_file(path.c_str(), data.data(), double(data.size())) == 1;
}

namespace {
StdinRing g_stdin;
std::atomic<bool> g_reader_started{false};
void start_reader() { gort_js_start_stdin_reader(); }
}  // namespace

long fd_read(int fd, char* p, size_t cap) {
  if (fd != 0) return -1;  // only stdin is read
  if (!g_reader_started.exchange(true)) {
    emscripten_async_run_in_main_runtime_thread(EM_FUNC_SIG_V, start_reader);
  }
  return long(g_stdin.read(p, cap));
}

}  // namespace gort::host

// Called on Node's main thread by the reader above.
extern "C" EMSCRIPTEN_KEEPALIVE void gort_cli_stdin_push(const char* p, int n) {
  gort::host::g_stdin.write(p, size_t(n));
}
extern "C" EMSCRIPTEN_KEEPALIVE void gort_cli_stdin_close() { gort::host::g_stdin.close(); }

namespace gort::host {

void fast_exit(int status) {
  // With PROXY_TO_PTHREAD + EXIT_RUNTIME, exit() from the main pthread is proxied to Node's
  // main thread, which calls process.exit(status) — that also ends workers blocked in reads.
  exit(status);
}

}  // namespace gort::host

#else
#include <cerrno>
#include <fstream>
#include <sstream>
#include <dirent.h>
#include <poll.h>
#include <unistd.h>

namespace gort::host {

bool read_host_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool write_host_file(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(data.data(), std::streamsize(data.size()));
  return bool(out);
}

bool list_host_dir(const std::string& path, std::vector<std::string>& names) {
  DIR* d = ::opendir(path.c_str());
  if (!d) return false;
  names.clear();
  while (dirent* e = ::readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  ::closedir(d);
  return true;
}

bool fd_write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        pollfd pf{fd, POLLOUT, 0};
        ::poll(&pf, 1, 100);
        continue;
      }
      return false;
    }
    p += w;
    n -= size_t(w);
  }
  return true;
}

long fd_read(int fd, char* p, size_t cap) {
  for (;;) {
    ssize_t r = ::read(fd, p, cap);
    if (r >= 0) return long(r);
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      pollfd pf{fd, POLLIN, 0};
      ::poll(&pf, 1, 100);
      continue;
    }
    return -1;
  }
}

void fast_exit(int status) { ::_exit(status); }

}  // namespace gort::host
#endif
