// An interface with unexported methods (text/template/parse.Node: tree, writeTo) is satisfied
// by its own package's types also when another package (main, text/template) does the
// conversion or assertion: an unexported method name is qualified by its package.
package main

import (
	"fmt"
	"os"
	"text/template"
	"text/template/parse"
)

type local interface{ hidden() string }

type impl struct{}

func (impl) hidden() string { return "main.hidden" }

func main() {
	var l local = impl{}
	fmt.Println(l.hidden())
	trees, err := parse.Parse("t", "{{.X}}{{if .Y}}{{.Y}}{{end}}", "{{", "}}")
	if err != nil {
		panic(err)
	}
	root := trees["t"].Root
	var n parse.Node = root
	fmt.Println(n.Type() == parse.NodeList, n.String())
	for _, c := range root.Nodes {
		var m parse.Node = c
		_, isIf := m.(*parse.IfNode)
		fmt.Println(m.Type(), isIf, m.String())
	}
	var anyv interface{} = root
	if nn, ok := anyv.(parse.Node); ok {
		fmt.Println("assert ok:", nn.Copy().String())
	}
	var notNode interface{} = impl{}
	_, ok := notNode.(parse.Node)
	fmt.Println("impl is a Node:", ok)
	t := template.Must(template.New("x").Parse("{{.X}}-{{if .Y}}{{.Y}}{{end}}\n"))
	t.Execute(os.Stdout, map[string]int{"X": 1, "Y": 2})
}

// Output:
// main.hidden
// true {{.X}}{{if .Y}}{{.Y}}{{end}}
// 1 false {{.X}}
// 10 true {{if .Y}}{{.Y}}{{end}}
// assert ok: {{.X}}{{if .Y}}{{.Y}}{{end}}
// impl is a Node: false
// 1-2
