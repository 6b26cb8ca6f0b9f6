// At run time too an unexported method is qualified by its package: a main type with methods
// named like parse.Node's unexported tree and writeTo does not satisfy parse.Node, while a
// main struct embedding a parse.Node (its methods promoted) does.
package main

import (
	"fmt"
	"strings"
	"text/template/parse"
)

type fake struct{ parse.NodeType }

func (fake) String() string           { return "fake" }
func (fake) Copy() parse.Node         { return nil }
func (fake) Position() parse.Pos      { return 0 }
func (fake) tree() *parse.Tree        { return nil }
func (fake) writeTo(*strings.Builder) {}

type wrapped struct{ parse.Node }

type local interface{ tree() *parse.Tree }

func main() {
	var a interface{} = fake{}
	_, ok := a.(parse.Node)
	fmt.Println("fake is a parse.Node:", ok)
	_, ok = a.(local)
	fmt.Println("fake is a main.local:", ok)
	trees, _ := parse.Parse("t", "{{.X}}", "{{", "}}")
	var b interface{} = wrapped{trees["t"].Root}
	n, ok := b.(parse.Node)
	fmt.Println("wrapped is a parse.Node:", ok, n.String())
	_, ok = b.(local)
	fmt.Println("wrapped is a main.local:", ok)
	defer func() { fmt.Println(recover()) }()
	_ = a.(parse.Node)
}

// Output:
// fake is a parse.Node: false
// fake is a main.local: true
// wrapped is a parse.Node: true {{.X}}
// wrapped is a main.local: false
// interface conversion: main.fake is not parse.Node: missing method tree
