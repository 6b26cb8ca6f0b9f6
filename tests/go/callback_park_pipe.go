// Go code that the standard library calls back may block like any other Go code. io.Pipe's
// documented example: fmt.Fprint writes into a *io.PipeWriter, whose Write waits until the
// reader has taken the bytes; and a bufio.Scanner reading lines from an *io.PipeReader, whose
// Read waits for the writer. With one P the goroutine blocked inside fmt (or inside the
// Scanner) must let the other one run. gort parks the goroutine on its own thread and gives
// the P away (as Go does for a goroutine locked to its thread).
// gort: --gomaxprocs 1
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	r, w := io.Pipe()
	go func() {
		fmt.Fprint(w, "some io.Reader stream to be read\n")
		w.Close()
	}()
	if _, err := io.Copy(os.Stdout, r); err != nil {
		fmt.Println(err)
	}

	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d of %d\n", i+1, 3)
		}
		pw.CloseWithError(fmt.Errorf("writer done"))
	}()
	sc := bufio.NewScanner(pr)
	n := 0
	for sc.Scan() {
		n++
		fmt.Fprintln(upper{os.Stdout}, sc.Text())
	}
	fmt.Println("lines:", n, "err:", sc.Err())

	// Both ends inside callbacks: fmt.Fprintln writes into a pipe that a Scanner reads.
	pr2, pw2 := io.Pipe()
	done := make(chan bool)
	go func() {
		sc := bufio.NewScanner(pr2)
		for sc.Scan() {
			fmt.Println("got", sc.Text())
		}
		done <- true
	}()
	for _, word := range []string{"alpha", "beta", "gamma"} {
		fmt.Fprintln(pw2, word)
	}
	pw2.Close()
	<-done
}

// Output:
// some io.Reader stream to be read
// LINE 1 OF 3
// LINE 2 OF 3
// LINE 3 OF 3
// lines: 3 err: writer done
// got alpha
// got beta
// got gamma
