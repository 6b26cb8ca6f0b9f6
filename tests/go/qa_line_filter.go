// Go by Example "Line Filters": uppercase every stdin line (including an empty line and
// non-ASCII text) with bufio.Scanner, check scanner.Err, and count the lines.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	n := 0
	for scanner.Scan() {
		ucl := strings.ToUpper(scanner.Text())
		fmt.Println(ucl)
		n++
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println("lines:", n)
}

// Stdin:
// hello
// filter me
//
//   héllo wörld
// Output:
// HELLO
// FILTER ME
//
//   HÉLLO WÖRLD
// lines: 4
