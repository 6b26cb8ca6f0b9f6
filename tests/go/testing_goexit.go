// A test whose function calls runtime.Goexit itself (not through FailNow or SkipNow) did not
// finish: the test fails and the program dies with "test executed panic(nil) or
// runtime.Goexit", as in Go 1.19.
// gort: --gomaxprocs 1 --faketime
package main

import (
	"runtime"
	"testing"
)

func TestFirst(t *testing.T) {
	t.Log("first")
}

func TestGoexit(t *testing.T) {
	runtime.Goexit()
}

func TestNeverRuns(t *testing.T) {
	t.Log("not reached")
}

// Output:
// === RUN   TestFirst
//     testing_goexit.go:13: first
// --- PASS: TestFirst (0.00s)
// === RUN   TestGoexit
// --- FAIL: TestGoexit (0.00s)
// Stderr:
// panic: test executed panic(nil) or runtime.Goexit
// goroutine
// Exit: 2
