// Output written just before the program ends must not be lost: a partial line without a
// newline, stderr output, a large burst from a goroutine, then os.Exit(4) from main while
// another goroutine is mid-loop.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Fprint(os.Stderr, "to stderr without newline")
	done := make(chan bool)
	go func() {
		fmt.Println(strings.Repeat("x", 10000)[:50])
		for i := 0; i < 100; i++ {
			fmt.Print(i%10)
		}
		fmt.Println()
		done <- true
		for {
			fmt.Sprint("busy")
		}
	}()
	<-done
	fmt.Print("last words, no newline")
	os.Exit(4)
}

// Output:
// xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
// 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
// last words, no newline
// Stderr:
// to stderr without newline
// Exit: 4
