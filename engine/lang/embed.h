// engine/lang/embed.h — //go:embed: the read-only view of the files a program may embed, and
// the three steps Go takes, each with its errors where Go reports them:
//   1. go build's loader (embed_resolve.cpp): every well-formed //go:embed line of a file that
//      imports "embed" gives patterns; each distinct pattern is resolved against the package
//      directory (path.Match globs, directories walked without "." / "_" names unless "all:").
//      The first failing pattern (in sorted order) is the only error ("pattern x: no matching
//      files found"), printed without "./" as go build prints it.
//   2. gc's noder (embed_directive.cpp): directives attach to the var spec that follows them;
//      misplaced ones, bad quoting and misuse (no import, several vars, initializer, in a func)
//      are errors before type checking.
//   3. after type checking (embed_init.cpp): the variable's type decides string / []byte /
//      embed.FS, and its initialization is synthesized (Program::var_inits, first).
// Pattern resolution happens at compile time, so contents are the files as the run starts.
// Nothing here touches a host file system: the host passes an EmbedFiles (CheckOptions::files).
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"

namespace gort::lang {

struct Diagnostic;
struct Program;

// The package directory's files (the run's working directory). Paths are relative to it,
// slash-separated and clean ("" is the directory itself).
class EmbedFiles {
 public:
  enum class Kind { Missing, File, Dir };
  virtual ~EmbedFiles() = default;
  virtual Kind kind(const std::string& path) const = 0;
  virtual std::vector<std::string> names(const std::string& dir) const = 0;  // any order
  virtual std::string read(const std::string& path) const = 0;
};

// gc's parseGoEmbed: the patterns of a directive's text after "go:embed" (args starts at
// column col of line), unquoted, "quoted" or `raw`. False with *err ("invalid quoted string in
// //go:embed: ...") on bad quoting.
bool parse_embed_args(std::string_view args, Pos at, std::vector<EmbedPattern>* out, std::string* err);

// Step 1 for the package's files (each parsed, with its own imports). Fills patterns with the
// files each distinct pattern names (sorted, relative paths). On the first failing pattern
// appends its error and returns false. files == nullptr: an empty directory.
using EmbedPatternFiles = std::map<std::string, std::vector<std::string>>;
bool resolve_embed_patterns(const std::vector<const File*>& files, const EmbedFiles* fs,
                            EmbedPatternFiles* patterns, std::vector<Diagnostic>& diags);

// Step 2 for one parsed file: sets ValueSpec::embeds/embed_pos. gc's errors come in two
// rounds: those its parser reports (early: bad lines, a directive no declaration takes),
// which type checking follows, and those of its IR construction (late: checkEmbed's misuse,
// a directive a const/type/func took), only reached without any earlier error.
void attach_embed_directives(File& f, std::vector<Diagnostic>& early, std::vector<Diagnostic>& late);
// The early errors' texts (the front end lets type checking follow them).
bool is_early_embed_error(const std::string& msg);

// Step 3, after a successful type check: checks each embedding variable's type and puts its
// initialization first in prog.var_inits (Go's linker fills them statically, so every other
// initializer sees them). specs: the var specs with directives.
void init_embed_vars(Program& prog, const std::vector<ValueSpec*>& specs, const EmbedPatternFiles& patterns,
                     const EmbedFiles* fs, std::vector<Diagnostic>& diags);

}  // namespace gort::lang
