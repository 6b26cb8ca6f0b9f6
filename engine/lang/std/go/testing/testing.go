// Package testing for gort: what `go test -v` does with a package's tests, benchmarks and
// examples, written for gort after Go 1.19's testing.go and benchmark.go (runtime.Caller is a
// native here; output goes straight to stdout). The front end generates a main that calls Main
// (lang/testmain.cpp), as the Go playground does. What it keeps of Go 1.19's behaviour:
//   - output as `-test.v` prints it: "=== RUN   TestX", logs "    prog.go:12: msg" printed as
//     they happen, "--- PASS: TestX (0.00s)" / FAIL / SKIP, subtest results indented under
//     their parent's, "=== PAUSE" / "=== CONT" for parallel tests, then PASS or FAIL;
//   - t.Run subtests ("TestX/name", spaces become '_', duplicates get "#01"), t.Parallel with
//     Go's semantics (the parallel subtests wait until their parent's function returns, then
//     run together; the parent finishes after them), Cleanup in LIFO order after subtests;
//   - a test that panics: "--- FAIL" for it and its parents, then the panic goes on (exit 2);
//   - FailNow/Fatal/SkipNow end the calling goroutine with runtime.Goexit (deferred calls run);
//     from the test's goroutine that ends the test, from another one just that goroutine;
//   - benchmarks run when os.Args holds -test.bench=REGEXP (gort's --bench flag), with b.N
//     ramped up to -test.benchtime (default 1s; "Nx" runs exactly N) as benchmark.go does.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
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

// What tRunner reports when a test's function neither returned nor called FailNow/SkipNow.
type nilPanicOrGoexit struct{}

func (nilPanicOrGoexit) Error() string { return "test executed panic(nil) or runtime.Goexit" }

var errNilPanicOrGoexit error = nilPanicOrGoexit{}

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
	bench    bool // a benchmark (its logs skip the chatty printer)
	signal   chan bool
}

type T struct {
	common
	isParallel bool
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
	runtime.Goexit()
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
	runtime.Goexit()
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
	if c.bench {
		// As -test.v prints a benchmark's log: at once, without "=== CONT" lines.
		fmt.Print(c.decorate(s, skip+1))
		return
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
		err = recover()
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
	if runMatcher != nil {
		if ok, _ := runMatcher.matches(name); !ok {
			return true
		}
	}
	sub := &T{
		common:  common{name: name, parent: &t.common, level: t.level + 1, signal: make(chan bool, 1)},
		barrier: make(chan bool),
		ctx:     t.ctx,
		parentT: t,
	}
	chatty.updatef(sub.name, fmt.Sprintf("=== RUN   %s\n", sub.name))
	go tRunner(sub, f)
	if !<-sub.signal {
		// A subtest called FailNow on this test (or an ancestor): end this one too.
		runtime.Goexit()
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

// tRunner runs a test's function in its own goroutine. FailNow and SkipNow end that goroutine
// with runtime.Goexit, which runs these deferred calls: recover() then returns nil and
// t.finished says whether the end was expected (Go 1.19's tRunner).
func tRunner(t *T, fn func(t *T)) {
	defer func() {
		err := recover()
		signal := true
		t.mu.Lock()
		finished := t.finished
		t.mu.Unlock()
		if !finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				p.mu.Lock()
				finished = p.finished
				p.mu.Unlock()
				if finished {
					t.Errorf("%v: subtest may have called FailNow on a parent test", err)
					err = nil
					signal = false
					break
				}
			}
		}
		doPanic := func(err any) {
			t.Fail()
			if r := t.runCleanup(); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			// Report this test and its parents failed before the program dies of the panic.
			for root := t; root.parentT != nil; root = root.parentT {
				root.duration += time.Since(root.start)
				root.flushToParent(fmt.Sprintf("--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration)))
				if r := root.parentT.runCleanup(); r != nil {
					fmt.Printf("cleanup panicked with %v", r)
				}
			}
			panic(err)
		}
		if err != nil {
			doPanic(err)
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
			r := t.runCleanup()
			t.duration += time.Since(start)
			if r != nil {
				doPanic(r)
			}
			if !t.isParallel {
				t.ctx.waitParallel()
			}
		} else {
			if t.isParallel {
				t.ctx.release()
			}
			close(t.barrier)
			// Cleanups left by one that ended its goroutine (FailNow) in the call below.
			if r := t.runCleanup(); r != nil {
				doPanic(r)
			}
		}
		t.report()
		t.mu.Lock()
		t.done = true
		t.mu.Unlock()
		t.signal <- signal
	}()
	defer func() {
		// Without subtests the cleanups run here, before the deferred call above: one that
		// calls FailNow (Goexit) or panics still lets that call report the test.
		if len(t.sub) == 0 {
			if r := t.runCleanup(); r != nil {
				panic(r)
			}
		}
	}()
	t.start = time.Now()
	fn(t)
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

// Main runs the tests, examples and (with -test.bench) benchmarks as `go test -v` does and
// exits with status 0 (PASS) or 1 (FAIL). The flags come from os.Args (-test.run,
// -test.bench, -test.benchtime, -test.benchmem, -test.count); matchString matches their
// patterns (regexp.MatchString; nil: simpleMatch).
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	if matchString == nil {
		matchString = simpleMatch
	}
	parseFlags(matchString)
	testRan, testOk := runTests(tests)
	exampleRan, exampleOk := runExamples(matchString, examples)
	if !testRan && !exampleRan && flagBench == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	// As in Go, benchmarks run only when the tests and examples passed.
	if !testOk || !exampleOk || !runBenchmarks(matchString, benchmarks) {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	fmt.Println("PASS")
	os.Exit(0)
}

// The flags of a test binary that gort's hosts pass (cmd/go turns `go test -bench=.` into
// `-test.bench=.` the same way).
var (
	flagRun      string
	flagBench    string
	flagBenchMem bool
	flagCount    = 1
	benchTime    = durationOrCountFlag{d: 1 * time.Second}
	runMatcher   *matcher
)

func flagError(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(2)
}

func parseFlags(matchString func(pat, str string) (bool, error)) {
	args := os.Args[1:]
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name := strings.TrimLeft(a, "-")
		value, hasValue := "", false
		if eq := strings.IndexByte(name, '='); eq >= 0 {
			name, value, hasValue = name[:eq], name[eq+1:], true
		}
		name = strings.TrimPrefix(name, "test.")
		switch name {
		case "v", "benchmem":
			b := true
			if hasValue {
				var err error
				if b, err = strconv.ParseBool(value); err != nil {
					flagError("invalid boolean value %q for -test.%s: parse error", value, name)
				}
			}
			if name == "benchmem" {
				flagBenchMem = b
			}
			continue
		case "run", "bench", "benchtime", "count":
		default:
			flagError("flag provided but not defined: %s", a)
		}
		if !hasValue {
			if i+1 >= len(args) {
				flagError("flag needs an argument: -test.%s", name)
			}
			i++
			value = args[i]
		}
		switch name {
		case "run":
			flagRun = value
		case "bench":
			flagBench = value
		case "benchtime":
			if err := benchTime.Set(value); err != nil {
				flagError("invalid value %q for flag -test.benchtime: %v", value, err)
			}
		case "count":
			n, err := strconv.ParseUint(value, 0, 0)
			if err != nil {
				flagError("invalid value %q for flag -test.count: parse error", value)
			}
			flagCount = int(n)
		}
	}
	if flagRun != "" {
		runMatcher = newMatcher(matchString, flagRun, "-test.run")
	}
}

// simpleMatch stands in for regexp.MatchString when the program has no benchmarks (the
// generated main imports regexp only for them): "" and "." match any name, ^ and $ anchor,
// anything else matches as a substring.
func simpleMatch(pat, str string) (bool, error) {
	if pat == "" || pat == "." {
		return true, nil
	}
	anchorStart, anchorEnd := strings.HasPrefix(pat, "^"), strings.HasSuffix(pat, "$")
	pat = strings.TrimSuffix(strings.TrimPrefix(pat, "^"), "$")
	switch {
	case anchorStart && anchorEnd:
		return str == pat, nil
	case anchorStart:
		return strings.HasPrefix(str, pat), nil
	case anchorEnd:
		return strings.HasSuffix(str, pat), nil
	}
	return strings.Contains(str, pat), nil
}

// matcher is Go's -run/-bench filter: the pattern is split at '/' (outside brackets and
// parentheses) and each element must match the name's element at the same level.
type matcher struct {
	filter    []string
	matchFunc func(pat, str string) (bool, error)
}

func newMatcher(matchString func(pat, str string) (bool, error), patterns, name string) *matcher {
	var filter []string
	if patterns != "" {
		filter = splitRegexp(patterns)
		for i, s := range filter {
			filter[i] = rewrite(s)
		}
		for i, s := range filter {
			if _, err := matchString(s, "non-empty"); err != nil {
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for element %d of %s (%q): %s\n", i, name, s, err)
				os.Exit(1)
			}
		}
	}
	return &matcher{filter: filter, matchFunc: matchString}
}

// matches reports whether name (elements joined by '/') is selected, and whether only because
// the pattern has more elements than name (a parent whose subtests are filtered).
func (m *matcher) matches(name string) (ok, partial bool) {
	elem := strings.Split(name, "/")
	for i, s := range elem {
		if i >= len(m.filter) {
			break
		}
		if ok, _ := m.matchFunc(m.filter[i], s); !ok {
			return false, false
		}
	}
	return true, len(elem) < len(m.filter)
}

func splitRegexp(s string) []string {
	a := make([]string, 0, strings.Count(s, "/"))
	cs := 0
	cp := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(a, s)
}

// rewrite is what Run does to a name: spaces become underscores.
func rewrite(s string) string { return subNameReplacer.Replace(s) }

func runTests(tests []InternalTest) (ran, ok bool) {
	if len(tests) == 0 {
		return false, true
	}
	max := runtime.GOMAXPROCS(0)
	if max < 1 {
		max = 1
	}
	for _, test := range tests {
		if runMatcher == nil {
			ran = true
		} else if m, _ := runMatcher.matches(test.Name); m {
			ran = true
		}
	}
	ok = true
	for i := 0; i < flagCount; i++ {
		ctx := &testContext{max: max, wake: make(chan bool, 64), running: 1}
		root := &T{common: common{signal: make(chan bool, 1)}, barrier: make(chan bool), ctx: ctx}
		go tRunner(root, func(t *T) {
			for _, test := range tests {
				t.Run(test.Name, test.F)
			}
		})
		<-root.signal
		if root.Failed() {
			ok = false
		}
	}
	return ran, ok
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func runExamples(matchString func(pat, str string) (bool, error), examples []InternalExample) (ran, ok bool) {
	ok = true
	for _, eg := range examples {
		if flagRun != "" {
			if m, _ := matchString(flagRun, eg.Name); !m {
				continue
			}
		}
		ran = true
		for i := 0; i < flagCount; i++ {
			if !runExample(eg) {
				ok = false
			}
		}
	}
	return ran, ok
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

// ---- benchmarks: Go 1.19's benchmark.go, with b.Loop and b.Elapsed of later Go ----

// A benchmark's -test.benchtime: a duration, or "Nx" for exactly N iterations.
type durationOrCountFlag struct {
	d time.Duration
	n int
}

func (f *durationOrCountFlag) String() string {
	if f.n > 0 {
		return fmt.Sprintf("%dx", f.n)
	}
	return f.d.String()
}

func (f *durationOrCountFlag) Set(s string) error {
	if strings.HasSuffix(s, "x") {
		n, err := strconv.ParseInt(s[:len(s)-1], 10, 0)
		if err != nil || n <= 0 {
			return fmt.Errorf("invalid count")
		}
		*f = durationOrCountFlag{n: int(n)}
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return fmt.Errorf("invalid duration")
	}
	*f = durationOrCountFlag{d: d}
	return nil
}

// B is passed to Benchmark functions to manage benchmark timing and to specify the number of
// iterations to run.
type B struct {
	common
	N                int
	previousN        int
	previousDuration time.Duration
	benchFunc        func(b *B)
	benchTime        durationOrCountFlag
	bytes            int64
	missingBytes     bool
	timerOn          bool
	showAllocResult  bool
	result           BenchmarkResult
	parallelism      int
	startAllocs      uint64
	startBytes       uint64
	netAllocs        uint64
	netBytes         uint64
	extra            map[string]float64
	context          *benchContext
	hasSub           bool
	chatty           bool
	loopN            int  // b.Loop: iterations done so far (0: Loop not called yet)
	loopUsed         bool // the function used b.Loop, which ramps b.N up itself
}

var memStats runtime.MemStats

// StartTimer starts timing a benchmark (it starts running timed).
func (b *B) StartTimer() {
	if !b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing, e.g. around set-up that should not be measured.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		runtime.ReadMemStats(&memStats)
		b.netAllocs += memStats.Mallocs - b.startAllocs
		b.netBytes += memStats.TotalAlloc - b.startBytes
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed time and allocation counters and deletes reported metrics;
// it does not stop or start the timer.
func (b *B) ResetTimer() {
	if b.extra == nil {
		b.extra = make(map[string]float64, 16)
	} else {
		for k := range b.extra {
			delete(b.extra, k)
		}
	}
	if b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// Elapsed returns the measured time of the benchmark so far (Go 1.20).
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// SetBytes records the bytes processed by one operation: the result shows MB/s.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs shows B/op and allocs/op for this benchmark (as -test.benchmem does for all).
func (b *B) ReportAllocs() { b.showAllocResult = true }

// runN runs the benchmark function once with b.N = n.
func (b *B) runN(n int) {
	defer func() {
		if r := b.runCleanup(); r != nil {
			panic(r)
		}
	}()
	// A comparable start for each run: the garbage of the previous one is collected.
	runtime.GC()
	b.N = n
	b.loopN = 0
	b.parallelism = 1
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	b.previousN = b.N
	b.previousDuration = b.duration
}

func min64(x, y int64) int64 {
	if x > y {
		return y
	}
	return x
}

func max64(x, y int64) int64 {
	if x < y {
		return y
	}
	return x
}

// predictN is the next b.N: enough to fill goalns at the last run's speed, plus 20%, at most
// 100 times the last and at least one more, never over 1e9.
func predictN(goalns, prevIters, prevns, last int64) int64 {
	if prevns <= 0 {
		prevns = 1 // round up, to avoid dividing by zero
	}
	// Multiply first: for very fast benchmarks prevIters ~= prevns.
	n := goalns * prevIters / prevns
	n += n / 5
	n = min64(n, 100*last)
	n = max64(n, last+1)
	return min64(n, 1e9)
}

// Loop reports whether the benchmark should run another iteration (Go 1.24's b.Loop): the
// first call resets the timer, and Loop ramps the count up itself, so a function written
// `for b.Loop() { ... }` is called only once.
func (b *B) Loop() bool {
	if b.loopN != 0 && b.loopN < b.N {
		b.loopN++
		return true
	}
	if b.loopN == 0 {
		b.loopUsed = true
		b.N = 1
		b.loopN = 1
		b.ResetTimer()
		return true
	}
	if b.benchTime.n > 0 {
		if b.N < b.benchTime.n {
			b.N = b.benchTime.n
			b.loopN++
			return true
		}
		b.StopTimer()
		return false
	}
	elapsed := b.Elapsed()
	if elapsed >= b.benchTime.d || b.N >= 1e9 {
		b.StopTimer()
		return false
	}
	b.N = int(predictN(b.benchTime.d.Nanoseconds(), int64(b.N), elapsed.Nanoseconds(), int64(b.N)))
	b.loopN++
	return true
}

// run1 runs the first iteration of benchFunc. It reports whether more iterations of this
// benchmark should be run (not when it failed, was skipped or has sub-benchmarks).
func (b *B) run1() bool {
	if ctx := b.context; ctx != nil {
		if n := len(b.name) + ctx.extLen + 1; n > ctx.maxLen {
			ctx.maxLen = n + 8 // slack, to avoid too many jumps in size
		}
	}
	go func() {
		// Signal that we're done whether we return normally or by FailNow's runtime.Goexit.
		defer func() {
			b.signal <- true
		}()
		b.runN(1)
	}()
	<-b.signal
	if b.Failed() {
		fmt.Printf("--- FAIL: %s\n%s", b.name, b.output)
		return false
	}
	b.mu.Lock()
	finished := b.finished
	b.mu.Unlock()
	if b.hasSub || finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty && (len(b.output) > 0 || finished) {
			b.trimOutput()
			fmt.Printf("--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

var labelsPrinted bool

func printLabels() {
	if !labelsPrinted {
		labelsPrinted = true
		fmt.Printf("goos: %s\n", runtime.GOOS)
		fmt.Printf("goarch: %s\n", runtime.GOARCH)
	}
}

// run runs the benchmark after run1: for go test, once per -test.count with its result line;
// for testing.Benchmark, once.
func (b *B) run() {
	printLabels()
	if b.context != nil {
		b.context.processBench(b)
	} else {
		b.doBench()
	}
}

func (b *B) doBench() BenchmarkResult {
	go b.launch()
	<-b.signal
	return b.result
}

// launch grows b.N until the benchmark runs for -test.benchtime (or runs it benchtime.n
// times); run1 has run it once with N=1.
func (b *B) launch() {
	defer func() {
		b.signal <- true
	}()
	// b.Loop ramps up by itself: the run of run1 is the measurement.
	if !b.loopUsed {
		if b.benchTime.n > 0 {
			// -benchtime=1x: the run of run1 is the result (golang.org/issue/32051).
			if b.benchTime.n > 1 {
				b.runN(b.benchTime.n)
			}
		} else {
			d := b.benchTime.d
			for n := int64(1); !b.Failed() && b.duration < d && n < 1e9; {
				last := n
				n = predictN(d.Nanoseconds(), int64(b.N), b.duration.Nanoseconds(), last)
				b.runN(int(n))
			}
		}
	}
	b.result = BenchmarkResult{b.N, b.duration, b.bytes, b.netAllocs, b.netBytes, b.extra}
}

// ReportMetric adds "n unit" to the benchmark's result line ("ns/op" 0 hides the built-in).
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.IndexAny(unit, " \t\n\r\v\f") >= 0 {
		panic("metric unit must not contain whitespace")
	}
	if b.extra == nil {
		b.extra = map[string]float64{}
	}
	b.extra[unit] = n
}

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N         int           // The number of iterations.
	T         time.Duration // The total time taken.
	Bytes     int64         // Bytes processed in one iteration.
	MemAllocs uint64        // The total number of memory allocations.
	MemBytes  uint64        // The total number of bytes allocated.
	Extra     map[string]float64
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.Extra["ns/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp returns the "allocs/op" metric: MemAllocs / N.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if v, ok := r.Extra["allocs/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric: MemBytes / N.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if v, ok := r.Extra["B/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String is the result line after the name (golang.org/design/14313-benchmark-format),
// without B/op and allocs/op (MemString).
func (r BenchmarkResult) String() string {
	buf := new(strings.Builder)
	fmt.Fprintf(buf, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(buf, "\t%7.2f MB/s", mbs)
	}
	var extraKeys []string
	for k := range r.Extra {
		switch k {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue
		}
		extraKeys = append(extraKeys, k)
	}
	sort.Strings(extraKeys)
	for _, k := range extraKeys {
		buf.WriteByte('\t')
		prettyPrint(buf, r.Extra[k], k)
	}
	return buf.String()
}

// prettyPrint prints numbers with 10 places before the decimal point and small ones with four
// significant figures, the decimal points aligned.
func prettyPrint(w *strings.Builder, x float64, unit string) {
	var format string
	y := x
	if y < 0 {
		y = -y
	}
	switch {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(w, format, x, unit)
}

// MemString returns r.AllocedBytesPerOp and r.AllocsPerOp in the same format as 'go test'.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// benchmarkName is the name with its -GOMAXPROCS suffix (none for 1).
func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

type benchContext struct {
	match    *matcher
	subNames map[string]int
	maxLen   int // the longest name printed so far
	extLen int // the length of the -GOMAXPROCS suffix
}

// RunBenchmarks runs the benchmarks that match -test.bench.
func RunBenchmarks(matchString func(pat, str string) (bool, error), benchmarks []InternalBenchmark) {
	if matchString == nil {
		matchString = simpleMatch
	}
	runBenchmarks(matchString, benchmarks)
}

func runBenchmarks(matchString func(pat, str string) (bool, error), benchmarks []InternalBenchmark) bool {
	if flagBench == "" {
		return true // no -test.bench: benchmarks do not run
	}
	maxprocs := runtime.GOMAXPROCS(0)
	ctx := &benchContext{
		match:  newMatcher(matchString, flagBench, "-test.bench"),
		extLen: len(benchmarkName("", maxprocs)),
	}
	var bs []InternalBenchmark
	for _, bm := range benchmarks {
		if ok, _ := ctx.match.matches(bm.Name); ok {
			bs = append(bs, bm)
			if l := len(benchmarkName(bm.Name, maxprocs)) + ctx.extLen + 1; l > ctx.maxLen {
				ctx.maxLen = l
			}
		}
	}
	main := &B{
		common: common{name: "Main", bench: true, signal: make(chan bool)},
		benchFunc: func(b *B) {
			for _, bm := range bs {
				b.Run(bm.Name, bm.F)
			}
		},
		benchTime: benchTime,
		context:   ctx,
		chatty:    true, // gort's test programs print what -test.v does
	}
	main.runN(1)
	return !main.Failed()
}

// processBench runs b -test.count times and prints each result line.
func (ctx *benchContext) processBench(b *B) {
	procs := runtime.GOMAXPROCS(0)
	for j := 0; j < flagCount; j++ {
		benchName := benchmarkName(b.name, procs)
		if j > 0 {
			b = &B{
				common:    common{signal: make(chan bool), name: b.name, bench: true},
				benchFunc: b.benchFunc,
				benchTime: b.benchTime,
				chatty:    b.chatty,
			}
			b.run1()
		}
		r := b.doBench()
		if b.Failed() {
			// The whole output, untrimmed: it says why the benchmark failed.
			fmt.Printf("--- FAIL: %s\n%s", benchName, b.output)
			continue
		}
		results := r.String()
		fmt.Printf("%-*s\t", ctx.maxLen, benchName)
		if flagBenchMem || b.showAllocResult {
			results += "\t" + r.MemString()
		}
		fmt.Println(results)
		if len(b.output) > 0 {
			b.trimOutput()
			fmt.Printf("--- BENCH: %s\n%s", benchName, b.output)
		}
		if p := runtime.GOMAXPROCS(-1); p != procs {
			fmt.Fprintf(os.Stderr, "testing: %s left GOMAXPROCS set to %d\n", benchName, p)
		}
	}
}

// Run runs f as a sub-benchmark called name and reports whether it succeeded. A benchmark
// that calls Run is not measured itself: it runs once, with N=1.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName, ok, partial := b.name, true, false
	if b.context != nil {
		benchName = b.uniqueSubName(name)
		ok, partial = b.context.match.matches(benchName)
	}
	if !ok {
		return true
	}
	sub := &B{
		common: common{
			signal: make(chan bool),
			name:   benchName,
			parent: &b.common,
			level:  b.level + 1,
			bench:  true,
		},
		benchFunc: f,
		benchTime: b.benchTime,
		context:   b.context,
		chatty:    b.chatty,
	}
	if partial {
		// -bench=X/Y matching BenchmarkX: only its sub-benchmarks run.
		sub.hasSub = true
	}
	if b.chatty {
		printLabels()
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.run()
	}
	b.add(sub.result)
	return !sub.Failed()
}

// uniqueSubName names a sub-benchmark as T.Run names a subtest: spaces become '_', a repeated
// name gets "#01" (Go's matcher.unique). The top-level benchmarks keep their names.
func (b *B) uniqueSubName(name string) string {
	if b.level == 0 {
		return name
	}
	ctx := b.context
	if ctx.subNames == nil {
		ctx.subNames = map[string]int{}
	}
	sub := rewrite(name)
	full := b.name + "/" + sub
	empty := sub == ""
	for {
		next, exists := ctx.subNames[full]
		if !empty && !exists {
			ctx.subNames[full] = 1
			return full
		}
		ctx.subNames[full] = next + 1
		full = fmt.Sprintf("%s#%02d", full, next)
		empty = false
	}
}

// add sums a sub-benchmark's per-op results, as if the subs ran in sequence in one iteration
// (what testing.Benchmark of a function that calls Run reports).
func (b *B) add(other BenchmarkResult) {
	r := &b.result
	r.N = 1
	r.T += time.Duration(other.NsPerOp())
	if other.Bytes == 0 {
		b.missingBytes = true
		r.Bytes = 0
	}
	if !b.missingBytes {
		r.Bytes += other.Bytes
	}
	r.MemAllocs += uint64(other.AllocsPerOp())
	r.MemBytes += uint64(other.AllocedBytesPerOp())
}

// trimOutput keeps at most 10 lines of a benchmark's log (it runs many times).
func (b *B) trimOutput() {
	const maxNewlines = 10
	for nlCount, j := 0, 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			nlCount++
			if nlCount >= maxNewlines {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// A PB is used by RunParallel for running parallel benchmarks.
type PB struct {
	globalN *uint64
	mu      *sync.Mutex
	grain   uint64
	cache   uint64
	bN      uint64
}

// Next reports whether there are more iterations to execute.
func (pb *PB) Next() bool {
	if pb.cache == 0 {
		pb.mu.Lock()
		*pb.globalN += pb.grain
		n := *pb.globalN
		pb.mu.Unlock()
		if n <= pb.bN {
			pb.cache = pb.grain
		} else if n < pb.bN+pb.grain {
			pb.cache = pb.bN + pb.grain - n
		} else {
			return false
		}
	}
	pb.cache--
	return true
}

// RunParallel runs body in parallelism*GOMAXPROCS goroutines, sharing b.N iterations.
func (b *B) RunParallel(body func(*PB)) {
	if b.N == 0 {
		return
	}
	// Grain: the iterations that take about 100µs, at most 1e4.
	grain := uint64(0)
	if b.previousN > 0 && b.previousDuration > 0 {
		grain = 1e5 * uint64(b.previousN) / uint64(b.previousDuration)
	}
	if grain < 1 {
		grain = 1
	}
	if grain > 1e4 {
		grain = 1e4
	}
	n := uint64(0)
	var mu sync.Mutex
	numProcs := b.parallelism * runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	wg.Add(numProcs)
	for p := 0; p < numProcs; p++ {
		go func() {
			defer wg.Done()
			body(&PB{globalN: &n, mu: &mu, grain: grain, bN: uint64(b.N)})
		}()
	}
	wg.Wait()
	if n <= uint64(b.N) && !b.Failed() {
		b.Fatal("RunParallel: body exited without pb.Next() == false")
	}
}

// SetParallelism sets the number of goroutines RunParallel uses to p*GOMAXPROCS.
func (b *B) SetParallelism(p int) {
	if p >= 1 {
		b.parallelism = p
	}
}

// Benchmark benchmarks a single function (outside go test): b.N grows to -test.benchtime
// (1s by default).
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{
		common:    common{signal: make(chan bool), bench: true},
		benchFunc: f,
		benchTime: benchTime,
	}
	if b.run1() {
		b.doBench()
	}
	return b.result
}

// Short reports whether -test.short is set (never, on gort).
func Short() bool { return false }

// Verbose reports whether -test.v is set (always: gort prints what `go test -v` does).
func Verbose() bool { return true }

// Testing reports whether the program is a test program.
func Testing() bool { return true }
