// Compile errors for misuse of complex values (gc's wording, go1.19): ordering, %, complex/real
// with wrong argument types, an imaginary constant as a float, complex64 overflow, conversions
// between real and complex values.
// go: skip go build fails by design; expectations are go1.19 build's messages
package main

func main() {
	c := 1 + 2i
	d := complex(1, 2)
	var f float64 = 1
	_ = c < d
	_ = c % d
	_ = complex(f, float32(2))
	_ = real(f)
	_ = complex(1, "s")
	var g float64 = 1 + 2i
	const big complex64 = 1e300
	_ = float64(c)
	_ = complex128(f)
	_, _ = g, big
}

// Output:
// Stderr:
// lang_complex_err.go:11:6: invalid operation: c < d (operator < not defined on complex128)
// lang_complex_err.go:12:6: invalid operation: operator % not defined on c (variable of type complex128)
// lang_complex_err.go:13:14: invalid operation: complex(f, float32(2)) (mismatched types float64 and float32)
// lang_complex_err.go:14:11: invalid argument: argument has type float64, expected complex type
// lang_complex_err.go:15:14: invalid operation: complex(1, "s") (mismatched types untyped float and untyped string)
// lang_complex_err.go:16:18: cannot use 1 + 2i (untyped complex constant (1 + 2i)) as float64 value in variable declaration (overflows)
// lang_complex_err.go:17:24: cannot use 1e300 (untyped float constant 1e+300) as complex64 value in constant declaration (overflows)
// lang_complex_err.go:18:14: cannot convert c (variable of type complex128) to type float64
// lang_complex_err.go:19:17: cannot convert f (variable of type float64) to type complex128
// Exit: 1
