// Untyped constants in interface contexts: a shifted untyped constant with a variable shift
// count passed to Println (becomes int), constants of different default types as keys of an
// interface-keyed map (1 and 1.0 are distinct keys: int and float64), and rune/float defaults.
package main

import "fmt"

func main() {
	n := 3
	fmt.Println(1<<n, 1.0*2, 'a', 'a'+1, 2.0)
	var x interface{} = 1 << n
	fmt.Printf("%T %v\n", x, x)
	m := map[interface{}]string{1: "int", 1.0: "float64", 'a': "rune", "a": "string"}
	fmt.Println(len(m), m[1], m[1.0], m[int32(97)], m["a"])
	var u uint8 = 1
	fmt.Println(u<<n, u<<7<<1, int64(1)<<40)
	fmt.Printf("%T %T %T\n", 1, 1.0, 'x')
}

// Output:
// 8 2 97 98 2
// int 8
// 4 int float64 rune string
// 8 0 1099511627776
// int float64 int32
