// A shift count of unsigned type >= 1<<63 is a large count (result 0), not a negative one.
// Found by tests/diff (gen.mjs).
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var c uint = 18446744073709551377
	var c64 uint64 = 1 << 63
	x := 2
	fmt.Println(x<<c, x>>c, -x>>c64, uint8(7)<<c64)
}

// Output:
// 0 0 -1 0
// recovered: <nil>
