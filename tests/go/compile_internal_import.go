// go: skip go build reports it as a package error the runner does not parse: "package command-line-arguments / main.go:7:2: use of internal package internal/cpu not allowed" (same text, checked by hand with go run)
// A program may not import an internal package of the standard library (Go's rule: only code
// rooted at the internal directory's parent may), whether gort has it or not.
package main

import (
	"fmt"
	"internal/cpu"
)

func main() { fmt.Println(cpu.CacheLineSize) }

// Output:
// Stderr:
// compile_internal_import.go:8:2: use of internal package internal/cpu not allowed
// Exit: 1
