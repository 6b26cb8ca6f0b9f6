// fmt verbs applied to composite values: widths and flags distributed over slice elements and
// struct fields, %x/%q on string slices and bytes, %#U/%#q, %g precision, rounding half to even
// with %.0f, denormals, and float32 sums.
package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

func main() {
	fmt.Printf("%3v|%-4d|%05.1f|%x|% x|%q|%s\n", []int{1, 2}, []int{3, 4}, []float64{1.25, 2}, []string{"ab", "c"}, []byte{1, 171}, []byte("hi"), []interface{}{"a", 1})
	fmt.Printf("%d|%5v|%+v|%x\n", P{1, 2, "s"}, P{3, 4, "t"}, []P{{5, 6, "u"}}, P{255, 16, "hi"})
	fmt.Printf("%v|%d|%s\n", map[string]P{"k": {1, 2, "v"}}, map[int][]int{1: {2}}, map[string]string{"b": "x", "a": "y"})
	fmt.Printf("%6.2v|%t|%v|%08.3f|%+d|%x\n", []float64{3.14159}, []bool{true}, [2]bool{}, -1.5, []int{-1, 2}, -255)
	fmt.Printf("%c|%U|%#U|%#x|%#o|%#b|%#q\n", []rune("ab"), 'x', '⌘', "hi", 8, 5, "back`tick")
	fmt.Printf("%v %v %.3g %.10g %g %g\n", 1e-7, 123456789.0, 1234.5678, 1.0/3, 1e20, 1e21)
	fmt.Printf("%5.1f%%|%3c|%-5t|%5q\n", 99.5, 'é', true, 'z')
	fmt.Printf("%T %T %T %T %T\n", nil, struct{}{}, [2]string{}, map[P]bool{}, func(int) string { return "" })
	fmt.Printf("%v %s\n", fmt.Errorf("e%d", 1), []error{fmt.Errorf("x")})
	fmt.Printf("%08b %o %X %#X\n", byte(5), -8, "Hi", 3054)
	fmt.Printf("%.2s|%.0f|%.0f|%.0f|%e\n", "日本語", 0.5, 1.5, 2.5, 1e-320)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2, float32(1e10), 1e100, 5e-324)
}

// Output:
// [  1   2]|[3    4   ]|[001.2 002.0]|[6162 63]|01 ab|"hi"|[a %!s(int=1)]
// {1 2 %!d(string=s)}|{    3     4     t}|[{X:5 Y:6 S:u}]|{ff 10 6869}
// map[k:{1 2 v}]|map[1:[2]]|map[a:y b:x]
// [   3.1]|[true]|[false false]|-001.500|[-1 +2]|-ff
// [a b]|U+0078|U+2318 '⌘'|0x6869|010|0b101|"back`tick"
// 1e-07 1.23456789e+08 1.23e+03 0.3333333333 1e+20 1e+21
//  99.5%|  é|true |  'z'
// <nil> struct {} [2]string map[main.P]bool func(int) string
// e1 [x]
// 00000101 -10 4869 0XBEE
// 日本|0|2|2|9.999889e-321
// 0.3 0.3 1e+10 1e+100 5e-324
