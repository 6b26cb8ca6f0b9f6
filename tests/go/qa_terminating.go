// Terminating statements (spec): functions that end in an infinite for, a panic, a switch or
// select whose every clause terminates, an if/else both returning, a labeled for with
// break to an outer label only, or a goto-free block must compile without "missing return".
package main

import (
	"errors"
	"fmt"
)

func loopForever(ch chan int) int {
	for {
		if v := <-ch; v > 2 {
			return v
		}
	}
}

func mustPositive(n int) int {
	if n > 0 {
		return n
	}
	panic(errors.New("not positive"))
}

func sign(n int) string {
	switch {
	case n > 0:
		return "+"
	case n < 0:
		return "-"
	default:
		return "0"
	}
}

func pick(a, b chan string) string {
	select {
	case s := <-a:
		return s
	case s := <-b:
		return s
	}
}

func parity(n int) string {
	if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func kind(v interface{}) string {
	switch v.(type) {
	case int:
		return "int"
	default:
		return "other"
	}
}

func nested(n int) int {
	{
		if n > 10 {
			return 10
		}
		return n
	}
}

func main() {
	ch := make(chan int, 5)
	for i := 1; i <= 4; i++ {
		ch <- i
	}
	fmt.Println(loopForever(ch), mustPositive(3), sign(-2), sign(0), parity(7), kind(1), kind("x"), nested(42))
	a := make(chan string, 1)
	a <- "from a"
	fmt.Println(pick(a, make(chan string)))
	defer func() { fmt.Println("recovered:", recover()) }()
	mustPositive(-1)
}

// Output:
// 3 3 - 0 odd int other 10
// from a
// recovered: not positive
