// math/rand/v2 (Go 1.22): a PCG-seeded Rand gives Go's exact sequence (the first values are the
// package's own PCG test vector for NewPCG(1, 2)); bounded draws stay in range; the top-level
// functions work without seeding.
// go: skip math/rand/v2 is newer than Go 1.19 (the expected values are Go's published ones)
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	p := rand.NewPCG(1, 2)
	for i := 0; i < 3; i++ {
		fmt.Printf("%#x\n", p.Uint64())
	}
	r := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(r.IntN(100), r.IntN(100))
	p.Seed(1, 2)
	fmt.Printf("%#x\n", p.Uint64())

	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.IntN(7); n < 0 || n >= 7 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if d := rand.N(10 * time.Second); d < 0 || d >= 10*time.Second {
			ok = false
		}
	}
	perm := rand.Perm(5)
	seen := map[int]bool{}
	for _, v := range perm {
		seen[v] = true
	}
	fmt.Println(ok, len(perm), len(seen))
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.IntN(0)
}

// Output:
// 0xc4f5a58656eef510
// 0x9dcec3ad077dec6c
// 0xc8d04605312f8088
// 94 49
// 0xc4f5a58656eef510
// true 5 5
// recovered: invalid argument to IntN
