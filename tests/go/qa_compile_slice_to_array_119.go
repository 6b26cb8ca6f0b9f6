//go:build go1.19

// A file whose build line says go1.19 cannot convert a slice to an array (Go 1.20); the
// array pointer conversion (Go 1.17) stays allowed.
// go: skip the oracle is the Go 1.19 toolchain, whose message has no cause
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(*(*[4]int)(s[1:5]))
	fmt.Println([4]int(s[1:5]))
}

// Stderr:
// qa_compile_slice_to_array_119.go:13:21: cannot convert s[1:5] (value of type []int) to type [4]int: conversion of slice to array requires go1.20 or later
// Exit: 1
