// t.Parallel: parallel subtests pause until their parent's function returns, then run; the
// parent reports after them. Top-level parallel tests run after the sequential ones. Cleanups
// run last registered first, after the subtests. (One parallel subtest per parent: in which
// order paused siblings resume is up to the scheduler, in Go too.)
// gort: --gomaxprocs 1 --faketime
package main

import (
	"testing"
)

func TestParallel(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup 1") })
	t.Cleanup(func() { t.Log("cleanup 2") })
	t.Run("a", func(t *testing.T) {
		t.Parallel()
		t.Log("par a")
	})
	t.Run("b", func(t *testing.T) {
		t.Log("sequential b")
	})
	t.Log("parent body done")
}

func TestTopParallel(t *testing.T) {
	t.Parallel()
	t.Log("top parallel")
}

func TestSequential(t *testing.T) {
	t.Log("sequential")
}

// Output:
// === RUN   TestParallel
// === RUN   TestParallel/a
// === PAUSE TestParallel/a
// === RUN   TestParallel/b
//     testing_parallel.go:20: sequential b
// === CONT  TestParallel
//     testing_parallel.go:22: parent body done
// === CONT  TestParallel/a
//     testing_parallel.go:17: par a
// === CONT  TestParallel
//     testing_parallel.go:14: cleanup 2
//     testing_parallel.go:13: cleanup 1
// --- PASS: TestParallel (0.00s)
//     --- PASS: TestParallel/b (0.00s)
//     --- PASS: TestParallel/a (0.00s)
// === RUN   TestTopParallel
// === PAUSE TestTopParallel
// === RUN   TestSequential
//     testing_parallel.go:31: sequential
// --- PASS: TestSequential (0.00s)
// === CONT  TestTopParallel
//     testing_parallel.go:27: top parallel
// --- PASS: TestTopParallel (0.00s)
// PASS
