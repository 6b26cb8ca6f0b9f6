// A non-constant shift of an untyped constant takes the type its constant would have in place:
// in x | 1<<s that is x's type (uint32 here), also in compound assignments.
package main

import "fmt"

func main() {
	var set [8]uint32
	for _, c := range []byte("az{") {
		set[c/32] |= 1 << (c % 32)
	}
	fmt.Println(set)
	var x uint8 = 1
	s := uint(7)
	x = x | 1<<s
	var y uint64 = 3
	y = y + 1<<(s*9)
	fmt.Println(x, y)
}

// Output:
// [0 0 0 201326594 0 0 0 0]
// 129 9223372036854775811
