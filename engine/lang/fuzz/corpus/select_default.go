// select with a default case never blocks; a nil channel's case is never ready.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 7
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	var never chan int
	select {
	case <-never:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel blocks")
	}
	count := 0
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			count++
		default:
		}
	}
	fmt.Println("sent", count, "of 3")
}

// Output:
// nothing ready
// received 7
// nil channel blocks
// sent 1 of 3
