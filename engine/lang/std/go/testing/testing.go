// Package testing for gort: what `go test -v` does with a package's tests, benchmarks and
// examples, written for gort (not a port: Go's testing.go is built on runtime.Goexit and
// runtime.Caller, which gort does not have). The front end generates a main that calls Main
// (lang/testmain.cpp), as the Go playground does. What it keeps of Go 1.19's behaviour:
//   - output as `-test.v` prints it: "=== RUN   TestX", logs "    prog.go:12: msg" printed as
//     they happen, "--- PASS: TestX (0.00s)" / FAIL / SKIP, subtest results indented under
//     their parent's, "=== PAUSE" / "=== CONT" for parallel tests, then PASS or FAIL;
//   - t.Run subtests ("TestX/name", spaces become '_', duplicates get "#01"), t.Parallel with
//     Go's semantics (the parallel subtests wait until their parent's function returns, then
//     run together; the parent finishes after them), Cleanup in LIFO order after subtests;
//   - a test that panics: "--- FAIL" for it and its parents, then the panic goes on (exit 2).
// What differs: FailNow/Fatal/SkipNow end the test by a panic that its runner recovers (no
// Goexit), so they work in the test's own goroutine only; benchmarks are compiled but, as on
// the playground, not run.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// Natives (stdlib/testing_natives.cpp).
func callerFrame(skip int) (fn string, file string, line int)
func startCapture()
func stopCapture() string

type InternalTest struct {
	Name string
	F    func(*T)
}

type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
}

// The printer of -test.v: a test's line goes out at once; when another test printed last,
// "=== CONT  name" says whose line it is (Go's chattyPrinter).
type chattyPrinter struct {
	mu       sync.Mutex
	lastName string
}

var chatty = &chattyPrinter{}

func (p *chattyPrinter) updatef(name string, s string) {
	p.mu.Lock()
	p.lastName = name
	fmt.Print(s)
	p.mu.Unlock()
}

func (p *chattyPrinter) printf(name string, s string) {
	p.mu.Lock()
	if p.lastName == "" {
		p.lastName = name
	} else if p.lastName != name {
		fmt.Printf("=== CONT  %s\n", name)
		p.lastName = name
	}
	fmt.Print(s)
	p.mu.Unlock()
}

// The panic value FailNow and SkipNow end a test with (recovered by tRunner). It is only seen
// when they are called outside the test's goroutine, where Go's Goexit would end just that
// goroutine: the message says why the program died.
type stopTest struct{}

func (stopTest) Error() string {
	return "testing: FailNow, Fatal, SkipNow or Skip called outside the test's goroutine (gort ends a test with a panic that only the test's goroutine recovers)"
}

type common struct {
	mu       sync.Mutex
	name     string
	parent   *common
	level    int
	failed   bool
	skipped  bool
	finished bool
	done     bool
	output   []byte // subtests' result lines, indented, printed after this test's own
	helpers  map[string]bool
	cleanups []func()
	start    time.Time
	duration time.Duration
	tempDir  string
	tempSeq  int
	isEnvSet bool
}

type T struct {
	common
	isParallel bool
	signal     chan bool
	barrier    chan bool // closed when the function has returned: parallel subtests go on
	sub        []*T      // parallel subtests, waited for before this test reports
	subNames   map[string]int
	hasSub     bool
	ctx        *testContext
	parentT    *T
}

// Parallel tests run at most max (GOMAXPROCS, Go's -test.parallel default) at a time; the
// sequential test in progress counts as one.
type testContext struct {
	mu      sync.Mutex
	running int
	max     int
	waiting int
	wake    chan bool
}

type B struct {
	common
	N        int
	bytes    int64
	timerOn  bool
	benchDur time.Duration
}

func (c *common) Name() string { return c.name }

func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

func (c *common) Failed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	panic(stopTest{})
}

func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	panic(stopTest{})
}

// Helper marks the calling function as a helper: log lines name its caller's line instead.
func (c *common) Helper() {
	fn, _, _ := callerFrame(1)
	c.mu.Lock()
	if c.helpers == nil {
		c.helpers = map[string]bool{}
	}
	c.helpers[fn] = true
	c.mu.Unlock()
}

// decorate prefixes s with the caller's "file:line: " (skip frames above the Log method, then
// past helpers, as Go's frameSkip) and indents continuation lines.
func (c *common) decorate(s string, skip int) string {
	file, line := "???", 1
	c.mu.Lock()
	helpers := c.helpers
	c.mu.Unlock()
	for i := skip; i < skip+50; i++ {
		fn, f, l := callerFrame(i)
		if fn == "" {
			break
		}
		if strings.HasPrefix(fn, "testing.") {
			if file == "???" {
				continue // a method of package testing between Log and its caller
			}
			break // up to the test's runner: the last frame is the test function
		}
		file, line = f, l
		if !helpers[fn] {
			break
		}
	}
	var b strings.Builder
	b.WriteString("    ")
	fmt.Fprintf(&b, "%s:%d: ", file, line)
	lines := strings.Split(s, "\n")
	if l := len(lines); l > 1 && lines[l-1] == "" {
		lines = lines[:l-1]
	}
	for i, ln := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(ln)
	}
	b.WriteByte('\n')
	return b.String()
}

func (c *common) logDepth(s string, skip int) {
	c.mu.Lock()
	done := c.done
	c.mu.Unlock()
	if done {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	chatty.printf(c.name, c.decorate(s, skip+1)) // decorate is one frame deeper
}

func (c *common) Log(args ...any)                 { c.logDepth(fmt.Sprintln(args...), 2) }
func (c *common) Logf(format string, args ...any) { c.logDepth(fmt.Sprintf(format, args...), 2) }
func (c *common) Error(args ...any) {
	c.logDepth(fmt.Sprintln(args...), 2)
	c.Fail()
}
func (c *common) Errorf(format string, args ...any) {
	c.logDepth(fmt.Sprintf(format, args...), 2)
	c.Fail()
}
func (c *common) Fatal(args ...any) {
	c.logDepth(fmt.Sprintln(args...), 2)
	c.FailNow()
}
func (c *common) Fatalf(format string, args ...any) {
	c.logDepth(fmt.Sprintf(format, args...), 2)
	c.FailNow()
}
func (c *common) Skip(args ...any) {
	c.logDepth(fmt.Sprintln(args...), 2)
	c.SkipNow()
}
func (c *common) Skipf(format string, args ...any) {
	c.logDepth(fmt.Sprintf(format, args...), 2)
	c.SkipNow()
}

// Cleanup registers f to run after the test and its subtests finish, last registered first.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	c.cleanups = append(c.cleanups, f)
	c.mu.Unlock()
}

// runCleanup runs the cleanups (LIFO); a panic in one is returned, the rest still run.
func (c *common) runCleanup() (err any) {
	for {
		c.mu.Lock()
		n := len(c.cleanups)
		if n == 0 {
			c.mu.Unlock()
			return err
		}
		f := c.cleanups[n-1]
		c.cleanups = c.cleanups[:n-1]
		c.mu.Unlock()
		if e := callRecover(f); e != nil && err == nil {
			err = e
		}
	}
}

func callRecover(f func()) (err any) {
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(stopTest); !ok {
				err = e
			}
		}
	}()
	f()
	return nil
}

// TempDir returns a new directory for the test in the run's in-memory file system, removed
// by a cleanup: /tmp/TestName<random>/001, 002, ... as Go names them.
func (c *common) TempDir() string {
	c.mu.Lock()
	if c.tempDir == "" {
		pattern := strings.Map(func(r rune) rune {
			if r == '/' || r == '\\' || r == ':' || r == '<' || r == '>' || r == '"' || r == '|' || r == '?' || r == '*' {
				return '_'
			}
			return r
		}, c.name)
		dir, err := os.MkdirTemp("", pattern)
		if err != nil {
			c.mu.Unlock()
			c.Fatalf("TempDir: %v", err)
			return ""
		}
		c.tempDir = dir
		c.mu.Unlock()
		c.Cleanup(func() { os.RemoveAll(dir) })
		c.mu.Lock()
	}
	c.tempSeq++
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempSeq)
	c.mu.Unlock()
	if err := os.Mkdir(dir, 0777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

// Setenv sets an environment variable for the test, restored by a cleanup.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	c.isEnvSet = true
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

func (t *T) Setenv(key, value string) {
	if t.isParallel {
		panic("testing: t.Setenv called after t.Parallel; cannot set environment variables in parallel tests")
	}
	t.common.Setenv(key, value)
}

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// Parallel signals that this test runs in parallel with (and only with) other parallel tests:
// it pauses until its parent's function has returned.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.isEnvSet {
		panic("testing: t.Parallel called after t.Setenv; cannot set environment variables in parallel tests")
	}
	t.isParallel = true
	if t.parentT == nil {
		return
	}
	t.duration += time.Since(t.start)
	t.parentT.mu.Lock()
	t.parentT.sub = append(t.parentT.sub, t)
	t.parentT.mu.Unlock()
	chatty.updatef(t.name, fmt.Sprintf("=== PAUSE %s\n", t.name))
	t.signal <- true   // release the parent's Run
	<-t.parentT.barrier // the parent's function has returned
	t.ctx.waitParallel()
	chatty.updatef(t.name, fmt.Sprintf("=== CONT  %s\n", t.name))
	t.start = time.Now()
}

func (c *testContext) waitParallel() {
	for {
		c.mu.Lock()
		if c.running < c.max {
			c.running++
			c.mu.Unlock()
			return
		}
		c.waiting++
		c.mu.Unlock()
		<-c.wake
	}
}

// release frees a slot and wakes one waiter (a token is sent only to a counted waiter, so
// none is lost).
func (c *testContext) release() {
	c.mu.Lock()
	c.running--
	wake := c.waiting > 0
	if wake {
		c.waiting--
	}
	c.mu.Unlock()
	if wake {
		c.wake <- true
	}
}

var subNameReplacer = strings.NewReplacer(" ", "_")

// Run runs f as a subtest of t called name, in its own goroutine, and waits until it is done
// or calls Parallel. It reports whether f succeeded (so far, for a parallel one).
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	name = subNameReplacer.Replace(name)
	if t.level > 0 || t.name != "" {
		if t.subNames == nil {
			t.subNames = map[string]int{}
		}
		base := name
		n := t.subNames[base]
		t.subNames[base] = n + 1
		if n > 0 {
			name = fmt.Sprintf("%s#%02d", base, n)
		}
		if t.name != "" {
			name = t.name + "/" + name
		}
	}
	sub := &T{
		common:  common{name: name, parent: &t.common, level: t.level + 1},
		signal:  make(chan bool, 1),
		barrier: make(chan bool),
		ctx:     t.ctx,
		parentT: t,
	}
	chatty.updatef(sub.name, fmt.Sprintf("=== RUN   %s\n", sub.name))
	go tRunner(sub, f)
	if !<-sub.signal {
		// The subtest panicked: the program is ending with that panic; wait for it.
		select {}
	}
	return !sub.Failed()
}

func (t *T) report() {
	if t.parentT == nil {
		return
	}
	d := fmtDuration(t.duration)
	if t.Failed() {
		t.flushToParent(fmt.Sprintf("--- FAIL: %s (%s)\n", t.name, d))
	} else if t.Skipped() {
		t.flushToParent(fmt.Sprintf("--- SKIP: %s (%s)\n", t.name, d))
	} else {
		t.flushToParent(fmt.Sprintf("--- PASS: %s (%s)\n", t.name, d))
	}
}

// flushToParent sends this test's result line and its subtests' lines to the parent: printed
// at once for a top-level test, else kept (indented) in the parent's output, so subtests'
// results come after their parent's line, as Go prints them.
func (t *T) flushToParent(line string) {
	p := t.parentT
	p.mu.Lock()
	t.mu.Lock()
	s := line + string(t.output)
	t.output = t.output[:0]
	t.mu.Unlock()
	if p.parentT == nil {
		p.mu.Unlock()
		chatty.updatef(t.name, s)
		return
	}
	for _, l := range strings.SplitAfter(s, "\n") {
		if l != "" {
			p.output = append(p.output, "    "+l...)
		}
	}
	p.mu.Unlock()
}

func tRunner(t *T, fn func(t *T)) {
	t.start = time.Now()
	defer func() {
		err := recover()
		if _, ok := err.(stopTest); ok {
			err = nil
		}
		if err != nil {
			t.Fail()
			if r := t.runCleanup(); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			// Report this test and its parents failed before the program dies of the panic.
			for root := t; root.parentT != nil; root = root.parentT {
				root.duration += time.Since(root.start)
				root.flushToParent(fmt.Sprintf("--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration)))
				root.parentT.runCleanup()
			}
			t.signal <- false
			panic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			// Let the parallel subtests run, and wait for them.
			t.ctx.release()
			close(t.barrier)
			for _, sub := range t.sub {
				<-sub.signal
			}
			start := time.Now()
			if r := t.runCleanup(); r != nil {
				panic(r)
			}
			t.duration += time.Since(start)
			if !t.isParallel {
				t.ctx.waitParallel()
			}
		} else {
			if t.isParallel {
				t.ctx.release()
			}
			close(t.barrier)
			if r := t.runCleanup(); r != nil {
				panic(r)
			}
		}
		t.report()
		t.mu.Lock()
		t.done = true
		t.mu.Unlock()
		t.signal <- true
	}()
	fn(t)
}

// Main runs the tests and examples as `go test -v` does and exits with status 0 (PASS) or 1
// (FAIL). matchString is ignored (every test runs); benchmarks are not run (the playground
// does not run them either).
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	ok := runTests(tests)
	if !runExamples(examples) {
		ok = false
	}
	if !ok {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	fmt.Println("PASS")
	os.Exit(0)
}

func runTests(tests []InternalTest) bool {
	if len(tests) == 0 {
		return true
	}
	max := runtime.GOMAXPROCS(0)
	if max < 1 {
		max = 1
	}
	ctx := &testContext{max: max, wake: make(chan bool, 64), running: 1}
	root := &T{signal: make(chan bool, 1), barrier: make(chan bool), ctx: ctx}
	go tRunner(root, func(t *T) {
		for _, test := range tests {
			t.Run(test.Name, test.F)
		}
	})
	<-root.signal
	return !root.Failed()
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func runExamples(examples []InternalExample) bool {
	ok := true
	for _, eg := range examples {
		if !runExample(eg) {
			ok = false
		}
	}
	return ok
}

func runExample(eg InternalExample) (ok bool) {
	fmt.Printf("=== RUN   %s\n", eg.Name)
	start := time.Now()
	finished := false
	startCapture()
	defer func() {
		out := stopCapture()
		d := time.Since(start)
		err := recover()
		got := strings.TrimSpace(out)
		want := strings.TrimSpace(eg.Output)
		if eg.Unordered {
			got, want = sortLines(got), sortLines(want)
		}
		fail := ""
		if got != want && err == nil {
			fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
		}
		if fail != "" || !finished || err != nil {
			fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, fmtDuration(d), fail)
			ok = false
		} else {
			fmt.Printf("--- PASS: %s (%s)\n", eg.Name, fmtDuration(d))
			ok = true
		}
		if err != nil {
			panic(err)
		}
	}()
	eg.F()
	finished = true
	return
}

// ---- benchmarks (compiled, run only by RunBenchmarks) ----

func (b *B) ResetTimer()     { b.benchDur = 0; b.start = time.Now() }
func (b *B) StartTimer()     { b.timerOn = true; b.start = time.Now() }
func (b *B) StopTimer() {
	if b.timerOn {
		b.benchDur += time.Since(b.start)
	}
	b.timerOn = false
}
func (b *B) ReportAllocs()   {}
func (b *B) SetBytes(n int64) { b.bytes = n }
func (b *B) ReportMetric(n float64, unit string) {}

func (b *B) Run(name string, f func(b *B)) bool {
	sub := &B{common: common{name: b.name + "/" + name, parent: &b.common, level: b.level + 1}}
	sub.runN(1, f)
	return !sub.Failed()
}

func (b *B) RunParallel(body func(*PB)) {
	body(&PB{n: b.N})
}

type PB struct{ n int }

func (pb *PB) Next() bool {
	if pb.n <= 0 {
		return false
	}
	pb.n--
	return true
}

func (b *B) runN(n int, f func(b *B)) {
	b.N = n
	b.benchDur = 0
	b.timerOn = true
	b.start = time.Now()
	f(b)
	b.StopTimer()
}

type BenchmarkResult struct {
	N int
	T time.Duration
}

func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) String() string {
	return fmt.Sprintf("%8d\t%10d ns/op", r.N, r.NsPerOp())
}

// Benchmark runs f with b.N growing until it takes about 10ms (gort's short -benchtime).
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{}
	n := 1
	for {
		b.runN(n, f)
		if b.benchDur >= 10*time.Millisecond || n >= 1000000000 {
			break
		}
		next := n * 100
		if b.benchDur > 0 {
			next = int(int64(n) * int64(12*time.Millisecond) / int64(b.benchDur))
		}
		if next <= n {
			next = n + 1
		}
		if next > 100*n {
			next = 100 * n
		}
		n = next
	}
	return BenchmarkResult{N: b.N, T: b.benchDur}
}

// Short reports whether -test.short is set (never, on gort).
func Short() bool { return false }

// Verbose reports whether -test.v is set (always: gort prints what `go test -v` does).
func Verbose() bool { return true }

// Testing reports whether the program is a test program.
func Testing() bool { return true }
