// A program with data races (unsynchronized appends to a shared slice, racing writes to a
// shared string, interface and slice variables, and a racy counter). Go gives no guarantees
// about the values, but the VM must not crash or corrupt memory: only invariants are printed.
// gort: --gomaxprocs 2
// race: yes (under --race)
package main

import (
	"fmt"
	"sync"
)

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rect struct{ w, h int }

func (q Sq) Area() int   { return q.s * q.s }
func (r Rect) Area() int { return r.w * r.h }

func main() {
	var wg sync.WaitGroup
	var shared []int
	var name string
	var shape Shape = Sq{1}
	var buf = make([]byte, 0, 4)
	counter := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				shared = append(shared, i)
				if g%2 == 0 {
					name = "even-goroutine"
					shape = Sq{2}
					buf = append(buf[:0], "abcdefgh"...)
				} else {
					name = "odd"
					shape = Rect{2, 3}
					buf = []byte("xy")
				}
				counter++
				_ = len(name) + shape.Area() + len(buf)
			}
		}(g)
	}
	wg.Wait()
	okName := name == "odd" || name == "even-goroutine"
	a := shape.Area()
	fmt.Println("len ok:", len(shared) > 0 && len(shared) <= 80000)
	fmt.Println("name ok:", okName, "area ok:", a == 4 || a == 6, "buf ok:", len(buf) == 2 || len(buf) == 8)
	fmt.Println("counter ok:", counter > 0 && counter <= 80000)
}

// Output:
// len ok: true
// name ok: true area ok: true buf ok: true
// counter ok: true
