// A go statement whose function is a func value that is native code at run time: a context's
// CancelFunc, a std function taken as a value, a blocking one (time.Sleep), and the func value
// reflect gives for a method. Each runs in its own goroutine, as in Go.
package main

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"time"
)

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int) {
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

// A Writer that keeps what was written and signals its WaitGroup.
type doneWriter struct {
	wg   sync.WaitGroup
	text string
}

func (w *doneWriter) Write(p []byte) (int, error) {
	w.text += string(p)
	w.wg.Done()
	return len(p), nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())

	var wg sync.WaitGroup
	done := wg.Done
	wg.Add(1)
	go done()
	wg.Wait()
	fmt.Println("wg released by go done()")

	// fmt.Fprintln as a value, writing into a Writer that signals a WaitGroup: main waits.
	w := &doneWriter{}
	w.wg.Add(1)
	fprintln := fmt.Fprintln
	go fprintln(w, "printed by a goroutine")
	w.wg.Wait()
	fmt.Print(w.text)

	sleep := time.Sleep
	start := make(chan struct{})
	go sleep(time.Millisecond)
	close(start)

	a := &Acc{}
	add := reflect.ValueOf(a).MethodByName("Add").Interface().(func(int))
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			add(n)
		}(i)
	}
	wg.Add(1)
	go func() { defer wg.Done(); go add(100) }()
	wg.Wait()
	for {
		a.mu.Lock()
		s := a.sum
		a.mu.Unlock()
		if s == 155 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	fmt.Println("sum", 155)
}

// Output:
// context canceled
// wg released by go done()
// printed by a goroutine
// sum 155
