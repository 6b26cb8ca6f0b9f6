// text/template: fields, methods (pointer receivers, args, (T, error)), maps in key order, variables, pipelines, control structures, trim markers, builtins, Funcs, Clone, Delims, Option, and Go's parse and execution error texts.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

func (i Item) Total() float64         { return i.Price * float64(i.Qty) }
func (i *Item) Label(p string) string { return p + ":" + i.Name }
func (i Item) Check(n int) (bool, error) {
	if n < 0 {
		return false, errors.New("negative")
	}
	return n < i.Qty, nil
}

type Order struct {
	ID    int
	Items []*Item
	Notes map[string]string
	Owner *Person
	priv  int
}

type Person struct{ First, Last string }

func (p Person) String() string { return p.First + " " + p.Last }

func run(name, text string, data any) {
	t, err := template.New(name).Funcs(template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"join":  strings.Join,
		"fail":  func() (string, error) { return "", errors.New("boom") },
	}).Parse(text)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	fmt.Printf("%s => %q\n", name, sb.String())
	if err != nil {
		fmt.Println("exec error:", err)
	}
}

func main() {
	o := Order{ID: 7, Items: []*Item{{"apple", 0.5, 4, []string{"fruit", "red"}}, {"pear", 1.25, 2, nil}},
		Notes: map[string]string{"b": "second", "a": "first", "c": "third"}, Owner: &Person{"Ann", "Lee"}}
	run("fields", "Order {{.ID}} for {{.Owner}} ({{.Owner.First}})", o)
	run("range", "{{range $i, $it := .Items}}{{if $i}}, {{end}}{{$i}}={{$it.Name}}x{{.Qty}}{{end}}", o)
	run("methods", "{{range .Items}}{{.Total}} {{.Label \"item\"}} {{.Check 3}}|{{end}}", o)
	run("mapsorted", "{{range $k, $v := .Notes}}{{$k}}:{{$v}} {{end}}", o)
	run("mapkey", "{{.Notes.b}} {{index .Notes \"c\"}} [{{.Notes.zz}}]", o)
	run("else", "{{range .Items}}{{.Tags}}{{else}}none{{end}} {{with .Owner}}{{.Last}}{{else}}nobody{{end}}", o)
	run("elseif", "{{if eq .ID 1}}one{{else if eq .ID 7}}seven{{else}}other{{end}}", o)
	run("pipes", "{{.Owner.First | upper | printf \"%q\"}} {{add 2 3 | add 10}} {{\"x\" | len}}", o)
	run("vars", "{{$x := 1}}{{$x}}{{$x = 5}}{{$x}} {{$.ID}}", o)
	run("trim", "a  {{- 1 -}}  b {{- /* comment */ -}} c", nil)
	run("builtins", "{{and 1 0 2}} {{or 0 \"\" 3}} {{not true}} {{len .Items}} {{index .Items 1 | printf \"%v\"}} {{slice \"hello\" 1 3}}", o)
	run("print", "{{print 1 2 \"a\" \"b\" 3}}|{{println \"x\" 2}}|{{printf \"%05.1f-%s\" 3.14159 \"s\"}}", nil)
	run("cmp", "{{lt 1 2}} {{le 2 2}} {{gt 3 2.0}} {{ge \"b\" \"a\"}} {{ne 1 2}} {{eq 3 1 2 3}} {{eq .ID 7}}", o)
	run("escape", "{{html \"<a href='x'>&\\\"\"}} {{js \"it's <b>\"}} {{urlquery \"a b&c=d\"}}", nil)
	run("breakcont", "{{range .}}{{if eq . 3}}{{continue}}{{end}}{{if eq . 5}}{{break}}{{end}}{{.}}{{end}}", []int{1, 2, 3, 4, 5, 6})
	run("define", "{{define \"T\"}}<{{.}}>{{end}}{{template \"T\" \"a\"}}{{template \"T\" .ID}}{{block \"B\" .}}blk{{.ID}}{{end}}", o)
	run("call", "{{call .F 3 4}}", map[string]any{"F": func(a, b int) int { return a * b }})
	run("join", "{{join .Items.x \",\"}}", map[string]any{"Items": map[string][]string{"x": {"a", "b"}}})
	run("nil", "{{.Missing}} {{.Owner}}", map[string]any{"Owner": nil})
	run("chain", "{{(index .Items 0).Name}} {{(.Owner).Last}}", o)
	run("numbers", "{{1e3}} {{0x1F}} {{'a'}} {{-5}} {{1.5}} {{printf \"%T\" 2.0}}", nil)
	// execution errors
	run("e1", "{{.Foo}}", o)
	run("e2", "x {{.priv}}", o)
	run("e3", "{{.Owner.Nope}}", o)
	run("e4", "{{index .Items 5}}", o)
	run("e5", "{{fail}}", nil)
	run("e6", "{{template \"nope\"}}", nil)
	run("e7", "{{.Check -1}}", Item{Qty: 2})
	run("e8", "{{len 3}}", nil)
	run("e9", "{{lt 1 \"a\"}}", nil)
	run("e10", "{{add 1}}", nil)
	run("e11", "{{.ID.X}}", o)
	run("e12", "{{range 3.5}}{{end}}", nil)
	run("e13", "{{nil}}", nil)
	run("e14", "{{.Name 1}}", Item{})
	var np *Person
	run("e15", "{{.First}}", np)
	// parse errors
	run("p1", "{{.Foo}", nil)
	run("p2", "{{if .X}}", nil)
	run("p3", "{{end}}", nil)
	run("p4", "{{nofunc 1}}", nil)
	run("p5", "{{$y}}", nil)
	run("p6", "line1\n{{range}}", nil)
	run("p7", "{{\"unterminated}}", nil)
	run("p8", "{{break}}", nil)
	run("p9", "{{.X | 3}}", nil)
	run("p10", "{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}", nil)
	run("p11", "{{else}}", nil)
	run("p12", "{{(1}}", nil)
	run("p13", "{{.X)}}", nil)
	run("p14", "{{with $x, $y := .}}{{end}}", nil)
	run("p15", "{{3x}}", nil)
	run("p16", "{{/* unclosed", nil)
	run("p17", "{{template .X}}", nil)
	// Templates API
	t := template.Must(template.New("root").Parse(`{{define "a"}}A{{.}}{{end}}{{define "b"}}B{{template "a" .}}{{end}}root`))
	for _, x := range t.Templates() {
		_ = x
	}
	fmt.Println(len(t.Templates()), t.Lookup("a") != nil, t.Lookup("zz") == nil, t.Name())
	t.ExecuteTemplate(os.Stdout, "b", 1)
	fmt.Println()
	err := t.ExecuteTemplate(os.Stdout, "zz", 1)
	fmt.Println(err)
	c, _ := t.Clone()
	template.Must(c.Parse(`{{define "a"}}CLONED{{end}}`))
	c.ExecuteTemplate(os.Stdout, "b", 2)
	t.ExecuteTemplate(os.Stdout, "b", 2)
	fmt.Println()
	d := template.Must(template.New("d").Delims("<<", ">>").Parse("<<.>> {{.}}\n"))
	d.Execute(os.Stdout, 42)
	m := map[string]int{"a": 1}
	for _, opt := range []string{"missingkey=default", "missingkey=zero", "missingkey=error"} {
		tt := template.Must(template.New("m").Option(opt).Parse("{{.a}} {{.b}}"))
		err := tt.Execute(os.Stdout, m)
		fmt.Println(" |", err)
	}
	e := template.New("empty")
	fmt.Println(e.Execute(os.Stdout, nil))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.Must(template.New("bad").Parse("{{if}}"))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("x").Option("bogus")
	}()
	fmt.Println(template.HTMLEscapeString("<x&y>"), template.JSEscapeString("a'b"))
}

// Output:
// fields => "Order 7 for Ann Lee (Ann)"
// range => "0=applex4, 1=pearx2"
// methods => "2 item:apple true|2.5 item:pear false|"
// mapsorted => "a:first b:second c:third "
// mapkey => "second third [<no value>]"
// else => "[fruit red][] Lee"
// elseif => "seven"
// pipes => "\"ANN\" 15 1"
// vars => "15 7"
// trim => "a1bc"
// builtins => "0 3 false 2 &{pear 1.25 2 []} el"
// print => "1 2ab3|x 2\n|003.1-s"
// cmp => "true true "
// exec error: template: cmp:1:24: executing "cmp" at <gt 3 2.0>: error calling gt: incompatible types for comparison
// escape => "&lt;a href=&#39;x&#39;&gt;&amp;&#34; it\\'s \\u003Cb\\u003E a+b%26c%3Dd"
// breakcont => "124"
// define => "<a><7>blk7"
// call => "12"
// join => "a,b"
// nil => "<no value> <no value>"
// chain => "apple Lee"
// numbers => "1000 31 97 -5 1.5 float64"
// e1 => ""
// exec error: template: e1:1:2: executing "e1" at <.Foo>: can't evaluate field Foo in type main.Order
// e2 => "x "
// exec error: template: e2:1:4: executing "e2" at <.priv>: priv is an unexported field of struct type main.Order
// e3 => ""
// exec error: template: e3:1:8: executing "e3" at <.Owner.Nope>: can't evaluate field Nope in type *main.Person
// e4 => ""
// exec error: template: e4:1:2: executing "e4" at <index .Items 5>: error calling index: index out of range: 5
// e5 => ""
// exec error: template: e5:1:2: executing "e5" at <fail>: error calling fail: boom
// e6 => ""
// exec error: template: e6:1:11: executing "e6" at <{{template "nope"}}>: template "nope" not defined
// e7 => ""
// exec error: template: e7:1:2: executing "e7" at <.Check>: error calling Check: negative
// e8 => ""
// exec error: template: e8:1:2: executing "e8" at <len 3>: error calling len: len of type int
// e9 => ""
// exec error: template: e9:1:2: executing "e9" at <lt 1 "a">: error calling lt: incompatible types for comparison
// e10 => ""
// exec error: template: e10:1:2: executing "e10" at <add>: wrong number of args for add: want 2 got 1
// e11 => ""
// exec error: template: e11:1:5: executing "e11" at <.ID.X>: can't evaluate field X in type int
// e12 => ""
// exec error: template: e12:1:8: executing "e12" at <3.5>: range can't iterate over 3.5
// e13 => ""
// exec error: template: e13:1:2: executing "e13" at <nil>: nil is not a command
// e14 => ""
// exec error: template: e14:1:2: executing "e14" at <.Name>: Name has arguments but cannot be invoked as function
// e15 => ""
// exec error: template: e15:1:2: executing "e15" at <.First>: nil pointer evaluating *main.Person.First
// parse error: template: p1:1: bad character U+007D '}'
// parse error: template: p2:1: unexpected EOF
// parse error: template: p3:1: unexpected {{end}}
// parse error: template: p4:1: function "nofunc" not defined
// parse error: template: p5:1: undefined variable "$y"
// parse error: template: p6:2: missing value for range
// parse error: template: p7:1: unterminated quoted string
// parse error: template: p8:1: {{break}} outside {{range}}
// parse error: template: p9:1: non executable command in pipeline stage 2
// parse error: template: p10:1: template: multiple definition of template "a"
// parse error: template: p11:1: unexpected {{else}}
// parse error: template: p12:1: unclosed left paren
// parse error: template: p13:1: unexpected ")" in command
// parse error: template: p14:1: too many declarations in with
// parse error: template: p15:1: bad number syntax: "3x"
// parse error: template: p16:1: unclosed comment
// parse error: template: p17:1: unexpected ".X" in template clause
// 3 true true root
// BA1
// template: no template "zz" associated with template "root"
// BCLONEDBA2
// 42 {{.}}
// 1 <no value> | <nil>
// 1 0 | <nil>
// 1  | template: m:1:9: executing "m" at <.b>: map has no entry for key "b"
// template: empty: "empty" is an incomplete or empty template
// recovered: template: bad:1: missing value for if
// recovered: unrecognized option: bogus
// &lt;x&amp;y&gt; a\'b
