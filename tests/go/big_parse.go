package main

import (
	"fmt"
	"math/big"
)

func main() {
	for _, s := range []string{"0x10", "0b11", "1e", "1.5e+2", "-.5e1", "010", "0.", "+3/4", "3/+4", "1/0x10", "1.5/2", " 1", "1e-400"} {
		r, ok := new(big.Rat).SetString(s)
		if ok {
			fmt.Println(s, r.FloatString(3), ok)
		} else {
			fmt.Println(s, r, ok)
		}
		f, ok2 := new(big.Float).SetString(s)
		fmt.Println("  float", f, ok2)
	}
}

// Output:
// 0x10 16.000 true
//   float 16 true
// 0b11 3.000 true
//   float 3 true
// 1e <nil> false
//   float <nil> false
// 1.5e+2 150.000 true
//   float 150 true
// -.5e1 -5.000 true
//   float -5 true
// 010 10.000 true
//   float 10 true
// 0. 0.000 true
//   float 0 true
// +3/4 0.750 true
//   float <nil> false
// 3/+4 <nil> false
//   float <nil> false
// 1/0x10 0.063 true
//   float <nil> false
// 1.5/2 <nil> false
//   float <nil> false
//  1 <nil> false
//   float <nil> false
// 1e-400 0.000 true
//   float 1e-400 true
