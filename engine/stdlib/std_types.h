// engine/stdlib/std_types.h — run-time type descriptors for the std library's own types that
// natives create values of: *errors.errorString, *fmt.wrapError, *strconv.NumError,
// time.Time, *time.Timer, ... They are named like Go's (%T prints "*errors.errorString") and,
// where a std type is declared in std_decls.cpp, have the same fields in the same order as
// that declaration so the compiler's descriptor for the same type describes the same objects.
#pragma once
#include <vector>

#include "stdlib/util.h"

namespace gort::stdlib {

// Builders of process-lifetime descriptors, for the files that define std types
// (std_types.cpp, context_natives.cpp): `using namespace desc;` gives the short names.
namespace desc {
vm::TypeDesc* make_struct(const char* name, std::vector<vm::FieldDesc> fields);  // named struct
vm::TypeDesc* make_ptr(const vm::TypeDesc* elem, std::vector<vm::MethodDesc> methods);
vm::FieldDesc F(const char* name, const vm::TypeDesc* t, bool exported = false);
vm::MethodDesc M(const char* name, vm::NativeFn fn, bool ptr = true, const vm::TypeDesc* sig = nullptr);
// Method signatures (receiver-less func descriptors), so reflect's Method/MethodByName/Call
// and NumMethod-based code see natively created values' methods as they see compiled ones.
const vm::TypeDesc* sig_string();  // func() string   (Error, String)
const vm::TypeDesc* sig_error();   // func() error    (Unwrap)
const vm::TypeDesc* sig_bool();    // func() bool     (Timeout, Temporary, IsDir)
}  // namespace desc

const TypeDesc* errors_string_ptr();   // *errors.errorString {s string}
const TypeDesc* fmt_wrap_error_ptr();  // *fmt.wrapError {msg string; err error}
const TypeDesc* fmt_state_ptr();       // *fmt.pp {p (Printer*)}: fmt.State for Formatters
const TypeDesc* numerror_ptr();        // *strconv.NumError {Func, Num string; Err error}
const TypeDesc* time_time();           // time.Time {wall uint64; ext int64; loc *Location} (time_core.h)
const TypeDesc* time_location();       // time.Location {name, zone string; offset int; fixed bool}
const TypeDesc* time_location_ptr();   // *time.Location (String method)
const TypeDesc* time_timer();          // time.Timer {C <-chan Time; r int64; f func(); g int64}
const TypeDesc* time_ticker();         // time.Ticker: the same four fields (one timer callback)
const TypeDesc* rand_rand();           // rand.Rand {src Source}
const TypeDesc* bufio_scanner();
const TypeDesc* bufio_reader();
const TypeDesc* strings_reader();
const TypeDesc* os_file();             // os.File {fd int; name string; appendMode bool}
const TypeDesc* duration_type();       // time.Duration

// errors.New(text) as an `error` interface value.
Obj* new_error(std::string_view text);
// &strconv.NumError{fn, num, ErrSyntax/ErrRange} as an `error` interface value.
Obj* new_num_error(std::string_view fn, std::string_view num, bool range);
// A permanent errors.New(text) value (one identity per process; context.Canceled).
Obj* permanent_error(std::string_view text);
Obj* err_syntax();   // strconv.ErrSyntax (one shared value per run)
Obj* err_range();
Obj* io_eof();       // io.EOF ("EOF")
Obj* io_unexpected_eof();   // io.ErrUnexpectedEOF

}  // namespace gort::stdlib
