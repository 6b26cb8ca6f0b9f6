// Deep recursion (goroutine stacks grow to many MB in Go): 1e6-deep recursion on main and
// 100k-deep recursion in 100 goroutines at once, plus a recursive tree build and walk.
package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type Node struct {
	Left, Right *Node
	Val         int
}

func build(d, v int) *Node {
	if d == 0 {
		return nil
	}
	return &Node{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

func main() {
	fmt.Println(depth(1000000))
	var wg sync.WaitGroup
	res := make([]int, 100)
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = depth(100000 + i)
		}(i)
	}
	wg.Wait()
	total := 0
	for _, r := range res {
		total += r
	}
	fmt.Println(total)
	t := build(18, 1)
	fmt.Println(t.Sum())
}

// Output:
// 1000000
// 10004950
// 34359607296
// Timeout: 180
// (Deep stacks take seconds under ASan or a loaded machine; the timeout only guards against a hang.)
