// CPU-bound mix typical of playground benchmarks: recursive fib, a map-heavy word count, string
// building, sorting a pseudo-random slice, and a struct-slice sort; output is checksums.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

type Rec struct {
	Name  string
	Score int
}

func main() {
	fmt.Println(fib(30))

	m := map[string]int{}
	for i := 0; i < 200000; i++ {
		m["k"+strconv.Itoa(i%5000)] += i
	}
	fmt.Println(len(m), m["k42"])

	var sb strings.Builder
	for i := 0; i < 100000; i++ {
		sb.WriteString(strconv.Itoa(i % 10))
	}
	s := sb.String()
	fmt.Println(len(s), strings.Count(s, "7"))

	x := uint32(12345)
	nums := make([]int, 300000)
	for i := range nums {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		nums[i] = int(x % 1000000)
	}
	sort.Ints(nums)
	fmt.Println(nums[0], nums[len(nums)/2], nums[len(nums)-1])

	recs := make([]Rec, 50000)
	for i := range recs {
		recs[i] = Rec{"r" + strconv.Itoa(i), (i * 7919) % 1000}
	}
	sort.Slice(recs, func(a, b int) bool {
		if recs[a].Score != recs[b].Score {
			return recs[a].Score > recs[b].Score
		}
		return recs[a].Name < recs[b].Name
	})
	fmt.Println(recs[0], recs[len(recs)-1])

	grid := make([][]int, 300)
	for i := range grid {
		grid[i] = make([]int, 300)
		for j := range grid[i] {
			grid[i][j] = (i * j) % 7
		}
	}
	total := 0
	for k := 0; k < 10; k++ {
		for i := 1; i < 299; i++ {
			for j := 1; j < 299; j++ {
				total += grid[i-1][j] + grid[i+1][j] - grid[i][j-1] - grid[i][j+1]
			}
		}
	}
	fmt.Println(total)
}

// Output:
// 832040
// 5000 3901680
// 100000 10000
// 13 500210 999997
// {r10321 999} {r9000 0}
// 0
