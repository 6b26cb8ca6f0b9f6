package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func buffers() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!\n"))
	fmt.Fprintf(&b, "%d-%s\n", 42, "x")
	fmt.Fprintln(&b, "line", 3)
	fmt.Printf("%q len=%d\n", b.String(), b.Len())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('#')
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(b.Len(), b.String() == "")
	b.Reset()
	b.WriteString("abcdef")
	fmt.Printf("%s %s\n", b.Next(2), b.Next(10))
	nb := bytes.NewBufferString("héllo")
	r, size, _ := nb.ReadRune()
	r2, size2, _ := nb.ReadRune()
	fmt.Println(string(r), size, string(r2), size2, nb.UnreadRune(), nb.String())
	nb.Truncate(2)
	fmt.Println(nb.String())
	p := make([]byte, 3)
	n, err := nb.Read(p)
	fmt.Println(n, err)
	n, err = nb.Read(p)
	fmt.Println(n, err)
	var w strings.Builder
	src := bytes.NewBuffer([]byte("copy me"))
	m, err := src.WriteTo(&w)
	fmt.Println(m, err, w.String())
	var dst bytes.Buffer
	m, err = dst.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println(m, err, dst.String())
	dst.Grow(100)
	fmt.Println(dst.Cap() >= 100+dst.Len(), bytes.MinRead)
	var z *bytes.Buffer
	fmt.Println(z.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	dst.Truncate(1000)
}

func scanning() {
	var w io.Writer = &bytes.Buffer{}
	io.WriteString(w, "via io")
	fmt.Println(w.(*bytes.Buffer).String())
	data, _ := io.ReadAll(bytes.NewReader([]byte("all of it")))
	fmt.Println(string(data))
}

func readers() {
	r := bytes.NewReader([]byte("0123456789"))
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 4)
	n, _ := r.Read(p)
	fmt.Println(n, string(p[:n]), r.Len())
	pos, err := r.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = r.ReadAt(p, 8)
	fmt.Println(n, string(p[:n]), err)
	_, err = r.Seek(-20, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.ReadAt(p, -1)
	fmt.Println(err)
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadRune())
	r.Reset([]byte("xyz"))
	var sb strings.Builder
	n64, _ := r.WriteTo(&sb)
	fmt.Println(n64, sb.String())
}

func funcs() {
	s := []byte("  Hello, World! Hello!  ")
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'W'))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count(s, nil), bytes.Index(s, []byte("Hello")), bytes.LastIndex(s, []byte("Hello")))
	fmt.Println(bytes.IndexByte(s, 'o'), bytes.LastIndexByte(s, 'o'), bytes.IndexRune(s, 'W'), bytes.IndexAny(s, "dW"), bytes.LastIndexAny(s, "dW"))
	fmt.Println(bytes.IndexFunc(s, unicode.IsPunct), bytes.LastIndexFunc(s, unicode.IsLetter))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q %q %q\n", bytes.Trim(s, " !"), bytes.TrimLeft(s, " H"), bytes.TrimRight(s, "! "))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Fields([]byte("  a b\tc\n d  ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("abc"), nil))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("mixed Case ß")), bytes.ToLower([]byte("MIXED Case")), bytes.ToTitle([]byte("title")))
	fmt.Printf("%s\n", bytes.Title([]byte("hello wide world")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s %s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%s\n", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")))
	fmt.Println(bytes.Runes([]byte("héllo")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%s %q %v\n", before, after, found)
	fmt.Println(bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte("!  ")))
	fmt.Println(bytes.ErrTooLarge, errors.Is(bytes.ErrTooLarge, bytes.ErrTooLarge))
	long := bytes.Repeat([]byte("abcdefghij"), 50)
	long = append(long, "needle-in-haystack"...)
	fmt.Println(bytes.Index(long, []byte("needle-in")), bytes.LastIndex(long, []byte("cdefg")), bytes.Index(long, []byte("zzzz")))
}

func printing() {
	var buf bytes.Buffer
	buf.WriteString("shown")
	fmt.Println(&buf)
	fmt.Printf("%s %v %q\n", &buf, &buf, &buf)
	n, err := io.Copy(&buf, bytes.NewReader([]byte(" more")))
	fmt.Println(n, err, buf.String())
	var w io.Writer = &buf
	_, ok := w.(io.StringWriter)
	var r io.Reader = &buf
	_, ok2 := r.(io.WriterTo)
	fmt.Println(ok, ok2)
	var sc bytes.Buffer
	sc.WriteString("x")
	var shortW limitedWriter
	_, err = sc.WriteTo(&shortW)
	fmt.Println(err, err == io.ErrShortWrite)
}

type limitedWriter struct{}

func (limitedWriter) Write(p []byte) (int, error) { return 0, nil }

func main() {
	printing()
	buffers()
	scanning()
	readers()
	funcs()
}

// Output:
// shown
// shown shown "shown"
// 5 <nil> shown more
// true true
// short write true
// "hello 世!\n42-x\nline 3\n" len=23
// h <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read
// "hello 世!\n" <nil>
// "42-x\nline 3\n" EOF
// 0 true
// ab cdef
// h 1 é 2 <nil> éllo
// é
// 2 <nil>
// 0 EOF
// 7 <nil> copy me
// 13 <nil> from a reader
// true 512
// <nil>
// recovered: bytes.Buffer: truncation out of range
// via io
// all of it
// 10 10
// 4 0123 6
// 8 <nil>
// 2 89 EOF
// bytes.Reader.Seek: negative position
// bytes.Reader.ReadAt: negative offset
// 8 <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune
// 3 xyz
// true true true
// 5 25 2 16
// 6 20 9 9 13
// 7 20
// "Hello, World! Hello!"
// "Hello, World! Hello" "ello, World! Hello!  " "  Hello, World! Hello"
// "body" "a"
// "abc"
// ["a" "b" "c" "d"]
// ["a" "b" "c"]
// ["a" "b" "" "c"]
// ["a" "b,,c"]
// ["a," "b," "c"]
// ["a" "b" "c"]
// x, y, z
// MIXED CASE ß mixed case TITLE
// Hello Wide World
// ababab
// oinky oinky oink moo moo
// -a-b-c-
// BNN
// [104 233 108 108 111]
// true true true
// -1 1 0
// key value true
// novalue "" false
// true true
// bytes.Buffer: too large true
// 500 492 -1
