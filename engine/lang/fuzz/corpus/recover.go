// recover in a deferred function stops a panic; the function returns normally.
package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	return a / b, ""
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println("still running")
}

// Output:
// 3
// 0 runtime error: integer divide by zero
// still running
