// unsafe.Sizeof, Alignof and Offsetof (tutorials print the sizes of Go's types with them):
// constants of gc's amd64 layout — padding, embedded fields, a trailing zero-size field.
package main

import (
	"fmt"
	"unsafe"
)

type point struct {
	x, y int32
	tag  byte
}

type inner struct {
	a bool
	b int64
}

type outer struct {
	flag bool
	inner
	name  string
	items []int
	m     map[string]int
	f     func()
	c     complex64
	done  struct{}
}

func main() {
	fmt.Println(unsafe.Sizeof(int(1)), unsafe.Sizeof(int8(1)), unsafe.Sizeof(int16(1)), unsafe.Sizeof(int32(1)), unsafe.Sizeof(int64(1)))
	fmt.Println(unsafe.Sizeof(uint(1)), unsafe.Sizeof(uintptr(1)), unsafe.Sizeof(1.5), unsafe.Sizeof(float32(1)), unsafe.Sizeof(2i))
	fmt.Println(unsafe.Sizeof("hello"), unsafe.Sizeof(true), unsafe.Sizeof('x'), unsafe.Sizeof(1))
	var p point
	var o outer
	var arr [3]point
	var e struct{}
	var ifc interface{} = 3
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.y), unsafe.Offsetof(p.tag))
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o), unsafe.Offsetof(o.inner), unsafe.Offsetof(o.b), unsafe.Offsetof(o.name), unsafe.Offsetof(o.done))
	fmt.Println(unsafe.Sizeof(arr), unsafe.Sizeof(e), unsafe.Sizeof(ifc), unsafe.Sizeof(&p), unsafe.Sizeof(o.items), unsafe.Sizeof(o.m))
	const size = unsafe.Sizeof(p) * 2
	var buf [size]byte
	fmt.Println(len(buf), fmt.Sprintf("%T", unsafe.Sizeof(p)))
	pp := &p
	fmt.Println(unsafe.Offsetof(pp.tag), unsafe.Alignof(o.c))
}

// Output:
// 8 1 2 4 8
// 8 8 8 4 16
// 16 1 4 8
// 12 4 4 8
// 96 8 8 16 24 88
// 36 0 16 8 24 8
// 24 uintptr
// 8 4
