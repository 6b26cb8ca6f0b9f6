// bufio's errors are its package variables, as in Go: err == bufio.ErrBufferFull and the
// like hold for errors the native Reader and Scanner return, with io.EOF and
// io.ErrUnexpectedEOF through them; a split function's ErrFinalToken ends the scan with its
// token, and a bad advance count is ErrNegativeAdvance / ErrAdvanceTooFar.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader(strings.Repeat("x", 5000)))
	_, err := r.Peek(-1)
	fmt.Println(err == bufio.ErrNegativeCount, err)
	_, err = r.Peek(4097)
	fmt.Println(err == bufio.ErrBufferFull, err)
	_, err = r.ReadSlice('\n')
	fmt.Println(err == bufio.ErrBufferFull, errors.Is(err, bufio.ErrBufferFull))
	_, err = r.Discard(-3)
	fmt.Println(err == bufio.ErrNegativeCount)
	err = r.UnreadRune()
	fmt.Println(err == bufio.ErrInvalidUnreadRune, err)
	r2 := bufio.NewReader(strings.NewReader(""))
	err = r2.UnreadByte()
	fmt.Println(err == bufio.ErrInvalidUnreadByte, err)
	_, err = r2.ReadByte()
	fmt.Println(err == io.EOF)
	_, err = r2.ReadString('\n')
	fmt.Println(err == io.EOF)

	// io.ReadFull over a bufio.Reader: io.ErrUnexpectedEOF, then io.EOF.
	r3 := bufio.NewReader(strings.NewReader("abc"))
	buf := make([]byte, 5)
	n, err := io.ReadFull(r3, buf)
	fmt.Println(n, err == io.ErrUnexpectedEOF, err)
	n, err = io.ReadFull(r3, buf)
	fmt.Println(n, err == io.EOF)
	// Over a reader known only by its Read method.
	r4 := bufio.NewReader(bytes.NewBufferString("ab"))
	n, err = io.ReadFull(r4, buf)
	fmt.Println(n, err == io.ErrUnexpectedEOF)

	// Scanner: a token longer than the buffer.
	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("y", 100) + "\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
	}
	fmt.Println(sc.Err() == bufio.ErrTooLong, sc.Err())

	// ErrFinalToken: the token is delivered and the scan ends without an error.
	sc = bufio.NewScanner(strings.NewReader("a,b,STOP,c,d"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, data[:i], bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), " ")
	}
	fmt.Println(sc.Err())
	fmt.Println(sc.Scan(), sc.Err())

	// A split function's own error stops the scan and is Err().
	bad := errors.New("bad input")
	sc = bufio.NewScanner(strings.NewReader("1 2 x 3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "x" {
			return 0, nil, bad
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), " ")
	}
	fmt.Println(sc.Err() == bad)

	// io.EOF from a split function ends the scan quietly.
	sc = bufio.NewScanner(strings.NewReader("p q"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) > 0 && data[0] == 'q' {
			return 0, nil, io.EOF
		}
		return bufio.ScanWords(data, atEOF)
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), " ")
	}
	fmt.Println(sc.Err())

	// Bad advance counts.
	for _, adv := range []int{-1, 100} {
		adv := adv
		sc = bufio.NewScanner(strings.NewReader("abc"))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return adv, data, nil })
		fmt.Println(sc.Scan(), sc.Err() == bufio.ErrNegativeAdvance, sc.Err() == bufio.ErrAdvanceTooFar, sc.Err())
	}
}

// Output:
// true bufio: negative count
// true bufio: buffer full
// true true
// true
// true bufio: invalid use of UnreadRune
// true bufio: invalid use of UnreadByte
// true
// true
// 3 true unexpected EOF
// 0 true
// 2 true
// true bufio.Scanner: token too long
// a b STOP <nil>
// false <nil>
// 1 2 true
// p <nil>
// false true false bufio.Scanner: SplitFunc returns negative advance count
// false false true bufio.Scanner: SplitFunc returns advance count beyond input
