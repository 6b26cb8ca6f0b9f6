// Recovered runtime errors print as in Go, with Go's dynamic types: runtime.boundsError,
// runtime.plainError, *runtime.TypeAssertionError, runtime.errorString.
package main

import "fmt"

type I interface{ M() }
type T struct{}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %T %v %v\n", name, r, isErr, r)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{}
	str := "abc"
	i, j, neg := 5, 1, -1
	var m map[string]int
	var x interface{} = "str"
	var nilI interface{}
	var p *T
	var pi *int
	try("index", func() { _ = s[i] })
	try("negative index", func() { _ = s[neg] })
	try("slice hi", func() { _ = s[:i] })
	try("slice lo>hi", func() { _ = s[2:j] })
	try("slice3", func() { _ = s[0:2:i] })
	try("array slice", func() { _ = arr[:i] })
	try("string index", func() { _ = str[i] })
	try("string slice", func() { _ = str[i:] })
	try("nil map", func() { m["a"] = 1 })
	try("assert", func() { _ = x.(int) })
	try("assert nil", func() { _ = nilI.(int) })
	try("assert iface nil", func() { _ = nilI.(I) })
	try("missing method", func() { var v interface{} = T{}; _ = v.(I) })
	try("unhashable", func() { mm := map[interface{}]int{}; mm[[]int{}] = 1 })
	try("nil deref", func() { _ = *pi })
	try("nil field", func() { type S struct{ A int }; var ps *S; ps.A = 1 })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 7)) })
	try("error value", func() { panic(fmt.Errorf("boom")) })
	_ = p
	fmt.Println("done")
}

// Output:
// index: runtime.boundsError true runtime error: index out of range [5] with length 3
//   Error(): runtime error: index out of range [5] with length 3
// negative index: runtime.boundsError true runtime error: index out of range [-1]
//   Error(): runtime error: index out of range [-1]
// slice hi: runtime.boundsError true runtime error: slice bounds out of range [:5] with capacity 3
//   Error(): runtime error: slice bounds out of range [:5] with capacity 3
// slice lo>hi: runtime.boundsError true runtime error: slice bounds out of range [2:1]
//   Error(): runtime error: slice bounds out of range [2:1]
// slice3: runtime.boundsError true runtime error: slice bounds out of range [::5] with capacity 3
//   Error(): runtime error: slice bounds out of range [::5] with capacity 3
// array slice: runtime.boundsError true runtime error: slice bounds out of range [:5] with length 3
//   Error(): runtime error: slice bounds out of range [:5] with length 3
// string index: runtime.boundsError true runtime error: index out of range [5] with length 3
//   Error(): runtime error: index out of range [5] with length 3
// string slice: runtime.boundsError true runtime error: slice bounds out of range [5:3]
//   Error(): runtime error: slice bounds out of range [5:3]
// nil map: runtime.plainError true assignment to entry in nil map
//   Error(): assignment to entry in nil map
// assert: *runtime.TypeAssertionError true interface conversion: interface {} is string, not int
//   Error(): interface conversion: interface {} is string, not int
// assert nil: *runtime.TypeAssertionError true interface conversion: interface {} is nil, not int
//   Error(): interface conversion: interface {} is nil, not int
// assert iface nil: *runtime.TypeAssertionError true interface conversion: interface is nil, not main.I
//   Error(): interface conversion: interface is nil, not main.I
// missing method: *runtime.TypeAssertionError true interface conversion: main.T is not main.I: missing method M
//   Error(): interface conversion: main.T is not main.I: missing method M
// unhashable: runtime.errorString true runtime error: hash of unhashable type []int
//   Error(): runtime error: hash of unhashable type []int
// nil deref: runtime.errorString true runtime error: invalid memory address or nil pointer dereference
//   Error(): runtime error: invalid memory address or nil pointer dereference
// nil field: runtime.errorString true runtime error: invalid memory address or nil pointer dereference
//   Error(): runtime error: invalid memory address or nil pointer dereference
// custom: string false custom 7
// error value: *errors.errorString true boom
//   Error(): boom
// done
