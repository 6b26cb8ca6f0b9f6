// math/cmplx (Go 1.19's, ported as a std package written in Go): the elementary functions,
// polar form, special values (Inf, NaN) and their predicates; strconv.FormatComplex.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strconv"
)

func main() {
	z := 3 + 4i
	fmt.Println(cmplx.Abs(z), cmplx.Conj(z), cmplx.Sqrt(-4), cmplx.Sqrt(z))
	r, th := cmplx.Polar(1i)
	fmt.Printf("%.4f %.4f %.4f\n", r, th, cmplx.Phase(-1))
	fmt.Printf("%.4f\n", cmplx.Rect(2, math.Pi/2))
	fmt.Printf("%.4f %.4f\n", cmplx.Exp(1i*math.Pi), cmplx.Log(z))
	fmt.Printf("%.4f %.4f %.4f\n", cmplx.Pow(z, 2), cmplx.Pow(1i, 1i), cmplx.Pow(0, 0))
	fmt.Printf("%.4f %.4f %.4f\n", cmplx.Sin(z), cmplx.Cos(z), cmplx.Tan(1+1i))
	fmt.Printf("%.4f %.4f %.4f\n", cmplx.Sinh(1i), cmplx.Cosh(1), cmplx.Tanh(0.5+0.5i))
	fmt.Printf("%.4f %.4f %.4f\n", cmplx.Asin(2), cmplx.Acos(0.5i), cmplx.Atan(1+2i))
	fmt.Printf("%.4f %.4f %.4f\n", cmplx.Asinh(1i), cmplx.Acosh(2), cmplx.Atanh(0.5))
	fmt.Printf("%.4f %.4f %.4f\n", cmplx.Log10(100i), cmplx.Cot(1+1i), cmplx.Exp(0))
	inf, nan := cmplx.Inf(), cmplx.NaN()
	fmt.Println(inf, cmplx.IsInf(inf), cmplx.IsNaN(nan), cmplx.IsNaN(inf), cmplx.IsInf(complex(1, math.Inf(-1))))
	fmt.Println(cmplx.Sqrt(inf), cmplx.Abs(nan), cmplx.Exp(complex(math.Inf(1), 0)))
	// roots of z² + 2z + 5 = 0
	a, b, c := 1+0i, 2+0i, 5+0i
	d := cmplx.Sqrt(b*b - 4*a*c)
	fmt.Println((-b+d)/(2*a), (-b-d)/(2*a))
	fmt.Println(strconv.FormatComplex(1+2i, 'f', 2, 128), strconv.FormatComplex(complex(1.5, -0.25), 'g', -1, 64),
		strconv.FormatComplex(complex(math.Inf(1), math.NaN()), 'e', 3, 128))
}

// Output:
// 5 (3-4i) (0+2i) (2+1i)
// 1.0000 1.5708 3.1416
// (0.0000+2.0000i)
// (-1.0000+0.0000i) (1.6094+0.9273i)
// (-7.0000+24.0000i) (0.2079+0.0000i) (1.0000+0.0000i)
// (3.8537-27.0168i) (-27.0349-3.8512i) (0.2718+1.0839i)
// (0.0000+0.8415i) (1.5431+0.0000i) (0.5641+0.4039i)
// (1.5708+1.3170i) (1.5708-0.4812i) (1.3390+0.4024i)
// (0.0000+1.5708i) (1.3170+0.0000i) (0.5493+0.0000i)
// (2.0000+0.6822i) (0.2176-0.8680i) (1.0000+0.0000i)
// (+Inf+Infi) true true false true
// (+Inf+Infi) NaN (+Inf+0i)
// (-1+2i) (-1-2i)
// (1.00+2.00i) (1.5-0.25i) (+Inf+NaNi)
