// engine/stdlib/bufio_natives.cpp — bufio.Scanner (lines, words, runes, bytes, or a Go split
// function), bufio.Reader (ReadString, ReadLine, ReadRune, ReadBytes, ReadByte, Read, Peek,
// Discard) over os.Stdin / *strings.Reader / any other io.Reader (its Read method, buffered
// here). bufio.Writer is Go (engine/lang/std/go/bufio/bufio.go).
//
// Reading os.Stdin is a blocking host call made as a syscall (the P is handed off). If the G
// comes back without a P the native must finish without allocating (the GC may be running),
// so a Scanner keeps its current token on the C++ side (token_of) and Text() makes the Go
// string later. stdin_fill reads until a newline or EOF so one read serves a whole line.
#include <mutex>
#include <unordered_map>

#include "stdlib/io.h"
#include "stdlib/natives.h"
#include "stdlib/os_files.h"
#include "stdlib/std_types.h"
#include "stdlib/strconv_impl.h"
#include "vm/proto.h"

namespace gort::stdlib {
namespace {

// Scanner object fields (std_types.h bufio_scanner, std_decls.cpp bufio.Scanner).
enum ScanField { kR = 0, kSplit = 1, kFn = 2, kMax = 3, kErr = 4 };
enum SplitMode { kLines = 0, kWords = 1, kRunes = 2, kBytes = 3, kCustom = 4 };
constexpr int64_t kMaxScanTokenSize = 64 * 1024;

std::mutex g_tok_mu;
std::unordered_map<const Obj*, std::string>& tokens() {
  static std::unordered_map<const Obj*, std::string> m;
  return m;
}
void set_token(const Obj* s, std::string_view t) {
  std::lock_guard<std::mutex> lk(g_tok_mu);
  tokens()[s] = std::string(t);
}
std::string token_of(const Obj* s) {
  std::lock_guard<std::mutex> lk(g_tok_mu);
  auto it = tokens().find(s);
  return it == tokens().end() ? std::string() : it->second;
}

// Bytes read ahead from a reader that is neither stdin nor a *strings.Reader (any value with a
// Read method, e.g. a *bytes.Buffer), kept per Scanner/Reader object as Go's bufio keeps its
// buffer. Entries are reset when a Scanner/Reader is made and at the end of a run; a node's
// address is stable, so the reference stays valid while Go Read methods run.
struct ReadBuf {
  std::string data;
  size_t pos = 0;
  bool eof = false;
  std::string_view pending() const { return std::string_view(data).substr(pos); }
};
std::unordered_map<const Obj*, ReadBuf>& read_bufs() {
  static std::unordered_map<const Obj*, ReadBuf> m;
  return m;
}
ReadBuf& read_buf(const Obj* owner) {
  std::lock_guard<std::mutex> lk(g_tok_mu);
  return read_bufs()[owner];
}
void reset_read_buf(const Obj* owner) {
  std::lock_guard<std::mutex> lk(g_tok_mu);
  read_bufs().erase(owner);
}

// What a Reader's last operation allows to unread, as Go's lastByte/lastRuneSize: the byte
// count UnreadByte may step back (0 = none) and the size of a rune just read (0 = none).
struct LastRead {
  int byte = 0;
  int rune = 0;
};
std::unordered_map<const Obj*, LastRead>& last_reads() {
  static std::unordered_map<const Obj*, LastRead> m;
  return m;
}
void set_last_read(const Obj* r, int byte, int rune) {
  std::lock_guard<std::mutex> lk(g_tok_mu);
  last_reads()[r] = LastRead{byte, rune};
}
LastRead last_read(const Obj* r) {
  std::lock_guard<std::mutex> lk(g_tok_mu);
  auto it = last_reads().find(r);
  return it == last_reads().end() ? LastRead{} : it->second;
}
// Reads more from r (Go's bufio reads 4096 bytes at a time) into b. *err = a read error other
// than io.EOF (the caller reports it); false with *panic_text if the Read method panicked.
bool read_buf_fill(NativeCtx& c, Obj* r, ReadBuf& b, Obj** err, std::string* panic_text) {
  *err = nullptr;
  b.data.erase(0, b.pos);
  b.pos = 0;
  for (int tries = 0; tries < 100; ++tries) {  // Go: io.ErrNoProgress after 100 empty reads
    std::string got;
    Obj* e = nullptr;
    if (!io_read(c, r, 4096, &got, &e, panic_text)) return false;
    b.data += got;
    if (e) {
      b.eof = true;
      if (e != io_eof()) *err = e;
      return true;
    }
    if (!got.empty()) return true;
  }
  b.eof = true;
  *err = permanent_error("multiple Read calls return no data or error");
  return true;
}

bool is_space_rune(int32_t r) {
  if (r <= 0xFF) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  if (r >= 0x2000 && r <= 0x200a) return true;
  return r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
}

// The builtin split functions on a byte string: (advance, token, has_token).
bool split_builtin(int mode, std::string_view data, bool at_eof, size_t* advance, std::string* tok) {
  if (at_eof && data.empty()) return false;
  switch (mode) {
    case kLines: {
      size_t i = data.find('\n');
      if (i != std::string_view::npos) {
        *advance = i + 1;
        std::string_view t = data.substr(0, i);
        if (!t.empty() && t.back() == '\r') t.remove_suffix(1);
        *tok = t;
        return true;
      }
      if (at_eof) {
        *advance = data.size();
        std::string_view t = data;
        if (!t.empty() && t.back() == '\r') t.remove_suffix(1);
        *tok = t;
        return true;
      }
      return false;
    }
    case kWords: {
      size_t start = 0;
      while (start < data.size()) {
        int w;
        int32_t r = decode_rune(data.substr(start), &w);
        if (!is_space_rune(r)) break;
        start += w;
      }
      for (size_t i = start; i < data.size();) {
        int w;
        int32_t r = decode_rune(data.substr(i), &w);
        if (is_space_rune(r)) {
          *advance = i + w;
          *tok = data.substr(start, i - start);
          return true;
        }
        i += w;
      }
      if (at_eof && data.size() > start) {
        *advance = data.size();
        *tok = data.substr(start);
        return true;
      }
      *advance = start;  // skip leading spaces even without a token
      tok->clear();
      return false;
    }
    case kRunes: {
      int w;
      int32_t r = decode_rune(data, &w);
      if (w == 1 && r == kRuneError && static_cast<uint8_t>(data[0]) >= 0x80) {
        // A full rune might still arrive; Go waits unless at EOF or it is surely invalid.
        if (!at_eof && data.size() < 4) return false;
        *advance = 1;
        tok->clear();
        encode_rune(*tok, kRuneError);
        return true;
      }
      *advance = w;
      *tok = data.substr(0, w);
      return true;
    }
    case kBytes:
      *advance = 1;
      *tok = data.substr(0, 1);
      return true;
  }
  return false;
}

// The source a Scanner/Reader (or fmt's Fscan) reads: os.Stdin's shared buffer, a
// *strings.Reader, a file of the run's file system, or any other reader read through its Read
// method into `buf` (the Scanner's/Reader's ReadBuf, or fmt's own for one scan). Every reader
// of a source goes through source_pending / source_advance / source_fill.
struct Source {
  bool is_stdin = false;   // not `stdin`: a macro in Emscripten's (musl) stdio.h
  Obj* sreader = nullptr;  // strings.Reader object {s string; i int64}
  int64_t fd = -1;         // a file of the run's file system: read from its offset on
  Obj* other = nullptr;    // any other reader (read through its Read method into *buf)
  ReadBuf* buf = nullptr;  // other's read-ahead (null: none yet — source_pending sees nothing)
  bool byte_reads = false; // fill `buf` one byte per Read call (fmt's rule for a plain reader)
};
Source source_of(Obj* r, ReadBuf* buf) {
  Source s;
  const TypeDesc* t = vm::iface_type(r);
  if (!t) return s;
  if (t->kind == vm::Kind::Pointer && t->elem->str == "os.File") {
    int64_t fd = os_file_fd(vm::iface_data(r).o);
    s.is_stdin = fd == 0;
    if (fd >= 3) s.fd = fd;
  } else if (t->kind == vm::Kind::Pointer && t->elem->str == "strings.Reader") {
    s.sreader = vm::iface_data(r).o;
  } else {
    s.other = r;
    s.buf = buf;
  }
  return s;
}
// The source of a Scanner/Reader object whose reader is in slot `slot`.
Source source_of_owner(Obj* owner, int slot) { return source_of(rt::obj_slots(owner)[slot].o, &read_buf(owner)); }

// The bytes src has ready and not yet consumed; *at_eof: no more will come. A run file's
// remainder (all of it is in memory) is copied into *hold.
std::string_view source_pending(const Source& src, std::string* hold, bool* at_eof) {
  *at_eof = true;
  if (src.is_stdin) {
    *at_eof = stdin_buffer().eof;
    return stdin_buffer().pending();
  }
  if (src.sreader) {
    Value* f = rt::obj_slots(src.sreader);
    std::string_view s = vm::str_view(f[0].o);
    return s.substr(std::min<size_t>(static_cast<size_t>(std::max<int64_t>(f[1].i, 0)), s.size()));
  }
  if (src.fd >= 3) {
    hold->clear();
    run_fs().peek_rest(static_cast<int>(src.fd), hold);
    return *hold;
  }
  if (src.other && src.buf) {
    *at_eof = src.buf->eof;
    return src.buf->pending();
  }
  return {};
}

// Moves src's read position n bytes on (negative: back, for UnreadByte/UnreadRune — those
// bytes are still buffered, see LastRead).
void source_advance(const Source& src, int64_t n) {
  auto step = [n](size_t& pos) {
    pos = n >= 0 ? pos + static_cast<size_t>(n) : pos - std::min<size_t>(static_cast<size_t>(-n), pos);
  };
  if (src.is_stdin) {
    if (n >= 0) stdin_buffer().consume(static_cast<size_t>(n));
    else step(stdin_buffer().pos);
  } else if (src.sreader) {
    rt::obj_slots(src.sreader)[1].i += n;
  } else if (src.fd >= 3) {
    run_fs().advance(static_cast<int>(src.fd), n);
  } else if (src.other && src.buf) {
    step(src.buf->pos);
  }
}

// Reads more into src (only when source_pending said !at_eof): stdin as a syscall (*had_p
// false: the G lost its P), another reader through its Read method (*err: its error other
// than io.EOF). False with *panic_text if a Go Read method panicked.
bool source_fill(NativeCtx& c, const Source& src, bool* had_p, Obj** err, std::string* panic_text) {
  *err = nullptr;
  if (src.other && src.buf && src.byte_reads) {
    std::string got;
    Obj* e = nullptr;
    if (!io_read(c, src.other, 1, &got, &e, panic_text)) return false;
    src.buf->data += got;
    if (e) src.buf->eof = true;
    return true;
  }
  if (src.other && src.buf) return read_buf_fill(c, src.other, *src.buf, err, panic_text);
  size_t got;
  *had_p = stdin_fill(c, &got);
  return true;
}

// bufio's exported errors (bufio.go: bufioError), the values natives return.
enum BufioErr {
  kErrUnreadByte, kErrUnreadRune, kErrBufferFull, kErrNegativeCount, kErrTooLong,
  kErrNegativeAdvance, kErrAdvanceTooFar, kErrBadReadCount, kErrFinalToken, kNumBufioErrs
};
Obj* bufio_err(int which) {
  static Obj* const values[kNumBufioErrs] = {
      permanent_error("bufio: invalid use of UnreadByte"),
      permanent_error("bufio: invalid use of UnreadRune"),
      permanent_error("bufio: buffer full"),
      permanent_error("bufio: negative count"),
      permanent_error("bufio.Scanner: token too long"),
      permanent_error("bufio.Scanner: SplitFunc returns negative advance count"),
      permanent_error("bufio.Scanner: SplitFunc returns advance count beyond input"),
      permanent_error("bufio.Scanner: Read returned impossible count"),
      permanent_error("final token"),
  };
  return values[which >= 0 && which < kNumBufioErrs ? which : kErrBadReadCount];
}
// err == target for error values the natives hand out (same dynamic type and pointer).
bool same_error(const Obj* a, const Obj* b) {
  if (a == b) return true;
  return a && b && vm::iface_type(a) == vm::iface_type(b) && vm::iface_data(a).u == vm::iface_data(b).u;
}
NativeStatus bufio_error(NativeCtx& c) {
  c.args[0] = Value::from_obj(bufio_err(static_cast<int>(c.args[0].i)));
  return NativeStatus::Done;
}

NativeStatus new_scanner(NativeCtx& c) {
  Obj* s = vm::agg_new(bufio_scanner());
  Value* f = rt::obj_slots(s);
  f[kR] = c.args[0];
  f[kMax].i = kMaxScanTokenSize;
  set_token(s, "");
  reset_read_buf(s);
  c.args[0] = Value::from_obj(s);
  return NativeStatus::Done;
}

NativeStatus scanner_scan(NativeCtx& c) {
  Obj* s = c.args[0].o;
  Value* f = rt::obj_slots(s);
  if (f[kErr].o) { c.args[0] = bool_val(false); return NativeStatus::Done; }
  Source src = source_of_owner(s, kR);
  int mode = static_cast<int>(f[kSplit].i);
  bool have_p = true;
  auto fail = [&](Obj* err) {   // Go's setErr + return false
    f[kErr].o = err;
    c.args[0] = bool_val(false);
    return NativeStatus::Done;
  };
  for (;;) {
    std::string hold;
    bool at_eof;
    std::string_view data = source_pending(src, &hold, &at_eof);
    // Go's buffer holds at most the max token size: a longer rest is seen a buffer at a time.
    if (static_cast<int64_t>(data.size()) > f[kMax].i) {
      data = data.substr(0, static_cast<size_t>(std::max<int64_t>(f[kMax].i, 0)));
      at_eof = false;
    }
    size_t adv = 0;
    std::string tok;
    bool got;
    if (mode == kCustom && src.other && data.empty() && !at_eof) {
      got = false;  // Go calls the split function only with data or at EOF: read first
    } else if (mode == kCustom) {
      if (!have_p) {
        // Go code cannot run without a P: end the scan here (known gap: a Go split function
        // on interactive stdin may stop early when the read outlasted the P hand-off).
        c.args[0] = bool_val(false);
        return NativeStatus::NoP;
      }
      Value args[2] = {Value::from_obj(make_bytes(data)), bool_val(at_eof)};
      Value res[3];
      std::string pt;
      if (!call_func(c, f[kFn].o, args, 2, res, 3, &pt)) return panic_string(c, pt);
      if (res[2].o) {
        if (!same_error(res[2].o, bufio_err(kErrFinalToken))) return fail(res[2].o);
        // ErrFinalToken: this token is the last (Go 1.19: Scan reports it, Err stays nil).
        set_token(s, bytes_of(res[1].o));
        f[kErr].o = res[2].o;
        c.args[0] = bool_val(true);
        return NativeStatus::Done;
      }
      if (res[0].i < 0) return fail(bufio_err(kErrNegativeAdvance));
      if (res[0].i > static_cast<int64_t>(data.size())) return fail(bufio_err(kErrAdvanceTooFar));
      adv = static_cast<size_t>(res[0].i);
      got = res[1].o != nullptr;
      if (got) tok = bytes_of(res[1].o);
    } else {
      got = split_builtin(mode, data, at_eof, &adv, &tok);
    }
    source_advance(src, static_cast<int64_t>(adv));
    if (got) {
      set_token(s, tok);
      c.args[0] = bool_val(true);
      return have_p ? NativeStatus::Done : NativeStatus::NoP;
    }
    if (at_eof || !have_p) {
      set_token(s, "");
      c.args[0] = bool_val(false);
      return have_p ? NativeStatus::Done : NativeStatus::NoP;
    }
    if (adv > 0) continue;   // skipped input (ScanWords' spaces): look again
    if (static_cast<int64_t>(data.size()) >= f[kMax].i) return fail(bufio_err(kErrTooLong));
    if (src.sreader || src.fd >= 3) return fail(bufio_err(kErrTooLong));   // (all in memory: unreachable)
    Obj* err;
    std::string pt;
    if (!source_fill(c, src, &have_p, &err, &pt)) return panic_string(c, pt);
    if (err) f[kErr].o = err;  // reported by Err() once Scan returns false
  }
}

NativeStatus scanner_text(NativeCtx& c) {
  c.args[0] = str_val(token_of(c.args[0].o));
  return NativeStatus::Done;
}
NativeStatus scanner_bytes(NativeCtx& c) {
  c.args[0] = Value::from_obj(make_bytes(token_of(c.args[0].o)));
  return NativeStatus::Done;
}
NativeStatus scanner_err(NativeCtx& c) {
  Value e = rt::obj_slots(c.args[0].o)[kErr];
  // io.EOF and ErrFinalToken end a scan without being errors (Go's Err).
  if (same_error(e.o, io_eof()) || same_error(e.o, bufio_err(kErrFinalToken)))
    e = Value::zero();
  c.args[0] = e;
  return NativeStatus::Done;
}
NativeStatus scanner_buffer(NativeCtx& c) {
  rt::obj_slots(c.args[0].o)[kMax].i = c.args[2].i;
  return NativeStatus::Done;
}

NativeStatus scan_lines(NativeCtx& c);
NativeStatus scan_words(NativeCtx& c);
NativeStatus scan_runes(NativeCtx& c);
NativeStatus scan_bytes(NativeCtx& c);

NativeStatus scanner_split(NativeCtx& c) {
  Value* f = rt::obj_slots(c.args[0].o);
  Obj* fn = c.args[1].o;
  int mode = kCustom;
  if (fn && c.module) {
    int64_t idx = vm::closure_of(fn)->fn;
    if (idx < 0 && static_cast<size_t>(-idx - 1) < c.module->natives.size()) {
      vm::NativeFn nf = c.module->natives[static_cast<size_t>(-idx - 1)];
      if (nf == scan_lines) mode = kLines;
      else if (nf == scan_words) mode = kWords;
      else if (nf == scan_runes) mode = kRunes;
      else if (nf == scan_bytes) mode = kBytes;
    }
  }
  f[kSplit].i = mode;
  f[kFn].o = fn;
  return NativeStatus::Done;
}

NativeStatus scan_fn(NativeCtx& c, int mode) {
  std::string data = bytes_of(c.args[0].o);
  size_t adv = 0;
  std::string tok;
  bool got = split_builtin(mode, data, c.args[1].i != 0, &adv, &tok);
  c.args[0] = int_val(static_cast<int64_t>(adv));
  c.args[1] = Value::from_obj(got ? make_bytes(tok) : nullptr);
  c.args[2] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus scan_lines(NativeCtx& c) { return scan_fn(c, kLines); }
NativeStatus scan_words(NativeCtx& c) { return scan_fn(c, kWords); }
NativeStatus scan_runes(NativeCtx& c) { return scan_fn(c, kRunes); }
NativeStatus scan_bytes(NativeCtx& c) { return scan_fn(c, kBytes); }

// ---- Reader ----
NativeStatus new_reader(NativeCtx& c) {
  Obj* r = vm::agg_new(bufio_reader());
  rt::obj_slots(r)[0] = c.args[0];
  reset_read_buf(r);
  c.args[0] = Value::from_obj(r);
  return NativeStatus::Done;
}

// A Reader's slot for Go's b.err: a read error other than io.EOF, kept (GC-visible, in the
// object) from the Read that returned it until a method returns it, as Go's readErr.
constexpr int kReaderErr = 1;

// Reads from the reader's source until pred(data) gives a length to take (npos = need more),
// or the data ends: at EOF, or at a read error (*eof_hit either way; end_error says which).
// consume = false leaves the bytes unread (Peek).
template <class Pred>
NativeStatus reader_take(NativeCtx& c, Obj* reader, Pred pred, std::string* out, bool* eof_hit,
                         bool* had_p, bool consume = true) {
  Source src = source_of_owner(reader, 0);
  Value* slots = rt::obj_slots(reader);
  *had_p = true;
  for (;;) {
    std::string hold;
    bool at_eof;
    std::string_view data = source_pending(src, &hold, &at_eof);
    size_t n = pred(data);
    if (n != std::string_view::npos || at_eof || slots[kReaderErr].o || !*had_p) {
      *eof_hit = n == std::string_view::npos;
      if (*eof_hit) n = data.size();
      *out = std::string(data.substr(0, n));
      if (!consume) n = 0;
      set_last_read(reader, n > 0 ? 1 : 0, 0);
      source_advance(src, static_cast<int64_t>(n));
      return NativeStatus::Done;
    }
    Obj* err;
    std::string pt;
    if (!source_fill(c, src, had_p, &err, &pt)) return panic_string(c, pt);
    if (err && src.buf) {
      // Go returns the error once (readErr), then calls Read again on the next fill.
      slots[kReaderErr] = Value::from_obj(err);
      src.buf->eof = false;
    }
  }
}

// The error that ends a Reader's data: the pending read error (now returned, so cleared), or
// io.EOF.
Obj* end_error(Obj* reader) {
  Value& e = rt::obj_slots(reader)[kReaderErr];
  if (!e.o) return io_eof();
  Obj* err = e.o;
  e = Value::zero();
  return err;
}

// Reads through the next delim, or to the end of the input (ReadString, ReadBytes, ReadLine).
NativeStatus take_through(NativeCtx& c, char delim, std::string* s, bool* eof, bool* had_p) {
  return reader_take(c, c.args[0].o, [delim](std::string_view d) {
    size_t i = d.find(delim);
    return i == std::string_view::npos ? i : i + 1;
  }, s, eof, had_p);
}
// reader_take's predicate for exactly n bytes, or all there is at the end (Peek, Discard).
auto take_n(size_t n) {
  return [n](std::string_view d) { return d.size() >= n ? n : std::string_view::npos; };
}

NativeStatus reader_read_string(NativeCtx& c) {
  Obj* self = c.args[0].o;
  char delim = static_cast<char>(c.args[1].i);
  std::string s;
  bool eof = false, had_p = true;
  NativeStatus st = take_through(c, delim, &s, &eof, &had_p);
  if (st != NativeStatus::Done) return st;
  NoPAllocs pin(!had_p);
  c.args[0] = str_val(s);
  c.args[1] = Value::from_obj(eof ? end_error(self) : nullptr);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}

NativeStatus reader_read_line(NativeCtx& c) {
  Obj* self = c.args[0].o;
  std::string s;
  bool eof = false, had_p = true;
  NativeStatus st = take_through(c, '\n', &s, &eof, &had_p);
  if (st != NativeStatus::Done) return st;
  if (!s.empty() && s.back() == '\n') s.pop_back();
  if (!s.empty() && s.back() == '\r') s.pop_back();
  bool none = eof && s.empty();
  Obj* e = eof ? end_error(self) : nullptr;  // with a line, ReadSlice's error is dropped, as in Go
  NoPAllocs pin(!had_p);
  c.args[0] = Value::from_obj(none ? nullptr : make_bytes(s));
  c.args[1] = bool_val(false);
  c.args[2] = Value::from_obj(none ? e : nullptr);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}

NativeStatus reader_read_rune(NativeCtx& c) {
  Obj* reader = c.args[0].o;
  std::string s;
  bool eof = false, had_p = true;
  NativeStatus st = reader_take(c, c.args[0].o, [](std::string_view d) -> size_t {
    if (d.empty()) return std::string_view::npos;
    int w;
    int32_t r = decode_rune(d, &w);
    if (r == kRuneError && w == 1 && d.size() < 4 && static_cast<uint8_t>(d[0]) >= 0x80)
      return std::string_view::npos;
    return static_cast<size_t>(w);
  }, &s, &eof, &had_p);
  if (st != NativeStatus::Done) return st;
  if (s.empty()) {
    c.args[0] = int_val(0);
    c.args[1] = int_val(0);
    c.args[2] = Value::from_obj(end_error(reader));
  } else {
    int w;
    int32_t r = decode_rune(s, &w);
    c.args[0] = int_val(r);
    c.args[1] = int_val(w);
    c.args[2] = Value::zero();
    set_last_read(reader, 1, w);
  }
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}

// Peek(n): the next n bytes without reading them; fewer and io.EOF at the end of the input.
NativeStatus reader_peek(NativeCtx& c) {
  Obj* self = c.args[0].o;
  int64_t want = c.args[1].i;
  if (want < 0) {
    c.args[0] = Value::zero();
    c.args[1] = Value::from_obj(bufio_err(kErrNegativeCount));
    return NativeStatus::Done;
  }
  if (want > 4096) {  // Go's default buffer size: Peek cannot see further ahead
    want = 4096;
  }
  size_t n = static_cast<size_t>(want);
  std::string s;
  bool eof = false, had_p = true;
  NativeStatus st = reader_take(c, c.args[0].o, take_n(n), &s, &eof, &had_p, /*consume=*/false);  // reader_take already ended unreading
  if (st != NativeStatus::Done) return st;
  NoPAllocs pin(!had_p);
  bool full = c.args[1].i > 4096;
  c.args[0] = Value::from_obj(make_bytes(s));
  c.args[1] = Value::from_obj(full ? bufio_err(kErrBufferFull) : eof ? end_error(self) : nullptr);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}

// Discard(n): skips n bytes; fewer and io.EOF at the end of the input.
NativeStatus reader_discard(NativeCtx& c) {
  Obj* self = c.args[0].o;
  int64_t want = c.args[1].i;
  if (want < 0) {
    c.args[0] = int_val(0);
    c.args[1] = Value::from_obj(bufio_err(kErrNegativeCount));
    return NativeStatus::Done;
  }
  size_t n = static_cast<size_t>(want);
  std::string s;
  bool eof = false, had_p = true;
  NativeStatus st = reader_take(c, c.args[0].o, take_n(n), &s, &eof, &had_p);
  if (st != NativeStatus::Done) return st;
  set_last_read(c.args[0].o, 0, 0);
  NoPAllocs pin(!had_p);
  c.args[0] = int_val(static_cast<int64_t>(s.size()));
  c.args[1] = Value::from_obj(eof ? end_error(self) : nullptr);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}

// ReadBytes(delim): as ReadString, as a []byte.
NativeStatus reader_read_bytes(NativeCtx& c) {
  Obj* self = c.args[0].o;
  char delim = static_cast<char>(c.args[1].i);
  std::string s;
  bool eof = false, had_p = true;
  NativeStatus st = take_through(c, delim, &s, &eof, &had_p);
  if (st != NativeStatus::Done) return st;
  NoPAllocs pin(!had_p);
  c.args[0] = Value::from_obj(s.empty() && eof ? nullptr : make_bytes(s));
  c.args[1] = Value::from_obj(eof ? end_error(self) : nullptr);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}

// ReadByte: one byte, or 0 and io.EOF.
NativeStatus reader_read_byte(NativeCtx& c) {
  Obj* self = c.args[0].o;
  std::string s;
  bool eof = false, had_p = true;
  NativeStatus st = reader_take(c, c.args[0].o, [](std::string_view d) {
    return d.empty() ? std::string_view::npos : size_t{1};
  }, &s, &eof, &had_p);
  if (st != NativeStatus::Done) return st;
  c.args[0] = int_val(s.empty() ? 0 : static_cast<uint8_t>(s[0]));
  c.args[1] = Value::from_obj(s.empty() ? end_error(self) : nullptr);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}

// Read(p): what is at hand (at least one byte unless at the end), at most len(p) bytes.
NativeStatus reader_read(NativeCtx& c) {
  Obj* self = c.args[0].o;
  int64_t cap_n = vm::slice_len(c.args[1].o);
  if (cap_n == 0) {
    c.args[0] = int_val(0);
    c.args[1] = Value::zero();
    return NativeStatus::Done;
  }
  size_t n = static_cast<size_t>(cap_n);
  std::string s;
  bool eof = false, had_p = true;
  NativeStatus st = reader_take(c, c.args[0].o, [n](std::string_view d) {
    return d.empty() ? std::string_view::npos : std::min(n, d.size());
  }, &s, &eof, &had_p);
  if (st != NativeStatus::Done) return st;
  int64_t len = vm::slice_len(c.args[1].o);
  vm::slice_put_bytes(c.args[1].o, 0, s.data(), std::min<int64_t>(len, static_cast<int64_t>(s.size())));
  c.args[0] = int_val(static_cast<int64_t>(s.size()));
  c.args[1] = Value::from_obj(s.empty() ? end_error(self) : nullptr);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}

// Steps the reader's source back n bytes (they are still in its buffer: see LastRead).
void unread(Obj* reader, int n) { source_advance(source_of_owner(reader, 0), -n); }
NativeStatus reader_unread_byte(NativeCtx& c) {
  Obj* r = c.args[0].o;
  if (last_read(r).byte == 0) {
    c.args[0] = Value::from_obj(bufio_err(kErrUnreadByte));
    return NativeStatus::Done;
  }
  unread(r, 1);
  set_last_read(r, 0, 0);
  c.args[0] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus reader_unread_rune(NativeCtx& c) {
  Obj* r = c.args[0].o;
  LastRead l = last_read(r);
  if (l.rune == 0) {
    c.args[0] = Value::from_obj(bufio_err(kErrUnreadRune));
    return NativeStatus::Done;
  }
  unread(r, l.rune);
  set_last_read(r, 0, 0);
  c.args[0] = Value::zero();
  return NativeStatus::Done;
}
// Buffered: the bytes already read from the source and not yet returned, at most Go's 4096.
NativeStatus reader_buffered(NativeCtx& c) {
  std::string hold;
  bool at_eof;
  size_t n = source_pending(source_of_owner(c.args[0].o, 0), &hold, &at_eof).size();
  c.args[0] = int_val(static_cast<int64_t>(std::min<size_t>(n, 4096)));
  return NativeStatus::Done;
}
// ReadSlice(delim): ReadBytes limited to the 4096-byte buffer (bufio.ErrBufferFull beyond).
NativeStatus reader_read_slice(NativeCtx& c) {
  Obj* self = c.args[0].o;
  char delim = static_cast<char>(c.args[1].i);
  std::string s;
  bool eof = false, had_p = true;
  bool full = false;
  NativeStatus st = reader_take(c, c.args[0].o, [delim, &full](std::string_view d) {
    size_t i = d.substr(0, 4096).find(delim);
    if (i != std::string_view::npos) return i + 1;
    if (d.size() >= 4096) { full = true; return size_t{4096}; }
    return std::string_view::npos;
  }, &s, &eof, &had_p);
  if (st != NativeStatus::Done) return st;
  NoPAllocs pin(!had_p);
  c.args[0] = Value::from_obj(s.empty() && eof ? nullptr : make_bytes(s));
  c.args[1] = Value::from_obj(full ? bufio_err(kErrBufferFull) : eof ? end_error(self) : nullptr);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}
NativeStatus reader_reset(NativeCtx& c) {
  Obj* r = c.args[0].o;
  rt::obj_slots(r)[0] = c.args[1];
  rt::obj_slots(r)[kReaderErr] = Value::zero();
  reset_read_buf(r);
  set_last_read(r, 0, 0);
  return NativeStatus::Done;
}

}  // namespace

// fmt's Fscan family (io.h): a *bufio.Reader is read through its own source and buffer (an
// io.RuneScanner: nothing read ahead is lost); any other reader through source_of — stdin's
// shared buffer, a *strings.Reader, a run file — or, for a reader known only by its Read
// method, one byte per Read call as Go's fmt does.
NativeStatus scan_reader(NativeCtx& c, Obj* r, const ScanFn& scan, bool* had_p, bool* rune_scanner,
                         std::string* panic_text) {
  *had_p = true;
  const TypeDesc* t = r ? vm::iface_type(r) : nullptr;
  ReadBuf local;   // a plain reader's bytes so far (read one at a time)
  Source src;
  bool reader = false;
  if (!r) {
    src.is_stdin = true;   // fmt.Scan*: os.Stdin
  } else if (!t) {
    *panic_text = "runtime error: invalid memory address or nil pointer dereference";
    return NativeStatus::Panic;
  } else if (t->kind == vm::Kind::Pointer && t->elem->str == "bufio.Reader") {
    Obj* br = vm::iface_data(r).o;
    if (!br) {
      *panic_text = "runtime error: invalid memory address or nil pointer dereference";
      return NativeStatus::Panic;
    }
    reader = true;
    src = source_of_owner(br, 0);
  } else {
    src = source_of(r, &local);
    src.byte_reads = true;
  }
  *rune_scanner = reader || src.sreader != nullptr;
  for (;;) {
    std::string hold;
    bool at_eof;
    std::string_view data = source_pending(src, &hold, &at_eof);
    size_t n = scan(data, at_eof || !*had_p);
    if (n != std::string_view::npos) {
      // (a plain reader's bytes were read one at a time: what fmt took is gone with `local`)
      if (src.buf != &local) source_advance(src, static_cast<int64_t>(std::min(n, data.size())));
      return NativeStatus::Done;
    }
    Obj* err;
    if (!source_fill(c, src, had_p, &err, panic_text)) return NativeStatus::Panic;
  }
}

void reset_bufio_state() {
  std::lock_guard<std::mutex> lk(g_tok_mu);
  tokens().clear();
  read_bufs().clear();
  last_reads().clear();
}

void add_bufio_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"bufio.bufioError", bufio_error}, {"bufio.NewScanner", new_scanner}, {"(*bufio.Scanner).Scan", scanner_scan},
      {"(*bufio.Scanner).Text", scanner_text}, {"(*bufio.Scanner).Bytes", scanner_bytes},
      {"(*bufio.Scanner).Err", scanner_err}, {"(*bufio.Scanner).Split", scanner_split},
      {"(*bufio.Scanner).Buffer", scanner_buffer},
      {"bufio.ScanLines", scan_lines}, {"bufio.ScanWords", scan_words},
      {"bufio.ScanRunes", scan_runes}, {"bufio.ScanBytes", scan_bytes},
      {"bufio.NewReader", new_reader}, {"(*bufio.Reader).ReadString", reader_read_string},
      {"(*bufio.Reader).ReadLine", reader_read_line}, {"(*bufio.Reader).ReadRune", reader_read_rune},
      {"(*bufio.Reader).Peek", reader_peek}, {"(*bufio.Reader).Discard", reader_discard},
      {"(*bufio.Reader).ReadBytes", reader_read_bytes}, {"(*bufio.Reader).ReadByte", reader_read_byte},
      {"(*bufio.Reader).Read", reader_read}, {"(*bufio.Reader).UnreadByte", reader_unread_byte},
      {"(*bufio.Reader).UnreadRune", reader_unread_rune}, {"(*bufio.Reader).Buffered", reader_buffered},
      {"(*bufio.Reader).ReadSlice", reader_read_slice}, {"(*bufio.Reader).Reset", reader_reset},
  });
}

}  // namespace gort::stdlib
