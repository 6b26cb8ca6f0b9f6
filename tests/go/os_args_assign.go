// The variables of std packages can be assigned and addressed, and std code written in Go sees
// the change: a program that sets os.Args before flag.Parse (as examples of flag do) parses
// those arguments; os.Stdout keeps one identity; &os.Args points at the variable itself.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	os.Args = []string{"prog", "-n", "5", "-v", "rest", "more"}
	n := flag.Int("n", 1, "count")
	v := flag.Bool("v", false, "verbose")
	flag.Parse()
	fmt.Println(*n, *v, flag.Args(), flag.NArg())

	p := &os.Args
	*p = append(*p, "x")
	fmt.Println(len(os.Args), os.Args[len(os.Args)-1])
	os.Args[0] = "renamed"
	fmt.Println(os.Args[0])

	out := &os.Stdout
	fmt.Fprintln(*out, "via a pointer to os.Stdout", os.Stdout == *out)

	var err error = io.EOF
	fmt.Println(err == io.EOF, errors.Is(fmt.Errorf("wrapped: %w", io.EOF), io.EOF))
	_, err = os.Open("/nope")
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
}

// Output:
// 5 true [rest more] 2
// 7 x
// renamed
// via a pointer to os.Stdout true
// true true
// true true
