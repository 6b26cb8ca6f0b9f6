// Interface embedding and struct embedding of interfaces/pointers: a ReadWriter built from
// two interfaces, a struct embedding an interface to override one method (decorator), a
// struct embedding a *pointer type, method values bound at evaluation time (value receivers
// copy), and defer argument evaluation time.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type Upper struct {
	ReadWriter
}

func (u Upper) Read() string { return strings.ToUpper(u.ReadWriter.Read()) }

type Logger struct {
	prefix string
	lines  *[]string
}

func (l *Logger) Log(s string) { *l.lines = append(*l.lines, l.prefix+s) }

type Service struct {
	*Logger
	Name string
}

type Temp struct{ deg int }

func (t Temp) Show() string   { return fmt.Sprint(t.deg, "°") }
func (t *Temp) Warm()         { t.deg += 10 }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("hello")
	rw.Write("world")
	u := Upper{rw}
	fmt.Println(u.Read(), rw.Read())
	u.Write("again")
	fmt.Println(u.Read())
	var r Reader = u
	_, isWriter := r.(Writer)
	fmt.Println(isWriter, r.Read() == "")

	var lines []string
	s := Service{&Logger{"[svc] ", &lines}, "api"}
	s.Log("start")
	s.Logger.Log("direct")
	logf := s.Log
	logf("via method value")
	fmt.Println(strings.Join(lines, "|"))

	t := Temp{20}
	show := t.Show
	warm := t.Warm
	warm()
	warm()
	fmt.Println(show(), t.Show())

	x := 1
	defer fmt.Println("deferred sees x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	fns := map[string]func() string{"a": t.Show}
	t.deg = 0
	fmt.Println(fns["a"](), Temp.Show(t), (*Temp).Show(&t))
}

// Output:
// HELLO world
// AGAIN
// true true
// [svc] start|[svc] direct|[svc] via method value
// 20° 40°
// 40° 0° 0°
// closure sees x = 2
// deferred sees x = 1
