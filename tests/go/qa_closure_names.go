// Closure names in tracebacks: gc numbers function literals per enclosing top-level function
// (main.helper.func1, main.main.func1, ...), so the goroutine literal in main is
// main.main.func1 even though helper, declared earlier, has its own literals.
package main

import "fmt"

func helper() func() int {
	x := 0
	return func() int {
		x++
		return x
	}
}

func main() {
	inc := helper()
	fmt.Println(inc(), inc())
	done := make(chan bool)
	go func() {
		var p *struct{ n int }
		fmt.Println(p.n)
		done <- true
	}()
	<-done
}

// Output:
// 1 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
//  [running]:
// main.main.func1()
// .go:22 +0x
// created by main.main
// .go:20 +0x
// Exit: 2
