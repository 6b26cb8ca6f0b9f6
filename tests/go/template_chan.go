// text/template: range over channels (buffered, unbuffered fed by a goroutine, struct elements, closed empty with else, break), and reflect.Value.Recv that it is built on.
package main

import (
	"fmt"
	"os"
	"reflect"
	"text/template"
)

type P struct{ X, Y int }

func main() {
	ci := make(chan int, 5)
	for i := 1; i <= 4; i++ {
		ci <- i * 10
	}
	close(ci)
	cs := make(chan string)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			cs <- s
		}
		close(cs)
	}()
	cp := make(chan P, 2)
	cp <- P{1, 2}
	cp <- P{3, 4}
	close(cp)
	empty := make(chan float64)
	close(empty)
	cb := make(chan int, 3)
	cb <- 1
	cb <- 2
	close(cb)
	t := template.Must(template.New("c").Parse(`{{range $i, $v := .I}}{{$i}}:{{$v}} {{end}}|{{range .S}}{{.}}{{end}}|{{range .P}}({{.X}},{{.Y}}){{end}}|{{range .E}}x{{else}}none{{end}}|{{range .B}}{{break}}{{else}}else{{end}}` + "\n"))
	err := t.Execute(os.Stdout, map[string]any{"I": ci, "S": cs, "P": cp, "E": empty, "B": cb})
	fmt.Println(err)
	var so chan<- int = make(chan int)
	err = template.Must(template.New("so").Parse(`{{range .}}{{end}}`)).Execute(os.Stdout, so)
	fmt.Println(err != nil)

	// reflect.Value.Recv directly.
	c := make(chan []string, 1)
	c <- []string{"x", "y"}
	close(c)
	v := reflect.ValueOf(c)
	x, ok := v.Recv()
	fmt.Println(x, ok, x.Len())
	x, ok = v.Recv()
	fmt.Println(x.IsNil(), ok, x.Kind())
}

// Output:
// 0:10 1:20 2:30 3:40 |abc|(1,2)(3,4)|none|
// <nil>
// true
// [x y] true 2
// true false slice
