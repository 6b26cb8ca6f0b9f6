// engine/host/golden_run.h — `gort test FILE.go|FILE.md`: runs each case (see golden.h) in this
// process and reports pass/fail with a diff. Returns the CLI's exit status (0 all passed, 1 not).
#pragma once
#include <string>

#include "host/engine.h"

namespace gort::host {

int run_golden_file(const std::string& path, const RunOptions& base);

}  // namespace gort::host
