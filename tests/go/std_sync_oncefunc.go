// go: skip sync.OnceFunc/OnceValue/OnceValues are Go 1.21 (expectations from the package documentation)
package main

import (
	"errors"
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("init") })
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	wg.Wait()
	f()
	fmt.Println("calls:", calls)

	n := 0
	v := sync.OnceValue(func() int { n++; return 42 })
	fmt.Println(v(), v(), n)
	vs := sync.OnceValues(func() (string, error) { n++; return "data", errors.New("eof") })
	s, err := vs()
	s2, _ := vs()
	fmt.Println(s, err, s2, n)

	pc := 0
	bad := sync.OnceFunc(func() { pc++; panic("boom") })
	try("first", bad)
	try("second", bad)
	fmt.Println("panicking f ran", pc, "time(s)")
	badv := sync.OnceValue(func() int { panic(errors.New("no value")) })
	try("value", func() { badv() })
	try("value again", func() { badv() })
}

// Output:
// init
// calls: 1
// 42 42 1
// data eof data 2
// first panic: boom
// second panic: boom
// panicking f ran 1 time(s)
// value panic: no value
// value again panic: no value
