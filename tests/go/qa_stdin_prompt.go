// Interactive-style input as beginners write it: a prompt with fmt.Print, bufio.Reader's
// ReadString('\n') for a full name, fmt.Scan (Sscan) for two numbers, and an
// EOF at the end (ReadString returns "" and io.EOF).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	fmt.Print("Enter your name: ")
	name, err := reader.ReadString('\n')
	fmt.Printf("Hello, %s! (err=%v)\n", strings.TrimSpace(name), err)
	line, _ := reader.ReadString('\n')
	var a, b int
	n, err := fmt.Sscan(line, &a, &b)
	fmt.Println("sum:", a+b, n, err)
	rest, err := reader.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	last, err := reader.ReadString('\n')
	fmt.Printf("%q %v\n", last, err)
}

// Stdin:
// Ada Lovelace
// 3 4
// last line
// Output:
// Enter your name: Hello, Ada Lovelace! (err=<nil>)
// sum: 7 2 <nil>
// "last line\n" <nil>
// "" EOF
