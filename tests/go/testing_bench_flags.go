// go test's flags for a test program: --run selects tests, --bench benchmarks (a regexp, so
// `Count|Sub`), --benchtime 3x runs each exactly 3 times after its first run with N=1,
// --count 2 repeats; names carry the -GOMAXPROCS suffix; b.SetBytes adds MB/s and
// b.ReportMetric a column of its own; a benchmark that calls b.Run is not measured itself.
// gort: --gomaxprocs 2 --faketime --run Keep --bench Count|Sub --benchtime 3x --count 2
// go: skip fake time makes the timings exact; real Go's vary from run to run
package main

import (
	"testing"
	"time"
)

func TestKeep(t *testing.T) {
	t.Log("selected by --run")
}

func TestDropped(t *testing.T) {
	t.Fatal("not selected by --run")
}

func ExampleDropped() {
	// Output: not selected either
}

func BenchmarkCount(b *testing.B) {
	b.SetBytes(1000)
	b.Logf("N=%d", b.N)
	for i := 0; i < b.N; i++ {
		time.Sleep(time.Millisecond)
	}
	b.ReportMetric(7, "widgets/op")
}

func BenchmarkSub(b *testing.B) {
	b.Log("Sub itself runs once")
	for _, name := range []string{"a", "b"} {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				time.Sleep(2 * time.Millisecond)
			}
		})
	}
}

func BenchmarkOther(b *testing.B) {
	panic("not selected by --bench")
}

// Output:
// === RUN   TestKeep
//     testing_bench_flags.go:15: selected by --run
// --- PASS: TestKeep (0.00s)
// === RUN   TestKeep
//     testing_bench_flags.go:15: selected by --run
// --- PASS: TestKeep (0.00s)
// goos: linux
// goarch: amd64
// BenchmarkCount
//     testing_bench_flags.go:28: N=1
//     testing_bench_flags.go:28: N=3
// BenchmarkCount-2   	       3	   1000000 ns/op	   1.00 MB/s	         7.000 widgets/op
//     testing_bench_flags.go:28: N=1
//     testing_bench_flags.go:28: N=3
// BenchmarkCount-2   	       3	   1000000 ns/op	   1.00 MB/s	         7.000 widgets/op
// BenchmarkSub
//     testing_bench_flags.go:36: Sub itself runs once
// BenchmarkSub/a
// BenchmarkSub/a-2   	       3	   2000000 ns/op
// BenchmarkSub/a-2   	       3	   2000000 ns/op
// BenchmarkSub/b
// BenchmarkSub/b-2   	       3	   2000000 ns/op
// BenchmarkSub/b-2   	       3	   2000000 ns/op
// PASS
