// An errgroup-like pattern by hand: run tasks concurrently, remember the first error, cancel
// the rest through a done channel closed exactly once (sync.Once), and wait for all.
// gort: --faketime
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	done    chan struct{}
}

func NewGroup() *Group { return &Group{done: make(chan struct{})} }

func (g *Group) Go(f func(done <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.done); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				close(g.done)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	g := NewGroup()
	var mu sync.Mutex
	cancelled := 0
	for i := 1; i <= 5; i++ {
		i := i
		g.Go(func(done <-chan struct{}) error {
			if i == 3 {
				time.Sleep(5 * time.Millisecond)
				return fmt.Errorf("task %d: %w", i, errors.New("boom"))
			}
			select {
			case <-done:
				mu.Lock()
				cancelled++
				mu.Unlock()
				return nil
			case <-time.After(2 * time.Second):
				return errors.New("not cancelled")
			}
		})
	}
	err := g.Wait()
	fmt.Println("error:", err)
	fmt.Println("cancelled:", cancelled)

	g2 := NewGroup()
	results := make([]int, 4)
	for i := range results {
		i := i
		g2.Go(func(<-chan struct{}) error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println(g2.Wait(), results)
}

// Output:
// error: task 3: boom
// cancelled: 4
// <nil> [0 1 4 9]
