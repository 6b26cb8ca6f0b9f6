// Deferred and go'd builtins (close, delete, panic, copy) and a pointer method promoted from an
// embedded non-struct named type (Counter int).
package main

import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }

type S struct {
	Counter
	name string
}

func produce(ch chan int) {
	defer close(ch)
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go produce(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	m := map[string]int{"tmp": 1, "keep": 2}
	func() {
		defer delete(m, "tmp")
		fmt.Println(len(m))
	}()
	fmt.Println(len(m))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic("deferred panic")
	}()
	dst := make([]int, 2)
	func() {
		defer copy(dst, []int{7, 8})
	}()
	fmt.Println(dst)
	s := S{name: "s"}
	s.Inc()
	s.Inc()
	fmt.Println(s.Counter)
	done := make(chan bool)
	go close(done)
	<-done
	fmt.Println("closed by go close(done)")
}

// Output:
// 012
// 2
// 1
// recovered: deferred panic
// [7 8]
// 2
// closed by go close(done)
