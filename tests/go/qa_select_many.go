// select with ten receive cases nil-ed out as their channels close, a select that both sends
// to and receives from the same buffered channel, two cases on the same channel, and close()
// waking five goroutines parked in selects.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	chs := make([]chan int, 10)
	for i := range chs {
		chs[i] = make(chan int)
	}
	var wg sync.WaitGroup
	for i := range chs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				chs[i] <- i
			}
		}(i)
	}
	go func() {
		wg.Wait()
		for _, c := range chs {
			close(c)
		}
	}()
	counts := make([]int, 10)
	open := 10
	for open > 0 {
		select {
		case v, ok := <-chs[0]:
			if !ok {
				chs[0] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[1]:
			if !ok {
				chs[1] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[2]:
			if !ok {
				chs[2] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[3]:
			if !ok {
				chs[3] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[4]:
			if !ok {
				chs[4] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[5]:
			if !ok {
				chs[5] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[6]:
			if !ok {
				chs[6] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[7]:
			if !ok {
				chs[7] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[8]:
			if !ok {
				chs[8] = nil
				open--
				continue
			}
			counts[v]++
		case v, ok := <-chs[9]:
			if !ok {
				chs[9] = nil
				open--
				continue
			}
			counts[v]++
		}
	}
	fmt.Println(counts)

	c := make(chan int, 1)
	got := []string{}
	for i := 0; i < 6; i++ {
		select {
		case c <- i:
			got = append(got, fmt.Sprint("sent", i))
		case v := <-c:
			got = append(got, fmt.Sprint("recv", v))
		}
	}
	fmt.Println(len(got))
	same := make(chan int, 2)
	same <- 1
	same <- 2
	n := 0
	for i := 0; i < 2; i++ {
		select {
		case v := <-same:
			n += v
		case v := <-same:
			n += v * 10
		}
	}
	fmt.Println(n == 3 || n == 12 || n == 21 || n == 30)
	stop := make(chan struct{})
	res := make(chan string, 5)
	for i := 0; i < 5; i++ {
		go func(i int) {
			never := make(chan int)
			select {
			case <-never:
			case <-stop:
				res <- fmt.Sprint("stopped", i)
			}
		}(i)
	}
	close(stop)
	var out []string
	for i := 0; i < 5; i++ {
		out = append(out, <-res)
	}
	sort.Strings(out)
	fmt.Println(out)
}

// Output:
// [100 100 100 100 100 100 100 100 100 100]
// 6
// true
// [stopped0 stopped1 stopped2 stopped3 stopped4]
