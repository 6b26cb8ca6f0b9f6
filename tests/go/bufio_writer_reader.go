package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type slowWriter struct{ calls []int }

func (s *slowWriter) Write(p []byte) (int, error) {
	s.calls = append(s.calls, len(p))
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, fmt.Errorf("disk full") }

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "a")
	fmt.Println("b")
	fmt.Println(w.Buffered(), w.Available(), w.Size())
	w.Flush()
	r := bufio.NewReader(strings.NewReader("héllo world\nsecond line\n"))
	c, _ := r.ReadByte()
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	x, n, _ := r.ReadRune()
	x, n, _ = r.ReadRune()
	fmt.Println(c, x, n, r.Buffered())
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	s, err := r.ReadSlice(' ')
	fmt.Printf("%q %v %d\n", s, err, r.Size())
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v %v\n", line, err, r.UnreadByte())
	p, _ := r.Peek(3)
	fmt.Printf("%q %v\n", p, r.UnreadByte())
	w2 := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprint(w2, strings.Repeat("z", 20), "\n")
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), w2)
	l, _ := rw.ReadString('\n')
	rw.WriteString("got " + l)
	rw.Flush()
	r2 := bufio.NewReaderSize(strings.NewReader("abc"), 16)
	r2.WriteTo(os.Stdout)
	fmt.Println()
	r2.Reset(strings.NewReader("again\n"))
	a, _ := r2.ReadString('\n')
	fmt.Print(a)
	sw := &slowWriter{}
	bw := bufio.NewWriterSize(sw, 10)
	bw.WriteString("0123456")
	bw.Write([]byte("789abcdefghij"))
	bw.WriteByte('!')
	bw.WriteRune('é')
	bw.Write([]byte(strings.Repeat("q", 25)))
	bw.Flush()
	fmt.Println(sw.calls, bw.Buffered())
	fw := bufio.NewWriterSize(failWriter{}, 4)
	_, err = fw.WriteString("hello world")
	fmt.Println(err, fw.Flush(), fw.Buffered())
	n64, err := bufio.NewWriter(sw).ReadFrom(strings.NewReader(strings.Repeat("r", 5000)))
	fmt.Println(n64, err, sw.calls)
	same := bufio.NewWriterSize(bw, 5)
	fmt.Println(same == bw, bufio.NewWriterSize(bw, 50) == bw)
	w.Reset(os.Stdout)
	w.WriteString("reset ok\n")
	w.Flush()
	sc := bufio.NewScanner(strings.NewReader("one two"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(bufio.ErrTooLong, bufio.ErrBufferFull, bufio.ErrNegativeCount)
}

// Output:
// b
// 2 4094 4096
// a
// <nil> bufio: invalid use of UnreadByte
// 104 233 2 22
// <nil> bufio: invalid use of UnreadRune
// "éllo " <nil> 4096
// "world\n" <nil> <nil>
// "\nse" bufio: invalid use of UnreadByte
// zzzzzzzzzzzzzzzzzzzz
// got in
// abc
// again
// [10 10 10 18] 0
// disk full disk full 3
// 5000 <nil> [10 10 10 18 4096]
// true false
// reset ok
// one
// two
// bufio.Scanner: token too long bufio: buffer full bufio: negative count
