// goto: a retry loop written with a label and goto, and a goto jumping forward over a block
// (both legal Go, seen in ported C code and in the Go spec's examples).
package main

import "fmt"

func find(xs []int, target int) int {
	i := 0
retry:
	if i < len(xs) {
		if xs[i] == target {
			goto found
		}
		i++
		goto retry
	}
	return -1
found:
	return i
}

func main() {
	attempts := 0
again:
	attempts++
	if attempts < 3 {
		fmt.Println("attempt", attempts, "failed")
		goto again
	}
	fmt.Println("succeeded after", attempts)
	fmt.Println(find([]int{5, 7, 9}, 9), find([]int{1}, 2))
}

// Output:
// attempt 1 failed
// attempt 2 failed
// succeeded after 3
// 2 -1
