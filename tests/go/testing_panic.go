// A panicking test: "--- FAIL" for it (and its parent), then the panic ends the program with
// exit status 2 (no final PASS/FAIL line: the test binary dies).
// gort: --faketime
package main

import "testing"

func TestOuter(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		var m map[string]int
		m["x"] = 1
	})
}

// Output:
// === RUN   TestOuter
// === RUN   TestOuter/inner
// --- FAIL: TestOuter (0.00s)
//     --- FAIL: TestOuter/inner (0.00s)
// Stderr:
// panic: assignment to entry in nil map
// goroutine
// Exit: 2
