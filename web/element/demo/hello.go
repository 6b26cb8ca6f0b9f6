package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("Hello from a file loaded with src=\"hello.go\".")
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
}
