// go with a nil func value is Go's fatal error at the go statement (not a recoverable panic).
package main

import "fmt"

func main() {
	defer func() { fmt.Println("never recovered:", recover()) }()
	var g func()
	fmt.Println("before")
	go g()
	fmt.Println("after")
}

// Output:
// before
// Stderr:
// fatal error: go of nil func value
// goroutine 1 [running]:
// Exit: 2
