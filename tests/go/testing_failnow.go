// t.FailNow, t.Fatal and t.SkipNow end the test with runtime.Goexit: the test's deferred calls
// run, recover() cannot stop them, the next test runs; called from another goroutine, FailNow
// ends only that goroutine and the test is marked failed; a Fatal in a cleanup still lets
// the other cleanups run.
// gort: --gomaxprocs 1 --faketime
package main

import (
	"sync"
	"testing"
)

func TestFatalRunsDefers(t *testing.T) {
	defer func() { t.Log("deferred call runs after Fatal") }()
	t.Fatal("stop here")
	t.Log("not reached")
}

func TestNextRuns(t *testing.T) {
	t.Log("the next test runs")
}

func TestSkipNowDefers(t *testing.T) {
	defer func() { t.Log("deferred after SkipNow") }()
	t.SkipNow()
	t.Log("not reached")
}

func TestFailNowInGoroutine(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { t.Log("the goroutine's defer runs") }()
		t.FailNow()
		t.Log("not reached")
	}()
	wg.Wait()
	t.Log("the test goes on after its goroutine's FailNow, failed:", t.Failed())
}

func TestFatalInSubtest(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		defer func() { t.Log("sub's defer") }()
		t.Fatalf("sub fails %d", 1)
	})
	t.Run("next", func(t *testing.T) {
		t.Log("next subtest runs")
	})
	t.Log("parent goes on")
}

func TestRecoverCannotStopFatal(t *testing.T) {
	defer func() {
		t.Log("recover() returns", recover())
	}()
	t.Fatal("fatal is not a panic")
}

func TestCleanupFatal(t *testing.T) {
	t.Cleanup(func() { t.Log("the first cleanup still runs") })
	t.Cleanup(func() { t.Fatal("a cleanup fails") })
	t.Log("body done")
}

func TestLast(t *testing.T) {
	t.Log("last test runs")
}

// Output:
// === RUN   TestFatalRunsDefers
//     testing_failnow.go:15: stop here
//     testing_failnow.go:14: deferred call runs after Fatal
// --- FAIL: TestFatalRunsDefers (0.00s)
// === RUN   TestNextRuns
//     testing_failnow.go:20: the next test runs
// --- PASS: TestNextRuns (0.00s)
// === RUN   TestSkipNowDefers
//     testing_failnow.go:24: deferred after SkipNow
// --- SKIP: TestSkipNowDefers (0.00s)
// === RUN   TestFailNowInGoroutine
//     testing_failnow.go:34: the goroutine's defer runs
//     testing_failnow.go:39: the test goes on after its goroutine's FailNow, failed: true
// --- FAIL: TestFailNowInGoroutine (0.00s)
// === RUN   TestFatalInSubtest
// === RUN   TestFatalInSubtest/sub
//     testing_failnow.go:45: sub fails 1
//     testing_failnow.go:44: sub's defer
// === RUN   TestFatalInSubtest/next
//     testing_failnow.go:48: next subtest runs
// === CONT  TestFatalInSubtest
//     testing_failnow.go:50: parent goes on
// --- FAIL: TestFatalInSubtest (0.00s)
//     --- FAIL: TestFatalInSubtest/sub (0.00s)
//     --- PASS: TestFatalInSubtest/next (0.00s)
// === RUN   TestRecoverCannotStopFatal
//     testing_failnow.go:57: fatal is not a panic
//     testing_failnow.go:55: recover() returns <nil>
// --- FAIL: TestRecoverCannotStopFatal (0.00s)
// === RUN   TestCleanupFatal
//     testing_failnow.go:63: body done
//     testing_failnow.go:62: a cleanup fails
//     testing_failnow.go:61: the first cleanup still runs
// --- FAIL: TestCleanupFatal (0.00s)
// === RUN   TestLast
//     testing_failnow.go:67: last test runs
// --- PASS: TestLast (0.00s)
// FAIL
// Exit: 1
