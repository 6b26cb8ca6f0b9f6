// Recursive functions with multiple results.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	fmt.Println(fib(20))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
}

// Output:
// 6765
// 3 2
