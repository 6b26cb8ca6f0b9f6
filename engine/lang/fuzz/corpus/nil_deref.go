package main

import "fmt"

type T struct{ n int }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.n)
}

// Output:
// before
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation
// goroutine 1 [running]:
// main.main()
// .go:10 +0x
// Exit: 2
