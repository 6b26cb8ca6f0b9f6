// engine/text/path_match.cpp — Go 1.19's path.Match (path/match.go, BSD-licensed, Copyright
// The Go Authors), ported so results and ErrBadPattern cases are Go's. See path_match.h.
#include "text/path_match.h"

#include "text/utf8.h"

namespace gort::text {

namespace {

bool get_esc(std::string_view& chunk, int32_t* r) {
  if (chunk.empty() || chunk[0] == '-' || chunk[0] == ']') return false;
  if (chunk[0] == '\\') {
    chunk.remove_prefix(1);
    if (chunk.empty()) return false;
  }
  int n;
  *r = decode_rune(chunk, &n);
  bool bad = *r == kRuneError && n == 1;
  chunk.remove_prefix(static_cast<size_t>(n));
  return !bad && !chunk.empty();
}

// Returns false on ErrBadPattern; *ok and *rest the match result.
bool match_chunk(std::string_view chunk, std::string_view s, std::string_view* rest, bool* ok) {
  bool failed = false;
  while (!chunk.empty()) {
    if (!failed && s.empty()) failed = true;
    switch (chunk[0]) {
      case '[': {
        int32_t r = 0;
        if (!failed) {
          int n;
          r = decode_rune(s, &n);
          s.remove_prefix(static_cast<size_t>(n));
        }
        chunk.remove_prefix(1);
        bool negated = false;
        if (!chunk.empty() && chunk[0] == '^') {
          negated = true;
          chunk.remove_prefix(1);
        }
        bool match = false;
        int nrange = 0;
        for (;;) {
          if (!chunk.empty() && chunk[0] == ']' && nrange > 0) {
            chunk.remove_prefix(1);
            break;
          }
          int32_t lo, hi;
          if (!get_esc(chunk, &lo)) return false;
          hi = lo;
          if (chunk[0] == '-') {
            chunk.remove_prefix(1);
            if (!get_esc(chunk, &hi)) return false;
          }
          if (lo <= r && r <= hi) match = true;
          nrange++;
        }
        if (match == negated) failed = true;
        break;
      }
      case '?':
        if (!failed) {
          if (s[0] == '/') failed = true;
          int n;
          decode_rune(s, &n);
          s.remove_prefix(static_cast<size_t>(n));
        }
        chunk.remove_prefix(1);
        break;
      case '\\':
        chunk.remove_prefix(1);
        if (chunk.empty()) return false;
        [[fallthrough]];
      default:
        if (!failed) {
          if (chunk[0] != s[0]) failed = true;
          s.remove_prefix(1);
        }
        chunk.remove_prefix(1);
    }
  }
  *ok = !failed;
  *rest = failed ? std::string_view() : s;
  return true;
}

void scan_chunk(std::string_view& pattern, bool* star, std::string_view* chunk) {
  *star = false;
  while (!pattern.empty() && pattern[0] == '*') {
    pattern.remove_prefix(1);
    *star = true;
  }
  bool inrange = false;
  size_t i;
  for (i = 0; i < pattern.size(); i++) {
    char ch = pattern[i];
    if (ch == '\\') {
      if (i + 1 < pattern.size()) i++;
    } else if (ch == '[') {
      inrange = true;
    } else if (ch == ']') {
      inrange = false;
    } else if (ch == '*' && !inrange) {
      break;
    }
  }
  *chunk = pattern.substr(0, i);
  pattern.remove_prefix(i);
}

}  // namespace

bool path_match(std::string_view pattern, std::string_view name, bool* matched) {
  *matched = false;
  while (!pattern.empty()) {
    bool star;
    std::string_view chunk;
    scan_chunk(pattern, &star, &chunk);
    if (star && chunk.empty()) {
      *matched = name.find('/') == std::string_view::npos;
      return true;
    }
    std::string_view t;
    bool ok;
    bool good = match_chunk(chunk, name, &t, &ok);
    if (good && ok && (t.empty() || !pattern.empty())) {
      name = t;
      continue;
    }
    if (!good) return false;
    bool advanced = false;
    if (star) {
      for (size_t i = 0; i < name.size() && name[i] != '/'; i++) {
        bool ok2;
        bool good2 = match_chunk(chunk, name.substr(i + 1), &t, &ok2);
        if (good2 && ok2) {
          if (pattern.empty() && !t.empty()) continue;
          name = t;
          advanced = true;
          break;
        }
        if (!good2) return false;
      }
    }
    if (advanced) continue;
    // Go 1.19: before reporting no match, the rest of the pattern must be well-formed.
    while (!pattern.empty()) {
      scan_chunk(pattern, &star, &chunk);
      bool ok3;
      if (!match_chunk(chunk, "", &t, &ok3)) return false;
    }
    return true;
  }
  *matched = name.empty();
  return true;
}


}  // namespace gort::text
