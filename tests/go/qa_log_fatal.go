// The log package as playground programs use it: SetFlags(0) and a prefix for deterministic
// lines on stderr, log.Printf, a recovered log.Panicf, and log.Fatalf ending the program with
// exit status 1 without running deferred calls.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not printed after Fatal")
	log.SetFlags(0)
	log.Println("plain line")
	log.SetPrefix("app: ")
	log.Printf("value=%d", 42)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad state %q", "x")
	}()
	fmt.Println("stdout continues")
	log.Fatalf("fatal: %v", fmt.Errorf("disk full"))
}

// Output:
// recovered: bad state "x"
// stdout continues
// Stderr:
// plain line
// app: value=42
// app: bad state "x"
// app: fatal: disk full
// Exit: 1
