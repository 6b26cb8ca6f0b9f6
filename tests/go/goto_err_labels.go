// go: skip go build fails by design (its header line and ./ paths differ); expectations are go1.19 build's output
// Compile errors about labels: a goto to a label that does not exist, a goto in a function
// literal to a label of the enclosing function (labels belong to one function body), a label
// never used, a label defined twice, and a label used only by an invalid break (gc counts it
// as used: no "defined and not used" for it).
package main

import "fmt"

func main() {
	goto missing
Outer:
	fmt.Println("outer")
	func() {
		goto Outer
	}()
unused:
	fmt.Println("unused")
twice:
	fmt.Println(1)
twice:
	fmt.Println(2)
	goto twice
notLoop:
	fmt.Println(3)
	for {
		break notLoop
	}
}

// Output:
// Stderr:
// goto_err_labels.go:11:7: label missing not defined
// goto_err_labels.go:12:1: label Outer defined and not used
// goto_err_labels.go:15:8: label Outer not defined
// goto_err_labels.go:17:1: label unused defined and not used
// goto_err_labels.go:21:1: label twice already defined at goto_err_labels.go:19:1
// goto_err_labels.go:27:9: invalid break label notLoop
// Exit: 1
