// Writing to a nil map inside a method: uncaught, exit 2, the panic line is Go's
// "assignment to entry in nil map" and the traceback shows the method with its receiver type.
package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Register(name string) {
	r.entries[name] = len(r.entries)
}

func main() {
	r := &Registry{}
	fmt.Println("registering")
	r.Register("a")
}

// Output:
// registering
// Stderr:
// panic: assignment to entry in nil map
// goroutine 1 [running]:
// main.(*Registry).Register(
// .go:12
// main.main()
// .go:18 +0x
// Exit: 2
