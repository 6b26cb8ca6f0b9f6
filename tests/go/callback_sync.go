// Go code that the standard library calls back — a Write method fmt.Fprintf writes to, a
// String method fmt.Println formats — using sync primitives and channels: a Writer whose
// mutex eight goroutines contend for, a String method that takes a read lock others hold
// too, runs a sync.Once, and sends on and receives from a buffered channel, and one that
// receives a value another goroutine sends a little later. In Go these are
// ordinary calls; they must not fail because the caller is the standard library.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type SafeWriter struct {
	mu    sync.Mutex
	sb    strings.Builder
	lines int
}

func (s *SafeWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lines += strings.Count(string(p), "\n")
	return s.sb.Write(p)
}

type Config struct {
	mu    sync.RWMutex
	once  sync.Once
	name  string
	cache chan string
}

func (c *Config) String() string {
	c.once.Do(func() { c.cache <- "first" })
	c.mu.RLock()
	defer c.mu.RUnlock()
	prev := <-c.cache
	c.cache <- c.name
	return c.name + " (was " + prev + ")"
}

// A String method that receives what another goroutine sends a little later.
type Late struct{ ch chan string }

func (l Late) String() string { return "got " + <-l.ch }

func main() {
	w := &SafeWriter{}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				fmt.Fprintf(w, "goroutine %d line %d\n", g, i)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(w.lines, strings.Count(w.sb.String(), "goroutine 7 line"))

	c := &Config{name: "prod", cache: make(chan string, 1)}
	var readers sync.WaitGroup
	for i := 0; i < 4; i++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for j := 0; j < 100; j++ {
				c.mu.RLock()
				_ = c.name
				c.mu.RUnlock()
			}
		}()
	}
	fmt.Println(c)
	fmt.Println(c)
	readers.Wait()
	fmt.Printf("%v|%s\n", c, c)

	l := Late{make(chan string)}
	go func() {
		time.Sleep(5 * time.Millisecond)
		l.ch <- "a late value"
	}()
	fmt.Println(l)
}

// Output:
// 4000 500
// prod (was first)
// prod (was prod)
// prod (was prod)|prod (was prod)
// got a late value
