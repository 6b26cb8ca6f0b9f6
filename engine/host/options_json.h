// engine/host/options_json.h — RunOptions from the small JSON object the wasm API takes:
// {"gomaxprocs":2,"faketime":true,"go":"1.21","seed":7,"schedtrace":false,"filename":"prog.go",
//  "files":{"data.txt":"<base64 bytes>"}} — files: the run's in-memory file system content.
// Unknown keys are ignored (forward compatibility); malformed input gives an error string.
#pragma once
#include <string>
#include <string_view>

#include "host/engine.h"

namespace gort::host {

std::string parse_options_json(std::string_view json, RunOptions& opts);

}  // namespace gort::host
