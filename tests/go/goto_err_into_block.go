// go: skip go build fails by design (its header line and ./ paths differ); expectations are go1.19 build's output
// Compile errors: gotos into blocks (an if's then and else blocks, a plain block, a for body,
// a range body, switch, type switch and select clauses), forward and backward; the message
// names where the label's block starts (a clause starts at its case keyword).
package main

import "fmt"

func main() {
	goto T
	if len("x") > 0 {
	T:
		fmt.Println("then")
	} else {
	E:
		fmt.Println("else")
	}
	goto E
	goto P
	{
	P:
		fmt.Println("plain")
	}
	for i := 0; i < 1; i++ {
	F:
		fmt.Println("for")
	}
	goto F
	for range []int{1} {
	R:
		fmt.Println("range")
	}
	goto R
	switch {
	case true:
	S:
		fmt.Println("switch")
	}
	goto S
	var v any = 1
	switch v.(type) {
	default:
	TS:
		fmt.Println("type switch")
	}
	goto TS
	select {
	default:
	SEL:
		fmt.Println("select")
	}
	goto SEL
}

// Output:
// Stderr:
// goto_err_into_block.go:10:7: goto T jumps into block starting at goto_err_into_block.go:11:18
// goto_err_into_block.go:18:7: goto E jumps into block starting at goto_err_into_block.go:14:9
// goto_err_into_block.go:19:7: goto P jumps into block starting at goto_err_into_block.go:20:2
// goto_err_into_block.go:28:7: goto F jumps into block starting at goto_err_into_block.go:24:25
// goto_err_into_block.go:33:7: goto R jumps into block starting at goto_err_into_block.go:29:21
// goto_err_into_block.go:39:7: goto S jumps into block starting at goto_err_into_block.go:35:2
// goto_err_into_block.go:46:7: goto TS jumps into block starting at goto_err_into_block.go:42:2
// goto_err_into_block.go:52:7: goto SEL jumps into block starting at goto_err_into_block.go:48:2
// Exit: 1
