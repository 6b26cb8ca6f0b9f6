// A panic during package initialization: the first init function runs fine, the second one
// indexes past a slice's end. Go names init functions main.init.0, main.init.1 in the
// traceback; main never runs; exit 2.
package main

import "fmt"

var table = []string{"a", "b"}

func init() {
	fmt.Println("init 0 ok")
}

func init() {
	i := len(table)
	fmt.Println("init 1 reading", table[i])
}

func main() {
	fmt.Println("main not reached")
}

// Output:
// init 0 ok
// Stderr:
// panic: runtime error: index out of range [2] with length 2
// goroutine 1 [running]:
// main.init.1()
// .go:16 +0x
// Exit: 2
