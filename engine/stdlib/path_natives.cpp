// engine/stdlib/path_natives.cpp — packages path and path/filepath (Unix: the same lexical
// functions; filepath adds Abs, Rel, SplitList, Glob, Walk, WalkDir over the run's file
// system). Ported from Go 1.19's path/path.go, path/match.go and path/filepath/{path,match}.go
// (BSD-licensed, Copyright The Go Authors), so results and errors match Go's.
#include <algorithm>

#include "stdlib/natives.h"
#include "stdlib/os_files.h"
#include "stdlib/std_types.h"
#include "stdlib/strconv_impl.h"
#include "text/path_match.h"

namespace gort::stdlib {

// From os_file_natives.cpp.
Obj* os_file_info(std::string_view name, const vfs::Stat& st);
Obj* os_dir_entry(std::string_view name, const vfs::Stat& st);
std::string os_basename(std::string_view name);
int os_read_dir_entries(std::string_view name, std::vector<vfs::DirEntry>* out);
Obj* os_skip_dir();
Obj* os_skip_all();

namespace {

std::string clean(std::string_view path) {
  if (path.empty()) return ".";
  bool rooted = path[0] == '/';
  size_t n = path.size();
  std::string out;
  size_t r = 0, dotdot = 0;
  if (rooted) {
    out += '/';
    r = 1;
    dotdot = 1;
  }
  while (r < n) {
    if (path[r] == '/') {
      r++;
    } else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
      r++;
    } else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
      r += 2;
      if (out.size() > dotdot) {
        size_t w = out.size() - 1;
        while (w > dotdot && out[w] != '/') w--;
        out.resize(w);
      } else if (!rooted) {
        if (!out.empty()) out += '/';
        out += "..";
        dotdot = out.size();
      }
    } else {
      if ((rooted && out.size() != 1) || (!rooted && !out.empty())) out += '/';
      for (; r < n && path[r] != '/'; r++) out += path[r];
    }
  }
  if (out.empty()) return ".";
  return out;
}

std::string join(const std::vector<std::string>& elems) {
  std::string s;
  bool any = false;
  for (const auto& e : elems) {
    if (e.empty() && !any) continue;
    if (any) s += '/';
    s += e;
    any = true;
  }
  return any ? clean(s) : "";
}

std::string base(std::string_view p) {
  if (p.empty()) return ".";
  while (!p.empty() && p.back() == '/') p.remove_suffix(1);
  size_t i = p.rfind('/');
  if (i != std::string_view::npos) p = p.substr(i + 1);
  if (p.empty()) return "/";
  return std::string(p);
}

std::string dir(std::string_view p) {
  size_t i = p.rfind('/');
  return clean(i == std::string_view::npos ? std::string_view() : p.substr(0, i + 1));
}

std::string ext(std::string_view p) {
  for (size_t i = p.size(); i-- > 0 && p[i] != '/';)
    if (p[i] == '.') return std::string(p.substr(i));
  return "";
}

Obj* path_bad_pattern() { static Obj* e = permanent_error("syntax error in pattern"); return e; }
Obj* filepath_bad_pattern() { static Obj* e = permanent_error("syntax error in pattern"); return e; }

std::vector<std::string> strings_of(Obj* slice) {
  int64_t n;
  Value* v = slice_data(slice, &n);
  std::vector<std::string> out;
  for (int64_t i = 0; i < n; ++i) out.emplace_back(vm::str_view(v[i].o));
  return out;
}

NativeStatus p_clean(NativeCtx& c) { c.args[0] = str_val(clean(sv(c.args[0]))); return NativeStatus::Done; }
NativeStatus p_join(NativeCtx& c) { c.args[0] = str_val(join(strings_of(c.args[0].o))); return NativeStatus::Done; }
NativeStatus p_split(NativeCtx& c) {
  std::string p(sv(c.args[0]));
  size_t i = p.rfind('/');
  size_t k = i == std::string::npos ? 0 : i + 1;
  c.args[0] = str_val(p.substr(0, k));
  c.args[1] = str_val(p.substr(k));
  return NativeStatus::Done;
}
NativeStatus p_base(NativeCtx& c) { c.args[0] = str_val(base(sv(c.args[0]))); return NativeStatus::Done; }
NativeStatus p_dir(NativeCtx& c) { c.args[0] = str_val(dir(sv(c.args[0]))); return NativeStatus::Done; }
NativeStatus p_ext(NativeCtx& c) { c.args[0] = str_val(ext(sv(c.args[0]))); return NativeStatus::Done; }
NativeStatus p_is_abs(NativeCtx& c) {
  std::string_view p = sv(c.args[0]);
  c.args[0] = bool_val(!p.empty() && p[0] == '/');
  return NativeStatus::Done;
}
template <Obj* (*Bad)()>
NativeStatus p_match(NativeCtx& c) {
  std::string pat(sv(c.args[0])), name(sv(c.args[1]));
  bool m;
  bool good = text::path_match(pat, name, &m);
  c.args[0] = bool_val(good && m);
  c.args[1] = Value::from_obj(good ? nullptr : Bad());
  return NativeStatus::Done;
}
NativeStatus fp_abs(NativeCtx& c) {
  std::string p(sv(c.args[0]));
  if (!p.empty() && p[0] == '/') {
    c.args[0] = str_val(clean(p));
    c.args[1] = Value::zero();
    return NativeStatus::Done;
  }
  std::string wd;
  if (int e = run_fs().getcwd(&wd)) {
    c.args[0] = str_val("");
    c.args[1] = Value::from_obj(path_errno("getwd", "getwd", e));
    return NativeStatus::Done;
  }
  c.args[0] = str_val(join({wd, p}));
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus fp_rel(NativeCtx& c) {
  std::string basepath(sv(c.args[0])), targpath(sv(c.args[1]));
  std::string b = clean(basepath), t = clean(targpath);
  auto fail = [&] {
    c.args[0] = str_val("");
    c.args[1] = Value::from_obj(new_error("Rel: can't make " + targpath + " relative to " + basepath));
    return NativeStatus::Done;
  };
  if (t == b) {
    c.args[0] = str_val(".");
    c.args[1] = Value::zero();
    return NativeStatus::Done;
  }
  if (b == ".") b = "";
  bool bs = !b.empty() && b[0] == '/', ts = !t.empty() && t[0] == '/';
  if (bs != ts) return fail();
  size_t bl = b.size(), tl = t.size(), b0 = 0, bi = 0, t0 = 0, ti = 0;
  for (;;) {
    while (bi < bl && b[bi] != '/') bi++;
    while (ti < tl && t[ti] != '/') ti++;
    if (t.compare(t0, ti - t0, b, b0, bi - b0) != 0) break;
    if (bi < bl) bi++;
    if (ti < tl) ti++;
    b0 = bi;
    t0 = ti;
  }
  if (b.compare(b0, bi - b0, "..") == 0) return fail();
  if (b0 != bl) {
    size_t seps = static_cast<size_t>(std::count(b.begin() + static_cast<long>(b0), b.end(), '/'));
    std::string out = "..";
    for (size_t i = 0; i < seps; i++) out += "/..";
    if (t0 != tl) out += "/" + t.substr(t0);
    c.args[0] = str_val(out);
  } else {
    c.args[0] = str_val(t.substr(t0));
  }
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus fp_split_list(NativeCtx& c) {
  std::string p(sv(c.args[0]));
  std::vector<std::string> parts;
  if (!p.empty()) {
    size_t i = 0;
    for (;;) {
      size_t j = p.find(':', i);
      parts.push_back(p.substr(i, j == std::string::npos ? std::string::npos : j - i));
      if (j == std::string::npos) break;
      i = j + 1;
    }
  }
  c.args[0] = Value::from_obj(make_string_slice(parts));
  return NativeStatus::Done;
}
NativeStatus fp_volume(NativeCtx& c) { c.args[0] = str_val(""); return NativeStatus::Done; }
NativeStatus fp_identity(NativeCtx& c) { return NativeStatus::Done; }  // ToSlash/FromSlash on Unix

bool has_meta(std::string_view p) { return p.find_first_of("*?[\\") != std::string_view::npos; }

// glob(dir, pattern, matches) of filepath/match.go; false on ErrBadPattern.
bool glob_dir(const std::string& d, std::string_view pattern, std::vector<std::string>* m) {
  std::vector<vfs::DirEntry> ents;
  vfs::Stat st;
  if (run_fs().stat(d, &st) || !st.is_dir()) return true;
  if (os_read_dir_entries(d, &ents)) return true;
  for (const auto& e : ents) {  // (already sorted)
    const std::string& n = e.name;
    bool matched;
    if (!text::path_match(pattern, n, &matched)) return false;
    if (matched) m->push_back(join({d, n}));
  }
  return true;
}
bool glob(const std::string& pattern, int depth, std::vector<std::string>* out) {
  if (depth == 10000) return false;
  bool mm;
  if (!text::path_match(pattern, "", &mm)) return false;
  if (!has_meta(pattern)) {
    vfs::Stat st;
    if (run_fs().stat(pattern, &st) == 0) out->push_back(pattern);
    return true;
  }
  size_t i = pattern.rfind('/');
  std::string d = i == std::string::npos ? "" : pattern.substr(0, i + 1);
  std::string file = pattern.substr(d.size());
  d = d.empty() ? "." : d == "/" ? d : d.substr(0, d.size() - 1);
  if (!has_meta(d)) return glob_dir(d, file, out);
  if (d == pattern) return false;
  std::vector<std::string> m;
  if (!glob(d, depth + 1, &m)) return false;
  for (const auto& x : m)
    if (!glob_dir(x, file, out)) return false;
  return true;
}
NativeStatus fp_glob(NativeCtx& c) {
  std::vector<std::string> m;
  bool good = glob(std::string(sv(c.args[0])), 0, &m);
  c.args[0] = Value::from_obj(good && !m.empty() ? make_string_slice(m) : nullptr);
  c.args[1] = Value::from_obj(good ? nullptr : filepath_bad_pattern());
  return NativeStatus::Done;
}

// ---- WalkDir / Walk (filepath/path.go). No Go object is held in C++ across a call of the
// Go callback (a collection may run then): the walk keeps names and vfs::Stat values and
// makes each DirEntry/FileInfo right before passing it. A callback's panic ends the walk
// and is re-raised with its text. ----
struct Walker {
  NativeCtx& c;
  Obj* fn;
  bool entries;  // WalkDir: fs.DirEntry; Walk: fs.FileInfo
  std::string panic;
  bool panicked = false;
  Obj* call(const std::string& path, const vfs::Stat* st, Obj* err) {
    Value args[3] = {str_val(path), Value::zero(), Value::from_obj(err)};
    if (st) args[1] = Value::from_obj(entries ? os_dir_entry(os_basename(path), *st) : os_file_info(path, *st));
    Value res[1];
    if (!call_func(c, fn, args, 3, res, 1, &panic)) {
      panicked = true;
      return os_skip_all();
    }
    return res[0].o;
  }
};

Obj* walk_dir(Walker& w, const std::string& path, const vfs::Stat& st) {
  Obj* err = w.call(path, &st, nullptr);
  if (w.panicked) return err;
  if (err || !st.is_dir()) {
    if (err == os_skip_dir() && st.is_dir()) err = nullptr;
    return err;
  }
  std::vector<vfs::DirEntry> ents;
  if (int e = os_read_dir_entries(path, &ents)) {
    err = w.call(path, &st, path_errno("open", path, e));
    if (w.panicked) return err;
    if (err) {
      if (err == os_skip_dir()) err = nullptr;
      return err;
    }
  }
  for (const auto& d1 : ents) {
    Obj* e1 = walk_dir(w, join({path, d1.name}), d1.st);
    if (w.panicked) return e1;
    if (e1) {
      if (e1 == os_skip_dir()) break;
      return e1;
    }
  }
  return nullptr;
}

Obj* walk(Walker& w, const std::string& path, const vfs::Stat& st) {
  if (!st.is_dir()) return w.call(path, &st, nullptr);
  std::vector<vfs::DirEntry> ents;
  int e = os_read_dir_entries(path, &ents);
  Obj* err1 = w.call(path, &st, e ? path_errno("open", path, e) : nullptr);
  if (w.panicked) return err1;
  if (e || err1) return err1;
  for (const auto& d : ents) {
    std::string filename = join({path, d.name});
    vfs::Stat fst;
    if (int le = run_fs().stat(filename, &fst)) {  // removed meanwhile
      Obj* r = w.call(filename, nullptr, path_errno("lstat", filename, le));
      if (w.panicked) return r;
      if (r && r != os_skip_dir()) return r;
    } else {
      Obj* r = walk(w, filename, fst);
      if (w.panicked) return r;
      if (r && (!fst.is_dir() || r != os_skip_dir())) return r;
    }
  }
  return nullptr;
}

NativeStatus walk_common(NativeCtx& c, bool dir_entries) {
  std::string root(sv(c.args[0]));
  Walker w{c, c.args[1].o, dir_entries};  // (the closure is also rooted by the caller's frame)
  vfs::Stat st;
  Obj* err;
  if (int e = run_fs().stat(root, &st)) err = w.call(root, nullptr, path_errno("lstat", root, e));
  else if (dir_entries) err = walk_dir(w, root, st);
  else err = walk(w, root, st);
  if (w.panicked) return panic_string(c, w.panic);
  if (err == os_skip_dir() || err == os_skip_all()) err = nullptr;
  c.args[0] = Value::from_obj(err);
  return NativeStatus::Done;
}
NativeStatus fp_walk_dir(NativeCtx& c) { return walk_common(c, true); }
NativeStatus fp_walk(NativeCtx& c) { return walk_common(c, false); }
NativeStatus fp_bad_var(NativeCtx& c) { c.args[0] = Value::from_obj(filepath_bad_pattern()); return NativeStatus::Done; }
NativeStatus p_bad_var(NativeCtx& c) { c.args[0] = Value::from_obj(path_bad_pattern()); return NativeStatus::Done; }
NativeStatus fp_skip_dir(NativeCtx& c) { c.args[0] = Value::from_obj(os_skip_dir()); return NativeStatus::Done; }
NativeStatus fp_skip_all(NativeCtx& c) { c.args[0] = Value::from_obj(os_skip_all()); return NativeStatus::Done; }

}  // namespace

void add_path_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"path.Clean", p_clean}, {"path.Join", p_join}, {"path.Split", p_split}, {"path.Base", p_base},
      {"path.Dir", p_dir}, {"path.Ext", p_ext}, {"path.IsAbs", p_is_abs},
      {"path.Match", p_match<path_bad_pattern>}, {"path.ErrBadPattern", p_bad_var},
      {"path/filepath.Clean", p_clean}, {"path/filepath.Join", p_join}, {"path/filepath.Split", p_split},
      {"path/filepath.Base", p_base}, {"path/filepath.Dir", p_dir}, {"path/filepath.Ext", p_ext},
      {"path/filepath.IsAbs", p_is_abs}, {"path/filepath.Match", p_match<filepath_bad_pattern>},
      {"path/filepath.ErrBadPattern", fp_bad_var}, {"path/filepath.SkipDir", fp_skip_dir},
      {"path/filepath.SkipAll", fp_skip_all}, {"path/filepath.Abs", fp_abs}, {"path/filepath.Rel", fp_rel},
      {"path/filepath.SplitList", fp_split_list}, {"path/filepath.VolumeName", fp_volume},
      {"path/filepath.ToSlash", fp_identity}, {"path/filepath.FromSlash", fp_identity},
      {"path/filepath.Glob", fp_glob}, {"path/filepath.WalkDir", fp_walk_dir}, {"path/filepath.Walk", fp_walk},
  });
}

}  // namespace gort::stdlib
