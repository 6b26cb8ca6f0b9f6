// Allocates 1 GiB in total, 1 MiB at a time, keeping only the newest buffer live: the peak
// memory (max RSS natively, the wasm memory size under Node) shows whether the GC reclaims as
// it goes. Plain slices, indexing and a loop only.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 1024; i++ {
		buf := make([]int, 128*1024) // 1 MiB
		for j := 0; j < len(buf); j += 512 { // one write per 4 KiB page: all of it resident
			buf[j] = i
		}
		sum += buf[len(buf)-512]
	}
	fmt.Println(sum)
}
