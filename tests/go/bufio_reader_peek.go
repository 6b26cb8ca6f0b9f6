// bufio.Reader's Peek, Discard, ReadByte, ReadBytes and Read over a strings.Reader, a file
// of the run's file system and stdin (Peek leaves the bytes for the next read).
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("abc,def\nxyz"))
	p, err := r.Peek(4)
	fmt.Printf("%q %v\n", p, err)
	b, _ := r.ReadByte()
	fmt.Printf("%c\n", b)
	n, err := r.Discard(2)
	fmt.Println(n, err)
	line, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	buf := make([]byte, 2)
	n, err = r.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	p, err = r.Peek(5)
	fmt.Printf("%q %v\n", p, err == io.EOF)
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, err = r.ReadByte()
	fmt.Println(err)

	os.WriteFile("/tmp/peek.txt", []byte("hello\ngo\n"), 0644)
	f, _ := os.Open("/tmp/peek.txt")
	defer f.Close()
	fr := bufio.NewReader(f)
	p, _ = fr.Peek(5)
	fmt.Println(string(p))
	s, _ := fr.ReadString('\n')
	fmt.Printf("%q\n", s)

	in := bufio.NewReader(os.Stdin)
	p, err = in.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	all, err := in.ReadBytes('!')
	fmt.Printf("%q %v\n", all, err)
}

// Stdin:
// stdin line
// Output:
// "abc," <nil>
// a
// 2 <nil>
// ",def\n" <nil>
// 2 "xy" <nil>
// "z" true
// "z" EOF
// 0 EOF
// EOF
// hello
// "hello\n"
// "std" <nil>
// "stdin line\n" EOF
