// Complex numbers: imaginary literals, untyped complex constants, complex64/complex128
// arithmetic (Go's division incl. by zero), ==, conversions, complex/real/imag, fmt's verbs,
// complex values in maps, interfaces, structs, slices, channels and switches.
package main

import (
	"fmt"
	"math"
)

type Point struct {
	Name string
	Z    complex128
}

type C complex64

const (
	I  = 1i
	Z0 = 3 + 4i
	H  = 0x1p-2i
	Z1 = Z0 * Z0 / (1 - I)
	R  = real(Z0)
	M  = imag(Z0 * I)
)

func double(c complex128) complex128 { return c * 2 }

func main() {
	a := 1 + 2i
	b := complex(3, -4)
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(b), -a, +b)
	fmt.Printf("%v %g %.2f %e %E %8.3f|%-20.1f|%+.1f\n", a, b, a, b, a, a, b, a)
	fmt.Printf("%T %T %T %T\n", a, complex64(a), I, C(1))
	fmt.Println(I, Z0, H, Z1, R, M, 2.5i, 1e3i, 0x10i, 0b11i, 0o17i, 1_000i, 0123i, 0.i)
	var c64 complex64 = complex(float32(1)/3, 2)
	fmt.Println(c64, c64*c64, c64/3, complex128(c64), real(c64), imag(c64))
	fmt.Printf("%T %T\n", real(c64), c64*c64)
	var z complex128
	fmt.Println(z, z == 0, a == 1+2i, a != b, a == complex(1, 2))
	fmt.Println(a/z, -a/z, z/z, complex(math.Inf(1), 0)/b, b/complex(math.Inf(1), 1))
	x := 1.5 + 0.5i
	x += 1
	x *= a
	x -= 2i
	x /= 2
	x++
	fmt.Println(x)
	m := map[complex128]string{1i: "i", 1: "one", 0: "zero"}
	m[complex(0, 1)] += "!"
	fmt.Println(m, len(m))
	var e interface{} = a
	if v, ok := e.(complex128); ok {
		fmt.Println("iface", v, e == interface{}(1+2i), e == interface{}(complex64(1+2i)))
	}
	p := Point{"p", 2 - 3i}
	q := p
	q.Z *= I
	fmt.Println(p, q, p == q, fmt.Sprintf("%+v", q))
	s := []complex64{1, 2i, 3 + 3i}
	s = append(s, complex64(C(4)*C(1i)))
	sum := complex64(0)
	for _, v := range s {
		sum += v
	}
	fmt.Println(s, sum, double(Z0))
	ch := make(chan complex128, 1)
	ch <- Z0
	fmt.Println(<-ch)
	switch a {
	case 1 + 2i:
		fmt.Println("switch ok")
	default:
		fmt.Println("switch wrong")
	}
	fmt.Println(complex(math.NaN(), 1) == complex(math.NaN(), 1), complex(math.Inf(-1), math.NaN()))
	fmt.Printf("%v %.3v %x\n", []complex128{1, 1i}, 1.23456+7.891i, 1+2i)
	fmt.Printf("%d\n", 1+2i)
	fmt.Println(fmt.Sprint(a, b), fmt.Sprint("s", a))
	var arr [2]complex128
	arr[1] = 5i
	fmt.Println(arr, math.Abs(real(arr[1])))
}

// Output:
// (1+2i) (3-4i) (4-2i) (-2+6i) (11+2i) (-0.2+0.4i)
// 1 -4 (-1-2i) (3-4i)
// (1+2i) (3-4i) (1.00+2.00i) (3.000000e+00-4.000000e+00i) (1.000000E+00+2.000000E+00i) (   1.000  +2.000i)|(3.0                 -4.0                i)|(+1.0+2.0i)
// complex128 complex64 complex128 main.C
// (0+1i) (3+4i) (0+0.25i) (-15.5+8.5i) 3 3 (0+2.5i) (0+1000i) (0+16i) (0+3i) (0+15i) (0+1000i) (0+123i) (0+0i)
// (0.33333334+2i) (-3.8888888+1.3333334i) (0.11111111+0.6666667i) (0.3333333432674408+2i) 0.33333334 2
// float32 complex64
// (0+0i) true true true true
// (+Inf+Infi) (-Inf-Infi) (NaN+NaNi) (+Inf+Infi) (0-0i)
// (1.75+1.75i)
// map[(0+0i):zero (0+1i):i! (1+0i):one] 3
// iface (1+2i) true false
// {p (2-3i)} {p (3+2i)} false {Name:p Z:(3+2i)}
// [(1+0i) (0+2i) (3+3i) (0+4i)] (4+9i) (6+8i)
// (3+4i)
// switch ok
// false (-Inf+NaNi)
// [(1+0i) (0+1i)] (1.23+7.89i) (0x1p+00+0x1p+01i)
// %!d(complex128=(1+2i))
// (1+2i) (3-4i) s(1+2i)
// [(0+0i) (0+5i)] 0
