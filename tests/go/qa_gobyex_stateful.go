// Go by Example "Stateful Goroutines": a single goroutine owns a map; readers and writers send
// it request structs carrying response channels; counted with atomics. Reads and writes are
// bounded here so the totals are exact.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"sync/atomic"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] = write.val
				write.resp <- true
			}
		}
	}()
	var wg sync.WaitGroup
	for r := 0; r < 10; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				read := readOp{key: rand.Intn(5), resp: make(chan int)}
				reads <- read
				<-read.resp
				atomic.AddUint64(&readOps, 1)
			}
		}()
	}
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				write := writeOp{key: w, val: i, resp: make(chan bool)}
				writes <- write
				<-write.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("readOps:", atomic.LoadUint64(&readOps))
	fmt.Println("writeOps:", atomic.LoadUint64(&writeOps))
	final := readOp{key: 3, resp: make(chan int)}
	reads <- final
	fmt.Println("state[3] =", <-final.resp)
}

// Output:
// readOps: 1000
// writeOps: 250
// state[3] = 49
