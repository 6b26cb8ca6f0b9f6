// A test program (no main; Test and Example functions) runs as `go test -v` does: log lines
// name the caller (past t.Helper functions), subtests are indented under their parent, a
// failing example shows got/want, and the run ends with FAIL and exit status 1.
// gort: --gomaxprocs 1 --faketime
package main

import (
	"fmt"
	"testing"
)

func check(t *testing.T, ok bool) {
	t.Helper()
	if !ok {
		t.Error("check failed")
	}
}

func TestPass(t *testing.T) {
	t.Log("hello", 1)
	t.Logf("two\nlines")
	if t.Name() != "TestPass" || t.Failed() {
		t.Fatal("bad state")
	}
}

func TestFail(t *testing.T) {
	check(t, false)
	t.Run("sub one", func(t *testing.T) {
		t.Log("in sub")
	})
	t.Run("sub2", func(t *testing.T) {
		t.Fatal("sub fails")
		t.Log("unreached")
	})
	t.Run("sub2", func(t *testing.T) {
		t.Logf("name %s", t.Name())
	})
}

func TestSkip(t *testing.T) {
	t.Skip("not now")
}

func ExampleHello() {
	fmt.Println("hello")
	// Output: hello
}

func ExampleBad() {
	fmt.Println("bad")
	// Output:
	// good
}

func ExampleUnordered() {
	fmt.Println(2)
	fmt.Println(1)
	// Unordered output:
	// 1
	// 2
}

// Output:
// === RUN   TestPass
//     testing_basic.go:20: hello 1
//     testing_basic.go:21: two
//         lines
// --- PASS: TestPass (0.00s)
// === RUN   TestFail
//     testing_basic.go:28: check failed
// === RUN   TestFail/sub_one
//     testing_basic.go:30: in sub
// === RUN   TestFail/sub2
//     testing_basic.go:33: sub fails
// === RUN   TestFail/sub2#01
//     testing_basic.go:37: name TestFail/sub2#01
// --- FAIL: TestFail (0.00s)
//     --- PASS: TestFail/sub_one (0.00s)
//     --- FAIL: TestFail/sub2 (0.00s)
//     --- PASS: TestFail/sub2#01 (0.00s)
// === RUN   TestSkip
//     testing_basic.go:42: not now
// --- SKIP: TestSkip (0.00s)
// === RUN   ExampleHello
// --- PASS: ExampleHello (0.00s)
// === RUN   ExampleBad
// --- FAIL: ExampleBad (0.00s)
// got:
// bad
// want:
// good
// === RUN   ExampleUnordered
// --- PASS: ExampleUnordered (0.00s)
// FAIL
// Exit: 1
