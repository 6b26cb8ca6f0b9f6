// reflect.Value.Recv and template range over channels of every slot kind: interfaces (incl. nil), pointers, complex, funcs, arrays (copied), with a GC between receives.
package main

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"text/template"
)

type T struct{ A []int }

func main() {
	ca := make(chan any, 3)
	ca <- 1
	ca <- "two"
	ca <- nil
	close(ca)
	cp := make(chan *T, 2)
	cp <- &T{[]int{1, 2}}
	cp <- nil
	close(cp)
	cc := make(chan complex128, 1)
	cc <- 1 + 2i
	close(cc)
	cf := make(chan func() string, 1)
	cf <- func() string { return "called" }
	close(cf)
	t := template.Must(template.New("x").Parse(`{{range .A}}[{{.}}]{{end}} {{range .P}}<{{if .}}{{.A}}{{else}}nil{{end}}>{{end}} {{range .C}}{{.}}{{end}} {{range .F}}{{call .}}{{end}}` + "\n"))
	fmt.Println(t.Execute(os.Stdout, map[string]any{"A": ca, "P": cp, "C": cc, "F": cf}))
	c := make(chan [3]string, 4)
	for i := 0; i < 4; i++ {
		c <- [3]string{fmt.Sprint(i), "x", "y"}
	}
	close(c)
	v := reflect.ValueOf(c)
	for {
		runtime.GC()
		x, ok := v.Recv()
		if !ok {
			fmt.Println(x, ok)
			break
		}
		fmt.Println(x.Index(0), x.Len(), x.Kind())
	}
}

// Output:
// [1][two][<no value>] <[1 2]><nil> (1+2i) called
// <nil>
// 0 3 array
// 1 3 array
// 2 3 array
// 3 3 array
// [  ] false
