// log.Logger: New over any io.Writer (stdout, a bytes.Buffer), prefixes before the header or
// the message (Lmsgprefix), SetOutput of the standard logger, Output, Writer, Panicf's value,
// and the header's shape (date and time digits).
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"regexp"
	"strings"
)

func main() {
	l := log.New(os.Stdout, "app: ", 0)
	l.Println("hello", 42)
	l.Printf("n=%d", 7)
	l.SetPrefix("[x] ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("after")
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix, l.Writer() == os.Stdout)

	var buf bytes.Buffer
	bl := log.New(&buf, "buf:", log.LstdFlags|log.Lmicroseconds)
	bl.Println("one")
	bl.Output(1, "two\n")
	hdr := regexp.MustCompile(`^buf:\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6} (one|two)$`)
	for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		fmt.Println(hdr.MatchString(line), strings.HasSuffix(line, "one") || strings.HasSuffix(line, "two"))
	}

	var sb strings.Builder
	log.SetOutput(&sb)
	log.SetFlags(0)
	log.Print("to the builder")
	log.Default().Println("via Default")
	fmt.Print(sb.String())
	fmt.Println(log.Writer() == &sb)

	defer func() {
		fmt.Printf("recovered %q; logged %q\n", recover(), sb.String()[len("to the builder\nvia Default\n"):])
	}()
	log.Panicf("bad %d", 3)
}

// Output:
// app: hello 42
// app: n=7
// [x] after
// [x]  true true
// true true
// true true
// to the builder
// via Default
// true
// recovered "bad 3"; logged "bad 3\n"
