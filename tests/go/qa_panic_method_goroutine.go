// A nil map write inside a pointer method run as a goroutine via a method value, two calls
// deep inside a nested closure: the traceback names main.(*Store).put, the closure
// main.(*Store).Fill.func1, and "created by main.(*Store).Fill".
package main

import "time"

type Store struct {
	data map[string]int
}

func (s *Store) put(k string, v int) {
	s.data[k] = v
}

func (s *Store) Fill(keys []string) {
	go func() {
		for i, k := range keys {
			s.put(k, i)
		}
	}()
}

func main() {
	s := &Store{}
	s.Fill([]string{"a", "b"})
	time.Sleep(time.Second)
}

// Output:
// Stderr:
// panic: assignment to entry in nil map
//  [running]:
// main.(*Store).put(
// .go:13
// main.(*Store).Fill.func1()
// .go:19 +0x
// created by main.(*Store).Fill
// .go:17 +0x
// Exit: 2
