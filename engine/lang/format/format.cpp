// engine/lang/format/format.cpp — format_source: parse with the front end, print, align.
// Owns: the gofmt pipeline (parser → go/printer port → text/tabwriter port) and its error path.
#include "lang/format/format.h"

#include <unordered_map>

#include "lang/format/printer.h"
#include "lang/format/source_index.h"
#include "lang/format/tabwriter.h"
#include "lang/parser.h"

namespace gort::lang::format {

std::string format_source(std::string_view src, const std::string& filename, std::string* err) {
  err->clear();
  std::vector<Diagnostic> diags;
  std::unique_ptr<File> file = parse_file(src, filename, diags);
  if (!diags.empty() || !file || !file->package_name) {
    *err = diags.empty() ? filename + ":1:1: expected 'package'\n" : format_diagnostics(filename, diags);
    return "";
  }
  SourceIndex idx(src);
  std::unordered_map<const void*, int> sizes;
  Printer p(idx, false, &sizes);
  return tabwrite_and_trim(p.print_file(*file));
}

}  // namespace gort::lang::format
