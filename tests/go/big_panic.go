package main

import (
	"fmt"
	"math/big"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("quo", func() { new(big.Int).Quo(big.NewInt(1), big.NewInt(0)) })
	try("sqrt", func() { new(big.Int).Sqrt(big.NewInt(-1)) })
	try("bit", func() { big.NewInt(1).Bit(-1) })
	try("setbit", func() { new(big.Int).SetBit(big.NewInt(1), 1, 2) })
	try("prime", func() { big.NewInt(7).ProbablyPrime(-1) })
	try("rat", func() { big.NewRat(1, 0) })
	try("ratquo", func() { new(big.Rat).Quo(big.NewRat(1, 2), new(big.Rat)) })
	new(big.Int).Mod(big.NewInt(5), new(big.Int))
}

// Output:
// quo division by zero
// sqrt square root of negative number
// bit negative bit index
// setbit set bit is not 0 or 1
// prime negative n for ProbablyPrime
// rat division by zero
// ratquo division by zero
// Stderr:
// panic: division by zero
// Exit: 2
