// engine/stdlib/go_math.h — math functions computed as Go computes them, where the C library's
// result differs from Go's in the last bit: Go's algorithms (pure Go on amd64), not libm's
// correctly rounded ones, decide what a tutorial's `fmt.Println(math.Pow(1.05, 10))` prints.
// Written for gort after the algorithms Go's math package documents (pow.go: repeated
// squaring of Frexp's mantissa, exp(yf·log x) for the fraction).
#pragma once

namespace gort::stdlib {

double go_pow(double x, double y);
double go_log(double x);
double go_exp(double x);
double go_sin(double x);
double go_cos(double x);
double go_tan(double x);
double go_atan(double x);
double go_asin(double x);
double go_acos(double x);
double go_atan2(double y, double x);
double go_log10(double x);
double go_log2(double x);
double go_hypot(double p, double q);
double go_cbrt(double x);
double go_sinh(double x);
double go_cosh(double x);
double go_tanh(double x);
double go_exp2(double x);

}  // namespace gort::stdlib
