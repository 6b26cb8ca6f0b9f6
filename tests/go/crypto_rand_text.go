// crypto/rand.Text (Go 1.24, newer than the Go 1.19 oracle; checked against the package
// documentation: 26 characters of the standard base32 alphabet, i.e. 130 random bits) and
// rand.Read filling all of a buffer.
// go: skip rand.Text is Go 1.24
package main

import (
	"crypto/rand"
	"fmt"
	"strings"
)

func main() {
	seen := map[string]bool{}
	for i := 0; i < 100; i++ {
		t := rand.Text()
		ok := len(t) == 26
		for _, c := range t {
			ok = ok && strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", c)
		}
		if !ok {
			fmt.Println("bad text", t)
		}
		seen[t] = true
	}
	fmt.Println("distinct texts:", len(seen))
	b := make([]byte, 4096)
	rand.Read(b)
	var counts [256]int
	for _, x := range b {
		counts[x]++
	}
	used := 0
	for _, c := range counts {
		if c > 0 {
			used++
		}
	}
	fmt.Println("byte values seen > 200:", used > 200)
}

// Output:
// distinct texts: 100
// byte values seen > 200: true
