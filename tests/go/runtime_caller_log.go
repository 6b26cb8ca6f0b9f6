// runtime.Caller (file base name, line, ok; out of range is false) and log's Lshortfile for a
// Logger, Output(1, ...), the standard logger with Lmsgprefix, Panicln and Fatalf (each names
// the line of its caller).
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
)

// noName writes to stdout with the file's name replaced (the Go check builds it as main.go).
type noName struct{}

var goFile = regexp.MustCompile(`[\w.]+\.go:`)

func (noName) Write(p []byte) (int, error) {
	os.Stdout.Write(goFile.ReplaceAll(p, []byte("FILE.go:")))
	return len(p), nil
}

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(filepath.Ext(file), ":", line, " ", ok)
}

func main() {
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(filepath.Ext(file), line, ok)
	fmt.Println(where())
	_, _, _, ok = runtime.Caller(100)
	fmt.Println(ok)
	l := log.New(noName{}, "p: ", log.Lshortfile)
	l.Println("short")
	l.Output(1, "output")
	log.SetOutput(noName{})
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("> ")
	log.Print("std")
	func() {
		defer func() { recover() }()
		log.Panicln("p")
	}()
	log.Fatalf("bye %d", 1)
}

// Output:
// .go 31 true
// .go:33 true
// false
// p: FILE.go:37: short
// p: FILE.go:38: output
// FILE.go:42: > std
// FILE.go:45: > p
// FILE.go:47: > bye 1
// Exit: 1
