// Go Tour "Exercise: Errors" and its famous trap: an Error method that calls fmt.Sprint(e)
// on itself recurses forever (fmt calls Error again) until the goroutine stack overflows.
// The fixed version converts to float64 first. Go ends with "fatal error: stack overflow",
// exit status 2.
package main

import (
	"fmt"
	"math"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type BadErr float64

func (e BadErr) Error() string {
	return fmt.Sprint("bad: ", e)
}

func main() {
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	fmt.Println(math.Sqrt(2))
	var err error = BadErr(-1)
	fmt.Println(err)
}

// Output:
// 1.414213562373095 <nil>
// 0 cannot Sqrt negative number: -2
// 1.4142135623730951
// Stderr:
// runtime: goroutine stack exceeds 1000000000-byte limit
// fatal error: stack overflow
// goroutine 1 [running]:
// main.BadErr.Error(
// .go:32
// Exit: 2
