// engine/lang/format/tabwriter.cpp — port of text/tabwriter + go/printer's trimmer.
// Owns: column alignment of the printer's cells. Ported from Go 1.19's text/tabwriter/
// tabwriter.go and go/printer/printer.go (trimmer); Copyright 2009 The Go Authors, BSD-style
// license (see Go's LICENSE). Only gofmt's configuration is kept: minwidth 0, tabwidth 8,
// padding 1, padchar ' ', flags DiscardEmptyColumns | TabIndent, no StripEscape.
#include "lang/format/tabwriter.h"

#include <vector>

namespace gort::lang::format {
namespace {

constexpr int kTabwidth = 8, kPadding = 1, kMinwidth = 0;

struct Cell {
  int size = 0;   // bytes
  int width = 0;  // runes
  bool htab = false;
};

int rune_count(std::string_view s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

class TabWriter {
 public:
  explicit TabWriter(std::string& out) : out_(out) { reset(); }

  void write(std::string_view buf) {
    size_t n = 0;
    for (size_t i = 0; i < buf.size(); i++) {
      char ch = buf[i];
      if (!in_escape_) {
        if (ch == '\t' || ch == '\v' || ch == '\n' || ch == '\f') {
          append(buf.substr(n, i - n));
          update_width();
          n = i + 1;
          size_t ncells = terminate_cell(ch == '\t');
          if (ch == '\n' || ch == '\f') {
            lines_.emplace_back();
            if (ch == '\f' || ncells == 1) flush_lines();
          }
        } else if (ch == kTabEscape) {
          append(buf.substr(n, i - n));
          update_width();
          n = i;
          in_escape_ = true;
        }
      } else if (ch == kTabEscape) {
        append(buf.substr(n, i + 1 - n));
        n = i + 1;
        update_width();
        cell_.width -= 2;  // the escape bytes take no room
        pos_ = buf_.size();
        in_escape_ = false;
      }
    }
    append(buf.substr(n));
  }

  void flush() {
    if (cell_.size > 0) {
      if (in_escape_) {
        update_width();
        cell_.width -= 2;
        pos_ = buf_.size();
        in_escape_ = false;
      }
      terminate_cell(false);
    }
    flush_lines();
  }

 private:
  void reset() {
    buf_.clear();
    pos_ = 0;
    cell_ = Cell{};
    in_escape_ = false;
    lines_.clear();
    widths_.clear();
    lines_.emplace_back();
  }
  void flush_lines() {
    format(0, 0, static_cast<int>(lines_.size()));
    reset();
  }
  void append(std::string_view t) {
    buf_.append(t);
    cell_.size += static_cast<int>(t.size());
  }
  void update_width() {
    cell_.width += rune_count(std::string_view(buf_).substr(pos_));
    pos_ = buf_.size();
  }
  size_t terminate_cell(bool htab) {
    cell_.htab = htab;
    lines_.back().push_back(cell_);
    cell_ = Cell{};
    return lines_.back().size();
  }
  void write_padding(int textw, int cellw, bool use_tabs) {
    if (use_tabs) {
      cellw = (cellw + kTabwidth - 1) / kTabwidth * kTabwidth;
      int n = cellw - textw;
      out_.append((n + kTabwidth - 1) / kTabwidth, '\t');
      return;
    }
    out_.append(cellw - textw, ' ');
  }
  size_t write_lines(size_t pos, int line0, int line1) {
    for (int i = line0; i < line1; i++) {
      const auto& line = lines_[i];
      bool use_tabs = true;  // TabIndent
      for (size_t j = 0; j < line.size(); j++) {
        const Cell& c = line[j];
        if (c.size == 0) {
          if (j < widths_.size()) write_padding(c.width, widths_[j], use_tabs);
        } else {
          use_tabs = false;
          out_.append(buf_, pos, c.size);
          pos += c.size;
          if (j < widths_.size()) write_padding(c.width, widths_[j], false);
        }
      }
      if (i + 1 == static_cast<int>(lines_.size())) {
        out_.append(buf_, pos, cell_.size);
        pos += cell_.size;
      } else {
        out_.push_back('\n');
      }
    }
    return pos;
  }
  size_t format(size_t pos, int line0, int line1) {
    size_t column = widths_.size();
    for (int th = line0; th < line1; th++) {
      if (column + 1 >= lines_[th].size()) continue;
      pos = write_lines(pos, line0, th);
      line0 = th;
      int width = kMinwidth;
      bool discardable = true;
      for (; th < line1; th++) {
        const auto& line = lines_[th];
        if (column + 1 >= line.size()) break;
        const Cell& c = line[column];
        if (int w = c.width + kPadding; w > width) width = w;
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable) width = 0;  // DiscardEmptyColumns
      widths_.push_back(width);
      pos = format(pos, line0, th);
      widths_.pop_back();
      line0 = th;
    }
    return write_lines(pos, line0, line1);
  }

  std::string& out_;
  std::string buf_;
  size_t pos_ = 0;
  Cell cell_;
  bool in_escape_ = false;
  std::vector<std::vector<Cell>> lines_;
  std::vector<int> widths_;
};

}  // namespace

std::string trim_only(std::string_view data) {
  // go/printer's trimmer: '\v' becomes '\t', blanks before a line end are dropped, escapes go.
  enum { kSpace, kEscape, kText } state = kSpace;
  std::string out, space;
  for (char b : data) {
    if (b == '\v') b = '\t';
    switch (state) {
      case kSpace:
        if (b == '\t' || b == ' ') {
          space.push_back(b);
        } else if (b == '\n' || b == '\f') {
          space.clear();
          out.push_back('\n');
        } else if (b == kTabEscape) {
          out += space;
          space.clear();
          state = kEscape;
        } else {
          out += space;
          space.clear();
          state = kText;
          out.push_back(b);
        }
        break;
      case kEscape:
        if (b == kTabEscape) {
          state = kSpace;
        } else {
          out.push_back(b);
        }
        break;
      case kText:
        if (b == '\t' || b == ' ') {
          state = kSpace;
          space.assign(1, b);
        } else if (b == '\n' || b == '\f') {
          state = kSpace;
          space.clear();
          out.push_back('\n');
        } else if (b == kTabEscape) {
          state = kEscape;
        } else {
          out.push_back(b);
        }
        break;
    }
  }
  return out;
}

std::string tabwrite_and_trim(std::string_view raw) {
  std::string aligned;
  TabWriter tw(aligned);
  tw.write(raw);
  tw.flush();
  return trim_only(aligned);
}

}  // namespace gort::lang::format
