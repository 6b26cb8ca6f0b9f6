// text/template: malformed and odd templates (lexer and parser corners, nil arguments to builtins, complex constants) end in Go's error values, never an engine fault.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

func main() {
	bad := []string{"{{", "}}", "{{{", "{{-}}", "{{- -}}", "{{/**/}}", "{{/*", "{{ .A.B.C.D.E.F.G }}", "{{((((.))))}}", "{{(}}", "{{)}}",
		"{{$}}", "{{$.}}", "{{.. }}", "{{'\\''}}", "{{'\\x'}}", "{{1e999}}", "{{0x}}", "{{-}}", "{{+}}", "{{.}}{{", "\x00{{\xff}}", "{{define \"x\"}}", "{{block}}",
		"{{template \"x\" | }}", "{{if else}}", "{{else if}}", "{{with $x := 1}}{{$x}}{{else}}{{$x}}{{end}}", "{{9223372036854775808}}", "{{1+2i}}", "{{.A | .B | .C}}", "{{nil | print}}", "{{print nil}}", "{{index nil 1}}", "{{slice nil}}", "{{len nil}}", "{{call nil}}", "{{and}}", "{{or}}", "{{not}}", "{{eq}}"}
	for _, s := range bad {
		tt, err := template.New("b").Parse(s)
		if err != nil {
			fmt.Printf("%q: %v\n", s, err)
			continue
		}
		var sb strings.Builder
		err = tt.Execute(&sb, map[string]any{"A": nil})
		fmt.Printf("%q: %q %v\n", s, sb.String(), err)
	}
	template.Must(template.New("ok").Parse("done\n")).Execute(os.Stdout, nil)
}

// Output:
// "{{": template: b:1: unclosed action
// "}}": "}}" <nil>
// "{{{": template: b:1: unexpected "{" in command
// "{{-}}": template: b:1: illegal number syntax: "-"
// "{{- -}}": template: b:1: illegal number syntax: "-"
// "{{/**/}}": "" <nil>
// "{{/*": template: b:1: unclosed comment
// "{{ .A.B.C.D.E.F.G }}": "" template: b:1:5: executing "b" at <.A.B.C.D.E.F.G>: nil pointer evaluating interface {}.B
// "{{((((.))))}}": "map[A:<nil>]" <nil>
// "{{(}}": template: b:1: unclosed left paren
// "{{)}}": template: b:1: unexpected ")" in command
// "{{$}}": "map[A:<nil>]" <nil>
// "{{$.}}": template: b:1: unexpected <.> in operand
// "{{.. }}": template: b:1: unexpected <.> in operand
// "{{'\\''}}": "39" <nil>
// "{{'\\x'}}": template: b:1: invalid syntax
// "{{1e999}}": template: b:1: illegal number syntax: "1e999"
// "{{0x}}": template: b:1: illegal number syntax: "0x"
// "{{-}}": template: b:1: illegal number syntax: "-"
// "{{+}}": template: b:1: illegal number syntax: "+"
// "{{.}}{{": template: b:1: unclosed action
// "\x00{{\xff}}": template: b:1: unrecognized character in action: U+FFFD '�'
// "{{define \"x\"}}": template: b:1: unexpected EOF
// "{{block}}": template: b:1: unexpected "}}" in block clause
// "{{template \"x\" | }}": template: b:1: unexpected "|" in template clause
// "{{if else}}": template: b:1: unexpected <else> in if
// "{{else if}}": template: b:1: unexpected {{else}}
// "{{with $x := 1}}{{$x}}{{else}}{{$x}}{{end}}": "1" <nil>
// "{{9223372036854775808}}": "" template: b:1:2: executing "b" at <9223372036854775808>: 9223372036854775808 overflows int
// "{{1+2i}}": "(1+2i)" <nil>
// "{{.A | .B | .C}}": "" template: b:1:7: executing "b" at <.B>: B is not a method but has arguments
// "{{nil | print}}": "" template: b:1:2: executing "b" at <nil>: nil is not a command
// "{{print nil}}": "<nil>" <nil>
// "{{index nil 1}}": "" template: b:1:2: executing "b" at <index nil 1>: error calling index: index of untyped nil
// "{{slice nil}}": "" template: b:1:2: executing "b" at <slice nil>: error calling slice: slice of untyped nil
// "{{len nil}}": "" template: b:1:2: executing "b" at <len nil>: error calling len: reflect: call of reflect.Value.Type on zero Value
// "{{call nil}}": "" template: b:1:2: executing "b" at <call nil>: error calling call: call of nil
// "{{and}}": "" template: b:1:2: executing "b" at <and>: wrong number of args for and: want at least 1 got 0
// "{{or}}": "" template: b:1:2: executing "b" at <or>: wrong number of args for or: want at least 1 got 0
// "{{not}}": "" template: b:1:2: executing "b" at <not>: wrong number of args for not: want 1 got 0
// "{{eq}}": "" template: b:1:2: executing "b" at <eq>: wrong number of args for eq: want at least 1 got 0
// done
