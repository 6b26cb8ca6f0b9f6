// Allocates about 1 GB in total (slices and strings) while keeping under 1 MB live: the GC
// must reclaim memory as it goes (tests/node/memory.test.mjs measures the peak).
package main

import "fmt"

func main() {
	total := 0
	keep := make([]int, 0)
	for i := 0; i < 1000; i++ {
		buf := make([]int, 128*1024) // 1 MiB each
		buf[i%len(buf)] = i
		total += len(buf) * 8
		s := fmt.Sprint("item-", i)
		for j := 0; j < 3; j++ {
			s = s + "x"
		}
		if i%100 == 0 {
			keep = append(keep, len(s))
		}
	}
	fmt.Println(total/(1<<20), "MiB allocated", keep)
}

// Output:
// 1000 MiB allocated [9 11 11 11 11 11 11 11 11 11]
