// A buffered channel holds values without a receiver, up to its capacity.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	ch <- "c"
	fmt.Println(<-ch, <-ch, len(ch))
	ch <- "d"
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}

// Output:
// 2 3
// a b 1
// c
// d
// "" false
