// math/rand: the default source (seed 1 as in Go 1.19), Seed, NewSource, Perm, Shuffle — the same numbers as Go.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Int63(), rand.Int31n(10), rand.Float64())
	fmt.Println(rand.Perm(8))
	xs := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Int(), rand.Float32(), rand.Int63n(1<<40), rand.Int31())
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(50), r.Intn(50), r.Int(), r.Float64(), r.Perm(5))
	fmt.Println(rand.Intn(1<<40))
}

// Output:
// 81 87 6129484611666145821 9 0.4246374970712657
// [4 1 7 0 3 2 6 5]
// [c a d e b]
// 305 608747136543856411 0.60409385 267174660361 94099423
// 36 20 2226407336114473942 0.9115621743718174 [1 2 4 0 3]
// 419216651853
