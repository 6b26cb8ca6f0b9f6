// channels: goroutines communicate by sending values on channels. An unbuffered channel
// hands a value directly from sender to receiver — both wait for each other — so the sum
// printed by main happens after both halves were computed.
package main

import "fmt"

func sum(s []int, c chan int) {
	total := 0
	for _, v := range s {
		total += v
	}
	c <- total // send total to c
}

func main() {
	s := []int{7, 2, 8, -9, 4, 0}

	c := make(chan int)
	go sum(s[:len(s)/2], c)
	go sum(s[len(s)/2:], c)
	x, y := <-c, <-c // receive from c

	fmt.Println(x+y, "=", x, "+", y, "(the halves arrive in either order)")
}
