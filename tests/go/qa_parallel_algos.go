// Parallel algorithms users try: merge sort spawning goroutines down to a depth, matrix
// multiplication with one goroutine per row, and a parallel sum with per-worker partial
// results gathered in index order.
package main

import (
	"fmt"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func mergeSort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var left, right []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			left = mergeSort(xs[:mid], depth-1)
		}()
		right = mergeSort(xs[mid:], depth-1)
		wg.Wait()
	} else {
		left, right = mergeSort(xs[:mid], 0), mergeSort(xs[mid:], 0)
	}
	return merge(left, right)
}

func main() {
	xs := make([]int, 20000)
	seed := 7
	for i := range xs {
		seed = (seed*1103515245 + 12345) % 2147483648
		xs[i] = seed % 10000
	}
	s := mergeSort(xs, 4)
	okSorted := true
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			okSorted = false
		}
	}
	fmt.Println(len(s), okSorted, s[0], s[len(s)-1], s[10000])

	const n = 60
	a := make([][]float64, n)
	b := make([][]float64, n)
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		a[i], b[i], c[i] = make([]float64, n), make([]float64, n), make([]float64, n)
		for j := 0; j < n; j++ {
			a[i][j] = float64(i + j)
			b[i][j] = float64(i - j)
		}
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < n; j++ {
				sum := 0.0
				for k := 0; k < n; k++ {
					sum += a[i][k] * b[k][j]
				}
				c[i][j] = sum
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c[0][0], c[10][20], c[n-1][n-1])

	nums := make([]int, 1000000)
	for i := range nums {
		nums[i] = i % 1000
	}
	const workers = 8
	partial := make([]int, workers)
	chunk := len(nums) / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for _, v := range nums[w*chunk : (w+1)*chunk] {
				partial[w] += v
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(partial, partial[0]*workers)
}

// Output:
// 20000 true 0 9998 5058
// 70210 40510 -138650
// [62437500 62437500 62437500 62437500 62437500 62437500 62437500 62437500] 499500000
