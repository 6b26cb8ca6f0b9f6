// io as a Go-written package (Go 1.19's io.go, multi.go, pipe.go): ReadAtLeast, ReadFull,
// LimitReader, TeeReader, MultiReader/Writer, SectionReader, Pipe between goroutines, CopyN,
// Discard, NopCloser, and the shared error values (err == io.EOF from natives and Go code).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("some io.Reader stream to be read\n")
	buf := make([]byte, 4)
	n, err := io.ReadAtLeast(r, buf, 2)
	fmt.Println(n, err, string(buf))
	_, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF), err == io.ErrUnexpectedEOF)
	_, err = io.ReadAtLeast(r, buf, 10)
	fmt.Println(err == io.ErrShortBuffer)
	lr := io.LimitReader(strings.NewReader("hello world"), 5)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	var sb strings.Builder
	tee := io.TeeReader(strings.NewReader("tee"), &sb)
	io.ReadAll(tee)
	fmt.Println(sb.String())
	mr := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"), strings.NewReader("c"))
	var bb bytes.Buffer
	mw := io.MultiWriter(&bb, os.Stdout)
	n64, err := io.Copy(mw, mr)
	fmt.Println("", n64, err, bb.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("through the pipe")) // (fmt.Fprint to a pipe: a native calling a blocking Write is not supported yet)
		pw.Close()
	}()
	b, err = io.ReadAll(pr)
	fmt.Println(string(b), err)
	n64, err = io.CopyN(io.Discard, strings.NewReader("12345"), 10)
	fmt.Println(n64, err == io.EOF, err)
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	_, err = strings.NewReader("").Read(buf)
	fmt.Println(err == io.EOF)
}

// Output:
// 4 <nil> some
// unexpected EOF true true
// true
// hello
// tee
// abc 3 <nil> abc
// 23456 5
// through the pipe <nil>
// 5 true EOF
// <nil>
// true
