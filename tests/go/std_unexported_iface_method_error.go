// Unexported interface methods are qualified by their package: main's writeTo and tree are
// not parse.Node's, so a main type can never implement text/template/parse.Node.
package main

import (
	"strings"
	"text/template/parse"
)

type fake struct{ parse.NodeType }

func (fake) String() string           { return "" }
func (fake) Copy() parse.Node         { return nil }
func (fake) Position() parse.Pos      { return 0 }
func (fake) tree() *parse.Tree        { return nil }
func (fake) writeTo(*strings.Builder) {}

func main() {
	var n parse.Node = fake{}
	_ = n
}

// Stderr:
// std_unexported_iface_method_error.go:19:21: cannot use fake{} (value of struct type fake) as parse.Node value in variable declaration: fake does not implement parse.Node (missing method tree)
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
