// text/template: range over an integer (Go 1.22's text/template; written from its documentation). Two variables over an int are an execution error.
// go: skip range over an int in templates is Go 1.22 (the oracle is Go 1.19)
package main

import (
	"os"
	"text/template"
)

type N struct{ Count int }

func main() {
	t := template.Must(template.New("r").Parse("{{range 3}}{{.}} {{end}}|{{range $i := .Count}}[{{$i}}]{{else}}none{{end}}|{{range 0}}x{{else}}empty{{end}}\n"))
	t.Execute(os.Stdout, N{Count: 2})
	t.Execute(os.Stdout, N{})
	err := template.Must(template.New("two").Parse("{{range $i, $j := 3}}{{end}}")).Execute(os.Stdout, nil)
	os.Stdout.WriteString(err.Error() + "\n")
}

// Output:
// 0 1 2 |[0][1]|empty
// 0 1 2 |none|empty
// template: two:1:18: executing "two" at <3>: can't use 3 to iterate over more than one variable
