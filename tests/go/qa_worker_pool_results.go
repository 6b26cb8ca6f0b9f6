// Go by Example's worker pool: jobs on a buffered channel, results collected, plus a
// WaitGroup-closed results channel summed by main; deterministic by sorting.
// gort: --faketime
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{j, id, j * j}
	}
}

func main() {
	const numJobs = 20
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	sum := 0
	for _, r := range all {
		sum += r.value
		fmt.Printf("job %2d -> %3d\n", r.job, r.value)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("sum", sum, "jobs done", total, "workers", len(perWorker) > 0)
}

// Output:
// job  1 ->   1
// job  2 ->   4
// job  3 ->   9
// job  4 ->  16
// job  5 ->  25
// job  6 ->  36
// job  7 ->  49
// job  8 ->  64
// job  9 ->  81
// job 10 -> 100
// job 11 -> 121
// job 12 -> 144
// job 13 -> 169
// job 14 -> 196
// job 15 -> 225
// job 16 -> 256
// job 17 -> 289
// job 18 -> 324
// job 19 -> 361
// job 20 -> 400
// sum 2870 jobs done 20 workers true
