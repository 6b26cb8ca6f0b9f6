// A pub/sub broker goroutine owning its subscriber set (subscribe/unsubscribe/publish over
// channels, no mutex), and a heartbeat monitor that declares a worker dead when no beat
// arrives within a timeout (time.After re-armed every loop).
// gort: --faketime
package main

import (
	"fmt"
	"sort"
	"time"
)

type Broker struct {
	pub   chan string
	sub   chan chan string
	unsub chan chan string
	stop  chan struct{}
}

func NewBroker() *Broker {
	b := &Broker{make(chan string), make(chan chan string), make(chan chan string), make(chan struct{})}
	go b.run()
	return b
}

func (b *Broker) run() {
	subs := map[chan string]bool{}
	for {
		select {
		case s := <-b.sub:
			subs[s] = true
		case s := <-b.unsub:
			delete(subs, s)
			close(s)
		case msg := <-b.pub:
			for s := range subs {
				s <- msg
			}
		case <-b.stop:
			for s := range subs {
				close(s)
			}
			return
		}
	}
}

func main() {
	b := NewBroker()
	s1, s2 := make(chan string, 10), make(chan string, 10)
	b.sub <- s1
	b.sub <- s2
	b.pub <- "hello"
	b.pub <- "world"
	b.unsub <- s2
	b.pub <- "only s1"
	close(b.stop)
	var got1, got2 []string
	for m := range s1 {
		got1 = append(got1, m)
	}
	for m := range s2 {
		got2 = append(got2, m)
	}
	sort.Strings(got1)
	fmt.Println(got1, got2)

	beats := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(10 * time.Millisecond)
			beats <- i
		}
	}()
	for {
		select {
		case n := <-beats:
			fmt.Println("beat", n)
			continue
		case <-time.After(200 * time.Millisecond):
			fmt.Println("worker dead after 3 beats")
		}
		break
	}
}

// Output:
// [hello only s1 world] [hello world]
// beat 1
// beat 2
// beat 3
// worker dead after 3 beats
