// A nil dereference recovered, then a new panic: Go prints the whole chain of panics first
// ("... [recovered]", then "\tpanic: again") and the signal line after it (dopanic_m prints
// gp.sig once the chain is out); gort put the signal line inside the first panic's message.
package main

import "fmt"

type node struct{ val int }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic("again")
	}()
	var p *node
	fmt.Println(p.val)
}

// Output:
// recovered: runtime error: invalid memory address or nil pointer dereference
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference [recovered]
// 	panic: again
// [signal SIGSEGV: segmentation violation
// goroutine 1 [running]:
// Exit: 2
