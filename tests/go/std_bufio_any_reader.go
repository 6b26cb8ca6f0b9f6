package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

type slowReader struct {
	s   string
	err error
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, r.err
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

func customSplit() {
	calls := 0
	sc := bufio.NewScanner(bytes.NewBufferString("a,b,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		calls++
		fmt.Printf("split(%q, %v)\n", data, atEOF)
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println(calls, sc.Err())
}

func main() {
	customSplit()
	b := bytes.NewBufferString("one two\nthree\nlast")
	sc := bufio.NewScanner(b)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(&slowReader{s: "a b  c\nd", err: errors.New("boom")})
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("<%s>", sc.Text())
	}
	fmt.Println(sc.Err())
	br := bufio.NewReader(bytes.NewReader([]byte("x,yy,zzz")))
	for {
		s, err := br.ReadString(',')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	rr := bufio.NewReader(&slowReader{s: "héllo\nworld"})
	r, size, err := rr.ReadRune()
	fmt.Println(string(r), size, err)
	line, _, err := rr.ReadLine()
	fmt.Println(string(line), err)
	words := bufio.NewScanner(strings.NewReader("still works"))
	words.Split(bufio.ScanWords)
	for words.Scan() {
		fmt.Print(words.Text(), ";")
	}
	fmt.Println()
	big := bytes.NewBufferString(strings.Repeat("z", 10000) + "\nend\n")
	sc = bufio.NewScanner(big)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
}

// Output:
// split("a,b,c", false)
// token a
// split("b,c", false)
// token b
// split("c", false)
// split("c", true)
// token c
// split("", true)
// 5 <nil>
// [one two][three][last]<nil>
// <a><b><c><d>boom
// "x," <nil>
// "yy," <nil>
// "zzz" EOF
// h 1 <nil>
// éllo <nil>
// still;works;
// 10000
// 3
