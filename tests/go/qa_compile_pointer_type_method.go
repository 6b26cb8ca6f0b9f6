// Methods are not in a defined pointer type's method set (PS *T has no M).
package main

type T struct{ x int }

func (T) M() {}

type PS *T

func main() {
	var z PS = &T{1}
	z.M()
}

// Stderr:
// qa_compile_pointer_type_method.go:12:4: z.M undefined (type PS has no field or method M)
// Exit: 1
// go: skip go build fails by design; checked against go1.19 build
