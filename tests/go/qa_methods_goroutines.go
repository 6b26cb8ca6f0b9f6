// Methods and goroutines: go with a pointer-method call, go with a method value, method values
// from an interface holding a copy (later changes not seen), deferred method expressions,
// and a slice of bound method values.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Worker struct {
	id  int
	out chan<- string
	wg  *sync.WaitGroup
}

func (w *Worker) Run(n int) {
	defer w.wg.Done()
	for i := 0; i < n; i++ {
		w.out <- fmt.Sprintf("w%d:%d", w.id, i)
	}
}

func (w Worker) Hello() string { return fmt.Sprint("hello from ", w.id) }

type Greeter interface{ Hello() string }

func main() {
	out := make(chan string, 100)
	var wg sync.WaitGroup
	ws := []*Worker{{1, out, &wg}, {2, out, &wg}}
	for _, w := range ws {
		wg.Add(1)
		go w.Run(2)
	}
	run := ws[0].Run
	wg.Add(1)
	go run(1)
	wg.Wait()
	close(out)
	var got []string
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(got)
	var g Greeter = *ws[1]
	hello := g.Hello
	ws[1].id = 99
	fmt.Println(hello(), g.Hello(), ws[1].Hello())
	defer Worker.Hello(*ws[0])
	defer fmt.Println((*Worker).Hello(ws[1]))
	fs := []func() string{ws[0].Hello, g.Hello}
	for _, f := range fs {
		fmt.Println(f())
	}
	var wg2 sync.WaitGroup
	results := make([]string, 3)
	for i := range results {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			results[i] = Worker{id: i}.Hello()
		}(i)
	}
	wg2.Wait()
	fmt.Println(results)
}

// Output:
// [w1:0 w1:0 w1:1 w2:0 w2:1]
// hello from 2 hello from 2 hello from 99
// hello from 1
// hello from 2
// [hello from 0 hello from 1 hello from 2]
// hello from 99
