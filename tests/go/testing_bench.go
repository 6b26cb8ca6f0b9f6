// Benchmarks run with --bench (go test's -bench): b.N grows as Go's benchmark.go grows it
// (1, then the predicted count +20%, at most 100x the last, until -benchtime, here 100ms), each
// result line is "BenchmarkName\tN\tns/op" with Go's column widths (no -GOMAXPROCS suffix at
// GOMAXPROCS 1), b.Log prints at once, b.Run names sub-benchmarks, b.Loop (Go 1.24) ramps up
// by itself, b.ResetTimer/StopTimer/StartTimer keep set-up out of the time, b.Fatal fails
// the benchmark, and the run ends with FAIL. Fake time makes every timing exact: only the
// sleeps count, so the numbers below are what Go's algorithm gives.
// gort: --gomaxprocs 1 --faketime --bench . --benchtime 100ms
// go: skip fake time makes the timings exact; real Go's vary from run to run
package main

import (
	"testing"
	"time"
)

func TestFirst(t *testing.T) {
	t.Log("tests run first")
}

func BenchmarkSleep(b *testing.B) {
	time.Sleep(5 * time.Millisecond) // set-up, not timed
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		time.Sleep(time.Millisecond)
	}
}

func BenchmarkStopStart(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		time.Sleep(time.Millisecond) // not timed
		b.StartTimer()
		time.Sleep(2 * time.Millisecond)
	}
}

func BenchmarkLoop(b *testing.B) {
	for b.Loop() {
		time.Sleep(time.Millisecond)
	}
}

func BenchmarkLog(b *testing.B) {
	b.Logf("N=%d", b.N)
	for i := 0; i < b.N; i++ {
		time.Sleep(10 * time.Millisecond)
	}
}

func BenchmarkSub(b *testing.B) {
	for _, d := range []time.Duration{time.Millisecond, 500 * time.Microsecond} {
		b.Run("sleep "+d.String(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				time.Sleep(d)
			}
		})
	}
}

func BenchmarkFatal(b *testing.B) {
	b.Fatal("broken")
	b.Log("not reached")
}

// Output:
// === RUN   TestFirst
//     testing_bench.go:18: tests run first
// --- PASS: TestFirst (0.00s)
// goos: linux
// goarch: amd64
// BenchmarkSleep
// BenchmarkSleep     	     100	   1000000 ns/op
// BenchmarkStopStart
// BenchmarkStopStart 	      60	   2000000 ns/op
// BenchmarkLoop
// BenchmarkLoop      	     100	   1000000 ns/op
// BenchmarkLog
//     testing_bench.go:45: N=1
//     testing_bench.go:45: N=12
// BenchmarkLog       	      12	  10000000 ns/op
// BenchmarkSub
// BenchmarkSub/sleep_1ms
// BenchmarkSub/sleep_1ms         	     100	   1000000 ns/op
// BenchmarkSub/sleep_500µs
// BenchmarkSub/sleep_500µs       	     240	    500000 ns/op
// BenchmarkFatal
//     testing_bench.go:62: broken
// --- FAIL: BenchmarkFatal
// FAIL
// Exit: 1
