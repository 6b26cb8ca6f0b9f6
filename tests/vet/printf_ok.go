// printf: well-formed calls that vet must not report.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type point struct{ X, Y int }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type fancy struct{ n int }

func (f fancy) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "fancy(%d)", f.n) }

func main() {
	name, n, ok, pi := "gopher", 3, true, 3.14
	var iface interface{} = "anything"
	var err error = errors.New("boom")
	var b strings.Builder
	fmt.Printf("%s %d %t %f %v\n", name, n, ok, pi, iface)
	fmt.Printf("%5.2f|%-8s|%08d|%+d|%x|%X|%o|%b\n", pi, name, n, n, name, n, n, n)
	fmt.Printf("%q %q %c %U\n", name, 'x', 'y', 'z')
	fmt.Printf("%v %+v %#v %T\n", point{1, 2}, point{1, 2}, point{1, 2}, point{})
	fmt.Printf("%d %v\n", point{1, 2}, &point{3, 4})
	fmt.Printf("%s %v %d\n", celsius(21.5), celsius(3), 3)
	fmt.Printf("%s %v\n", err, err)
	fmt.Printf("%p %p\n", &n, []int{1})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, n, 4, n, 2, pi)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%x\n", []byte{1, 2})
	fmt.Printf("%d\n", []int{1, 2})
	fmt.Printf("%d %s\n", fancy{1}, fancy{2})
	fmt.Printf("%v\n", map[string]int{"a": 1})
	fmt.Printf("no args\n")
	args := []interface{}{1, 2}
	fmt.Printf("%d %d\n", args...)
	fmt.Fprintf(os.Stdout, "%s=%d\n", name, n)
	fmt.Fprintf(&b, "%d", n)
	fmt.Println(b.String(), "100%")
	e := fmt.Errorf("wrap: %w", err)
	fmt.Println(e, fmt.Sprint("a", 1), fmt.Sprintln("x"))
	format := "%d\n"
	fmt.Printf(format, "not checked: format is not a constant")
	fmt.Println("x % y")
	fmt.Print("50%\n")
}
