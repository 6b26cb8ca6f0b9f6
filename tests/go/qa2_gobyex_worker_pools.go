// Go by Example "Worker Pools" and "WaitGroups" as written there (3 workers, 5 jobs that each
// sleep a second, results collected from a buffered channel), then the total time, which with
// 3 workers and 5 one-second jobs is 2s.
package main

import (
	"fmt"
	"sync"
	"time"
)

// worker prints no id: which worker takes which job depends on scheduling. It records its id
// so main can count the workers that ran jobs (all three: each job sleeps a second).
func worker(id int, jobs <-chan int, results chan<- int, used *sync.Map) {
	for j := range jobs {
		used.Store(id, true)
		fmt.Println("worker started  job", j)
		time.Sleep(time.Second)
		fmt.Println("worker finished job", j)
		results <- j * 2
	}
}

func waitWorker(id int) {
	fmt.Printf("Worker %d starting\n", id)
	time.Sleep(time.Second)
	fmt.Printf("Worker %d done\n", id)
}

func main() {
	start := time.Now()
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)

	var used sync.Map
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results, &used)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= numJobs; a++ {
		sum += <-results
	}
	fmt.Println("sum of results:", sum, "elapsed:", time.Since(start).Round(time.Second))
	n := 0
	used.Range(func(k, v any) bool { n++; return true })
	fmt.Println("workers used:", n)

	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		i := i
		go func() {
			defer wg.Done()
			waitWorker(i)
		}()
	}
	wg.Wait()
}

// Unordered output:
// worker started  job 1
// worker started  job 2
// worker started  job 3
// worker finished job 1
// worker started  job 4
// worker finished job 2
// worker started  job 5
// worker finished job 3
// worker finished job 4
// worker finished job 5
// sum of results: 30 elapsed: 2s
// workers used: 3
// Worker 5 starting
// Worker 1 starting
// Worker 2 starting
// Worker 3 starting
// Worker 4 starting
// Worker 4 done
// Worker 1 done
// Worker 2 done
// Worker 5 done
// Worker 3 done
// gort: --faketime
