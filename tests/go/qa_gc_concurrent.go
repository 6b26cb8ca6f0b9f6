// Allocation-heavy concurrent program (exercises the GC with pointers in flight): workers build
// linked structures, maps of slices and strings, and pass pointers through buffered channels
// while other goroutines allocate garbage; the checksums must be exact.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Item struct {
	ID    int
	Name  string
	Tags  []string
	Attrs map[string]int
	Next  *Item
}

func build(id, n int) *Item {
	var head *Item
	for i := 0; i < n; i++ {
		it := &Item{ID: id*1000 + i, Name: "item-" + strconv.Itoa(i), Attrs: map[string]int{}}
		for j := 0; j < 3; j++ {
			it.Tags = append(it.Tags, strings.Repeat("t", j+1))
			it.Attrs["k"+strconv.Itoa(j)] = i * j
		}
		it.Next = head
		head = it
	}
	return head
}

func checksum(it *Item) int {
	s := 0
	for ; it != nil; it = it.Next {
		s += it.ID + len(it.Name) + len(it.Tags[2]) + it.Attrs["k2"]
	}
	return s
}

func main() {
	out := make(chan *Item, 4)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for r := 0; r < 5; r++ {
				out <- build(w*10+r, 300)
			}
		}(w)
	}
	stop := make(chan bool)
	var garbage int
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				s := make([]string, 0, 16)
				for i := 0; i < 100; i++ {
					s = append(s, fmt.Sprint(i))
				}
				garbage += len(s)
			}
		}
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	total, lists := 0, 0
	for it := range out {
		total += checksum(it)
		lists++
	}
	close(stop)
	fmt.Println(lists, total)
}

// Output:
// 40 449509600
