// Writing to a nil map inside a method (a struct whose map field was never made): an
// unrecovered panic with Go's message, the method frame named main.(*Registry).Add, the
// caller frames and exit status 2. Reading the nil map before that works and prints zero values.
package main

import "fmt"

type Registry struct {
	name  string
	items map[string]int
}

func (r *Registry) Get(k string) int { return r.items[k] }

func (r *Registry) Add(k string, v int) {
	r.items[k] = v
}

func load(r *Registry) {
	for i, k := range []string{"a", "b"} {
		r.Add(k, i)
	}
}

func main() {
	r := &Registry{name: "demo"}
	fmt.Println(r.Get("a"), len(r.items), r.items == nil)
	for k, v := range r.items {
		fmt.Println(k, v)
	}
	delete(r.items, "a")
	fmt.Printf("%v %+v\n", r.items, *r)
	load(r)
}

// Output:
// 0 0 true
// map[] {name:demo items:map[]}
// Stderr:
// panic: assignment to entry in nil map
// goroutine 1 [running]:
// main.(*Registry).Add(
// .go:16
// main.load(
// .go:21
// main.main()
// .go:33 +0x
// Exit: 2
