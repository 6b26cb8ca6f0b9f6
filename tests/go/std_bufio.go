// bufio.Scanner on os.Stdin (lines) and strings.Reader (words, runes), bufio.Writer, Sscanf/Sscan, Reader.ReadString.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Print("[", ws.Text(), "]")
	}
	fmt.Println()
	rs := bufio.NewScanner(strings.NewReader("hé!"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d\n", 1)
	bw.WriteString("more\n")
	bw.Flush()
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct\n")
	var x int
	_, err := fmt.Sscanf("age=42", "age=%d", &x)
	fmt.Println(x, err)
	var p, q string
	fmt.Sscan("hello world", &p, &q)
	fmt.Println(q, p)
	r := bufio.NewReader(strings.NewReader("ab\ncd"))
	l1, e1 := r.ReadString('\n')
	l2, e2 := r.ReadString('\n')
	fmt.Printf("%q %v %q %v\n", l1, e1, l2, e2)
}

// Stdin:
// first line
// second
//
// last

// Output:
// 1: "first line"
// 2: "second"
// 3: ""
// 4: "last"
// <nil>
// [one][two][three][four]
// h|é|!|
// buffered 1
// more
// direct
// 42 <nil>
// world hello
// "ab\n" <nil> "cd" EOF

// Stderr:
// to stderr
