// go: skip range over functions is Go 1.23 (the oracle is Go 1.19); messages are types2's (Go 1.23)
// Ranging over functions that are not iterators: types2's rangeKeyVal checks, in its order
// (argument count, argument is a func, no results, at most two yield parameters, yield
// returns bool), and more iteration variables than the iterator yields.
package main

func f0()                         {}
func f1(func(int))                {}
func f2(func(int) bool, int)      {}
func f3(func(int, int, int) bool) {}
func f4(func(int) bool) int       { return 0 }
func f5(int)                      {}
func ok1(func(int) bool)          {}
func ok0(func() bool)             {}

func main() {
	for range f0 {
	}
	for range f1 {
	}
	for range f2 {
	}
	for range f3 {
	}
	for range f4 {
	}
	for range f5 {
	}
	for x := range ok0 {
		_ = x
	}
	for x, y := range ok1 {
	}
}

// Stderr:
// rangefunc_err.go:17:12: cannot range over f0 (value of type func()): func must be func(yield func(...) bool): wrong argument count
// rangefunc_err.go:19:12: cannot range over f1 (value of type func(func(int))): func must be func(yield func(...) bool): yield func does not return bool
// rangefunc_err.go:21:12: cannot range over f2 (value of type func(func(int) bool, int)): func must be func(yield func(...) bool): wrong argument count
// rangefunc_err.go:23:12: cannot range over f3 (value of type func(func(int, int, int) bool)): func must be func(yield func(...) bool): yield func has too many parameters
// rangefunc_err.go:25:12: cannot range over f4 (value of type func(func(int) bool) int): func must be func(yield func(...) bool): unexpected results
// rangefunc_err.go:27:12: cannot range over f5 (value of type func(int)): func must be func(yield func(...) bool): argument is not func
// rangefunc_err.go:29:6: range over ok0 (value of type func(func() bool)) permits no iteration variables
// rangefunc_err.go:32:6: declared and not used: x
// rangefunc_err.go:32:9: range over ok1 (value of type func(func(int) bool)) permits only one iteration variable
// Exit: 1
