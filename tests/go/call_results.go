// Call results used in every way the compiler may leave them in the call window: read once,
// read twice (switch tags, both operands), across another call, into variables, in && and ||,
// as loop bounds, returned, through func values and interface methods, with narrow types
// that wrap, and floats.
package main

import "fmt"

var calls int

func one(n int) int { calls++; return n }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func sq(x float64) float64 { return x * x }

func small(x int8) int8 { return x + 100 }

func pos(n int) bool { return n > 0 }

type shape interface{ area() int }
type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func pair() (int, int) { return 3, 4 }

func tag(n int) string {
	switch one(n) {
	case 1:
		return "one"
	case 2:
		return "two"
	case 3:
		return "three"
	}
	return "many"
}

func main() {
	fmt.Println(fib(20))
	x := one(5)
	y := x + one(6)
	fmt.Println(x, y)
	z := one(7) * one(8) - one(9)
	fmt.Println(z)
	fmt.Println(tag(1), tag(2), tag(3), tag(4))
	t := one(10)
	t = t + t*one(2)
	fmt.Println(t)
	if pos(one(1)) && pos(one(-1)) || pos(one(3)) {
		fmt.Println("cond")
	}
	sum := 0
	for i := 0; i < one(4); i++ {
		sum += one(i)
	}
	fmt.Println(sum)
	f := fib
	fmt.Println(f(10) + f(11))
	var s shape = rect{3, 4}
	fmt.Println(s.area() + s.area()*2)
	fmt.Println(sq(1.5)+sq(2), sq(3)-sq(float64(one(1))), sq(2) < sq(3))
	fmt.Println(small(20), small(small(20)), small(27)+small(1))
	a, b := pair()
	fmt.Println(a+one(b), one(a)-b)
	u := uint8(one(200)) + uint8(one(100))
	fmt.Println(u)
	arr := []int{one(1), one(2) + one(3), one(4)}
	fmt.Println(arr, len(arr)+one(0))
	m := map[int]int{one(1): one(2)}
	m[one(1)] += one(5)
	fmt.Println(m)
	g := func() int { return one(40) + 2 }
	fmt.Println(g(), -one(3), ^one(0), one(6)/one(4), one(7)%one(4))
	fmt.Println(calls)
}

// Output:
// 6765
// 5 11
// 47
// one two three many
// 30
// cond
// 6
// 144
// 36
// 6.25 8 true
// 120 -36 -28
// 7 -1
// 44
// [1 5 4] 3
// map[1:7]
// 42 -3 -1 1 3
// 44
