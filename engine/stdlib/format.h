// engine/stdlib/format.h — Go's text formats for numbers that fmt and time share, ported from
// Go 1.19's algorithms (not approximated): time.Duration.String and the %v / strconv 'g'
// shortest form of a float64. Pure functions, no runtime dependency.
#pragma once
#include <cstdint>
#include <string>

namespace gort::stdlib {

// time.Duration(ns).String(): "1.5s", "100ms", "1m30s", "1h2m3.004s", "0s", "-1.5µs".
std::string duration_string(int64_t ns);

// strconv.FormatFloat(f, 'g', -1, 64), which is also fmt's %v for float64:
// "3.14", "1e+21", "0.1", "1.23456789e+08", "+Inf" is NOT produced here (see float_v).
std::string format_float_g_shortest(double f);

// fmt's %v of a float64: like the above, plus "+Inf", "-Inf", "NaN".
std::string float_v(double f);

}  // namespace gort::stdlib
