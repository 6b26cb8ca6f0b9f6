// log's standard logger (stderr, header, SetFlags/SetPrefix, Fatalf exits 1 without running defers) and io.EOF / io.Writer.
package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	log.Println("hello", 42)
	log.Printf("x=%d", 7)
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Print("no time")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix after")
	fmt.Println(log.Flags(), log.Prefix())
	r := bufio.NewReader(strings.NewReader("one\ntwo"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q\n", line)
		if err == io.EOF {
			fmt.Println("EOF reached")
			break
		}
	}
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "via io.Writer")
	var sb strings.Builder
	w = &sb
	fmt.Fprintf(w, "%d-%d", 1, 2)
	fmt.Println(sb.String())
	defer fmt.Println("deferred runs before exit? no")
	log.Fatalf("fatal: %s", "bye")
}

// Output:
// 64 app:
// "one\n"
// "two"
// EOF reached
// via io.Writer
// 1-2

// Stderr:
// hello 42
// x=7
// app: no time
// app: prefix after
// app: fatal: bye

// Exit: 1
