// The builtin print/println format as gc: nil pointers, maps, chans and funcs are 0x0, a nil
// slice [0/0]0x0, a nil interface (0x0,0x0), floats +1.500000e+000 (only the deterministic
// parts are tested: no real addresses).
package main

func main() {
	var np *int
	var nm map[int]int
	var nc chan int
	var nf func()
	var ns []int
	var ni interface{}
	var ne error
	println(np, nm, nc, nf, ns, ni, ne)
	println(1.5, 3, -7, true, "s")
	print(1e100, " ", float32(0.1), " ", 0.0, " ", -1.25, "\n")
	println(uint64(1<<63), int8(-5), 'x', byte(3))
	println(len(make([]int, 2, 5)), ns == nil)
}

// Stderr:
// 0x0 0x0 0x0 0x0 [0/0]0x0 (0x0,0x0) (0x0,0x0)
// +1.500000e+000 3 -7 true s
// +1.000000e+100 +1.000000e-001 +0.000000e+000 -1.250000e+000
// 9223372036854775808 -5 120 3
// 2 true
