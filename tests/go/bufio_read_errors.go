// A bufio.Reader returns its reader's errors as Go's does (b.err, readErr): the data read
// before the error comes first, the error exactly once, and the next call reads again.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

var errBoom = errors.New("boom")

// script returns each step in turn: data, or an error; then io.EOF forever.
type script struct{ steps []any }

func (s *script) Read(p []byte) (int, error) {
	if len(s.steps) == 0 {
		return 0, io.EOF
	}
	st := s.steps[0]
	s.steps = s.steps[1:]
	if err, ok := st.(error); ok {
		return 0, err
	}
	return copy(p, st.(string)), nil
}

func newReader(steps ...any) *bufio.Reader { return bufio.NewReader(&script{steps}) }

func main() {
	r := newReader("ab", errBoom, "cd\nef")
	s, err := r.ReadString('\n')
	fmt.Printf("ReadString %q %v %v\n", s, err, err == errBoom)
	s, err = r.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", s, err)

	r = newReader("x", errBoom)
	b, err := r.ReadByte()
	fmt.Println("ReadByte", string(b), err)
	b, err = r.ReadByte()
	fmt.Println("ReadByte", b, err)
	b, err = r.ReadByte()
	fmt.Println("ReadByte", b, err)

	r = newReader("é", errBoom)
	ru, n, err := r.ReadRune()
	fmt.Println("ReadRune", string(ru), n, err)
	ru, n, err = r.ReadRune()
	fmt.Println("ReadRune", ru, n, err)

	r = newReader("line1\nli", errBoom, "ne2")
	for i := 0; i < 4; i++ {
		l, pre, err := r.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", l, pre, err)
	}

	r = newReader("abc", errBoom)
	p, err := r.Peek(5)
	fmt.Printf("Peek %q %v\n", p, err)
	buf := make([]byte, 10)
	k, err := r.Read(buf)
	fmt.Printf("Read %q %v\n", buf[:k], err)
	k, err = r.Read(buf)
	fmt.Printf("Read %d %v\n", k, err)

	r = newReader("abc", errBoom)
	d, err := r.Discard(5)
	fmt.Println("Discard", d, err)

	r = newReader("12 34", errBoom)
	bs, err := r.ReadBytes(' ')
	fmt.Printf("ReadBytes %q %v\n", bs, err)
	bs, err = r.ReadBytes(' ')
	fmt.Printf("ReadBytes %q %v\n", bs, err)
	r.Reset(&script{[]any{"new"}})
	s, err = r.ReadString('\n')
	fmt.Printf("after Reset %q %v\n", s, err)

	sc := bufio.NewScanner(&script{[]any{"a\nb", errBoom, "c\n"}})
	for sc.Scan() {
		fmt.Printf("Scan %q\n", sc.Text())
	}
	fmt.Println("Scanner.Err", sc.Err())
}

// Output:
// ReadString "ab" boom true
// ReadString "cd\n" <nil>
// ReadString "ef" EOF
// ReadByte x <nil>
// ReadByte 0 boom
// ReadByte 0 EOF
// ReadRune é 2 <nil>
// ReadRune 0 0 boom
// ReadLine "line1" false <nil>
// ReadLine "li" false <nil>
// ReadLine "ne2" false <nil>
// ReadLine "" false EOF
// Peek "abc" boom
// Read "abc" <nil>
// Read 0 EOF
// Discard 3 boom
// ReadBytes "12 " <nil>
// ReadBytes "34" boom
// after Reset "new" EOF
// Scan "a"
// Scan "b"
// Scanner.Err boom
