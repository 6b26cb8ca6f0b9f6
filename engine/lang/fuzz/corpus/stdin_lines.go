// Reading lines from os.Stdin with bufio.Scanner until EOF.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, sc.Text())
	}
	fmt.Println("lines:", n)
}

// Stdin:
// first line
// second
//
// last

// Output:
// 1: first line
// 2: second
// 3:
// 4: last
// lines: 4
