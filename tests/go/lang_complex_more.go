// Complex values through generics (a type set mixing complex and float types), struct and array
// map keys, channels, pointers, tuple assignment, constant expressions and fmt's flags
// (width, zero padding, space, %#v) on each part.
package main

import "fmt"

type Num interface {
	~complex128 | ~float64 | ~complex64
}

func Sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type K struct {
	A complex64
	B [2]complex128
}

const c = (1 + 2i) * (3 - 1i) / 2i

func main() {
	fmt.Println(c, real(c), imag(c), c == 2.5-2.5i)
	fmt.Println(Sum([]complex128{1, 2i, 3}), Sum([]float64{1.5, 2}), Sum([]complex64{1i, 1i}))
	m := map[K]int{}
	m[K{1, [2]complex128{1i, 2}}]++
	m[K{1, [2]complex128{1i, 2}}]++
	fmt.Println(m, K{1, [2]complex128{}} == K{1, [2]complex128{}})
	fmt.Printf("%v %v %.3g\n", complex64(1e20+1i), complex(1e-7, -1e21), 12345.678+0.000123i)
	d := make(chan complex64)
	go func() { d <- complex64(c) * 2 }()
	fmt.Println(<-d)
	var e error
	fmt.Printf("%6.2f|%-8v|%08.3f|% .1f|%#v\n", 1+2i, 1i, -1-2i, 3+4i, 1.5+2i)
	_ = e
	var p *complex128 = new(complex128)
	*p += 3i
	q := &p
	**q *= 2
	fmt.Println(*p, fmt.Sprint(complex64(0.1)), fmt.Sprintf("%T", real(complex64(1))))
	z := []complex128{1, 2}
	z[0], z[1] = z[1], z[0]*1i
	fmt.Println(z, len(fmt.Sprint(z)))
}

// Output:
// (2.5-2.5i) 2.5 -2.5 true
// (4+2i) 3.5 (0+2i)
// map[{(1+0i) [(0+1i) (2+0i)]}:2] true
// (1e+20+1i) (1e-07-1e+21i) (1.23e+04+0.000123i)
// (5-5i)
// (  1.00 +2.00i)|(0       +1      i)|(-001.000-002.000i)|( 3.0+4.0i)|(1.5+2i)
// (0+6i) (0.1+0i) float32
// [(2+0i) (0+1i)] 15
