// The pointer-method constraint pattern: [T any, PT interface{ *T; Set(string) }], PT inferred
// from T through the constraint's single term, PT(&x) conversion, methods via the constraint.
package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(string)
}

type Item struct{ name string }

func (i *Item) Set(s string) { i.name = s }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		p.Set(s)
	}
	return out
}

func main() {
	fmt.Println(FromStrings[Item]([]string{"a", "b"}))
}

// Output:
// [{a} {b}]
