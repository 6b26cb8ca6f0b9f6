// engine/vm/obj_complex.cpp — complex64/complex128 values (CplxObj, contract: object.h):
// allocation, permanent constant-pool objects, and Go's division algorithm. A complex value is
// an immutable heap object so that it fits the VM's one-slot-per-value rule everywhere
// (fields, elements, map keys, interfaces, channels) the way a string does.
#include <cmath>

#include "runtime/runtime.h"
#include "vm/obj_internal.h"

namespace gort::vm {

using namespace objlib;

Obj* cplx_new(double re, double im) {
  Obj* o = rt::alloc(&kCplxLayout, sizeof(CplxObj));
  auto* d = static_cast<CplxObj*>(obj_data(o));
  d->re = re;
  d->im = im;
  return o;
}

Obj* cplx_static(double re, double im) {
  Obj* o = static_obj_alloc(&kCplxLayout, sizeof(CplxObj));
  auto* d = static_cast<CplxObj*>(obj_data(o));
  d->re = re;
  d->im = im;
  return o;
}

namespace {
// runtime/complex.go's inf2one: a signed 1 if f is an infinity, else a signed 0.
double inf2one(double f) { return std::copysign(std::isinf(f) ? 1.0 : 0.0, f); }
}  // namespace

// A port of Go 1.19's runtime.complex128div (Smith's algorithm, then C99 G.5.1's corrections
// of NaN results to infinities and zeros), so quotients match Go bit for bit.
void cplx_div(double a, double b, double c, double d, double* re, double* im) {
  double e, f;
  if (std::fabs(c) >= std::fabs(d)) {
    double ratio = d / c;
    double denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    double ratio = c / d;
    double denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    const double inf = INFINITY;
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  *re = e;
  *im = f;
}

}  // namespace gort::vm
