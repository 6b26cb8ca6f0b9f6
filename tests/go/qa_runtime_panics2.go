// Less common runtime errors, recovered and printed with Go's exact messages: comparing
// uncomparable dynamic types, negative shift count, slice of out-of-range 3-index, make with
// negative length, conversion of a too-short slice to an array pointer, nil func call, and
// array index out of range through a variable.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	n := -1
	var f func()
	try("uncomparable", func() {
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("map key", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try("shift", func() { one := 1; fmt.Println(one << n) })
	try("make", func() { _ = make([]int, n) })
	try("slice3", func() {
		s := make([]int, 2, 4)
		hi := 5
		_ = s[0:2:hi]
	})
	try("nil func", func() { f() })
	try("array", func() {
		var a [4]int
		i := 4
		a[i] = 1
	})
	try("string index", func() {
		s := "abc"
		i := 10
		_ = s[i]
	})
	try("slice of string", func() {
		s := "abc"
		i := 5
		_ = s[1:i]
	})
	try("chan close nil", func() {
		var c chan int
		close(c)
	})
	try("type assert nil", func() {
		var e interface{}
		_ = e.(string)
	})
	try("type assert iface", func() {
		var e interface{} = 5
		_ = e.(fmt.Stringer)
	})
	try("ok", func() {})
}

// Output:
// uncomparable: runtime error: comparing uncomparable type []int
// map key: runtime error: hash of unhashable type []int
// shift: runtime error: negative shift amount
// make: runtime error: makeslice: len out of range
// slice3: runtime error: slice bounds out of range [::5] with capacity 4
// nil func: runtime error: invalid memory address or nil pointer dereference
// array: runtime error: index out of range [4] with length 4
// string index: runtime error: index out of range [10] with length 3
// slice of string: runtime error: slice bounds out of range [:5] with length 3
// chan close nil: close of nil channel
// type assert nil: interface conversion: interface {} is nil, not string
// type assert iface: interface conversion: int is not fmt.Stringer: missing method String
// ok: <nil>
