// text/template: ParseFiles/ParseGlob over the in-memory file system, block overridden in a Clone, pointer-receiver methods (addressable vs not), variadic methods, call, comparisons across int kinds, whitespace trimming, nested range, more execution and parse errors, Funcs panics.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Counter struct{ N int }

func (c *Counter) Inc() int                            { c.N++; return c.N }
func (c Counter) Double() int                          { return c.N * 2 }
func (c *Counter) Add(a, b int) int                    { return c.N + a + b }
func (c Counter) Join(sep string, xs ...string) string { return strings.Join(xs, sep) }

type Page struct {
	Title  string
	C      Counter
	CP     *Counter
	Fn     func(string) string
	Any    any
	Err    error
	U      uint8
	F      float64
	M      map[int]string
	Nested map[string]map[string]int
}

type Stringy int

func (s Stringy) String() string { return fmt.Sprintf("S<%d>", int(s)) }

func show(t *template.Template, data any) {
	var b bytes.Buffer
	err := t.Execute(&b, data)
	fmt.Printf("%q", b.String())
	if err != nil {
		fmt.Printf(" err=%v", err)
	}
	fmt.Println()
}

func main() {
	dir, err := os.MkdirTemp("", "tpltest")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	os.MkdirAll("tpl", 0o755)
	os.WriteFile("tpl/base.tmpl", []byte(`{{define "base"}}<{{block "title" .}}Default{{end}}>{{template "body" .}}{{end}}`), 0o644)
	os.WriteFile("tpl/page.tmpl", []byte(`{{define "body"}}body of {{.Title}}{{end}}`), 0o644)
	os.WriteFile("tpl/over.tmpl", []byte(`{{define "title"}}T:{{.Title}}{{end}}`), 0o644)

	base, err := template.ParseFiles("tpl/base.tmpl", "tpl/page.tmpl")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(base.Name(), base.DefinedTemplates() != "")
	var b bytes.Buffer
	base.ExecuteTemplate(&b, "base", Page{Title: "Home"})
	fmt.Println(b.String())
	over := template.Must(template.Must(base.Clone()).ParseFiles("tpl/over.tmpl"))
	b.Reset()
	over.ExecuteTemplate(&b, "base", Page{Title: "Home"})
	fmt.Println(b.String())
	b.Reset()
	base.ExecuteTemplate(&b, "base", Page{Title: "Again"})
	fmt.Println(b.String())

	g, err := template.ParseGlob("tpl/*.tmpl")
	fmt.Println(err, len(g.Templates()), g.Name())
	_, err = template.ParseGlob("nothing/*.x")
	fmt.Println(err)
	_, err = template.ParseFiles("tpl/missing.tmpl")
	fmt.Println(err)
	_, err = template.ParseFiles()
	fmt.Println(err)

	// Pointer-receiver methods: reachable through pointers and addressable values.
	p := &Page{Title: "t", C: Counter{1}, CP: &Counter{10}, Fn: strings.ToUpper, Any: Stringy(3),
		Err: errors.New("oops"), U: 7, F: 2.5, M: map[int]string{2: "two", 1: "one"},
		Nested: map[string]map[string]int{"a": {"x": 1}}}
	show(template.Must(template.New("m").Parse(`{{.C.Inc}} {{.C.Inc}} {{.C.Double}} {{.CP.Inc}} {{.CP.Add 1 2}} {{.C.Join "-" "a" "b" "c"}}`)), p)
	show(template.Must(template.New("v").Parse(`{{.C.Double}} {{.C.Inc}}`)), *p)
	show(template.Must(template.New("call").Parse(`{{call .Fn "shout"}} {{.Any}} {{.Err}} {{.U}} {{.F}} {{index .M 2}} {{range $k, $v := .M}}{{$k}}={{$v}};{{end}} {{.Nested.a.x}} {{index .Nested "a" "x"}}`)), p)
	show(template.Must(template.New("cmp").Parse(`{{eq .U 7}} {{lt .U 8}} {{eq .F 2.5}} {{lt 1 .F}} {{eq "a" "a" "b"}} {{eq .Any .Any}} {{ne .Title ""}}`)), p)
	show(template.Must(template.New("lenstr").Parse(`{{len .Title}} {{len .M}} {{slice .Title 0 1}} {{index "abc" 1}} {{printf "%v|%d|%s" .C 5 .Title}}`)), p)
	show(template.Must(template.New("with").Parse(`{{with $x := .Title}}[{{$x}}{{.}}]{{end}}{{with .Any}}{{.}}{{end}}{{with .Err}}{{.Error}}{{end}}`)), p)
	show(template.Must(template.New("ws").Parse("a\n  {{- range .}}\n    {{.}}\n  {{- end}}\nb")), []int{1, 2})
	show(template.Must(template.New("nested").Parse(`{{range $i, $r := .}}{{range $j, $c := $r}}{{if $j}},{{end}}{{$i}}{{$c}}{{end}};{{end}}`)), [][]string{{"a", "b"}, {"c"}})
	show(template.Must(template.New("emptyrange").Parse(`{{range .}}x{{else}}empty{{end}}`)), map[string]int{})
	show(template.Must(template.New("parens").Parse(`{{printf "%d" (len (index . 0))}} {{(index . 1) | len}}`)), []string{"abc", "de"})
	show(template.Must(template.New("notand").Parse(`{{if and .A (not .B)}}yes{{end}} {{or .B .A}} {{and .A .B}}`)), map[string]bool{"A": true, "B": false})
	// More errors.
	show(template.Must(template.New("ecall").Parse(`{{call .Fn 1}}`)), p)
	show(template.Must(template.New("eidx").Parse(`{{index .M "x"}}`)), p)
	show(template.Must(template.New("enilmap").Parse(`{{.CP.N}} {{.Nope.X}}`)), &Page{})
	show(template.Must(template.New("eeq").Parse(`{{eq .M .M}}`)), p)
	show(template.Must(template.New("eslice").Parse(`{{slice .Title 3 1}}`)), p)
	show(template.Must(template.New("eargs").Parse(`{{.CP.Add 1 "x"}}`)), p)
	show(template.Must(template.New("efunc").Parse("line one\n{{.Fn}}")), p)
	show(template.Must(template.New("epanic").Funcs(template.FuncMap{"boom": func() string { panic("kaboom") }}).Parse(`a{{boom}}b`)), nil)
	show(template.Must(template.New("long").Parse(`{{printf "%s %s %s" "aaaaaaaaaa" "bbbbbbbbbb" .Nope}}`)), p)
	for _, src := range []string{"a\nb {{if .X}}\nc", "{{.X\n}}", "{{range $a, $b, $c := .}}{{end}}",
		"{{with}}{{end}}", "{{template}}", "{{define}}{{end}}", "{{if 1}}{{else}}{{else}}{{end}}", "{{`raw", "{{'ab'}}",
		"{{. | printf}}{{end}}", "{{$x := 1}}{{$x.y.z}}{{$z}}", "{{continue}}", "{{range .}}{{break 1}}{{end}}", "{{1 2}}"} {
		_, err := template.New("pe").Parse(src)
		fmt.Println(err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("f").Funcs(template.FuncMap{"bad-name": strings.ToUpper})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("f").Funcs(template.FuncMap{"two": func() (int, int) { return 1, 2 }})
	}()
}

// Output:
// base.tmpl true
// <Default>body of Home
// <T:Home>body of Home
// <Default>body of Again
// <nil> 6 base.tmpl
// template: pattern matches no files: `nothing/*.x`
// open tpl/missing.tmpl: no such file or directory
// template: no files named in call to ParseFiles
// "2 3 6 11 14 a-b-c"
// "6 " err=template: v:1:18: executing "v" at <.C.Inc>: can't evaluate field Inc in type main.Counter
// "SHOUT S<3> oops 7 2.5 two 1=one;2=two; 1 1"
// "true true true " err=template: cmp:1:40: executing "cmp" at <lt 1 .F>: error calling lt: incompatible types for comparison
// "1 2 t 98 {3}|5|t"
// "[tt]S<3>oops"
// "a\n    1\n    2\nb"
// "0a,0b;1c;"
// "empty"
// "3 2"
// "yes true false"
// "" err=template: ecall:1:2: executing "ecall" at <call .Fn 1>: error calling call: arg 0: value has type int; should be string
// "" err=template: eidx:1:2: executing "eidx" at <index .M "x">: error calling index: value has type string; should be int
// "" err=template: enilmap:1:5: executing "enilmap" at <.CP.N>: nil pointer evaluating *main.Counter.N
// "" err=template: eeq:1:2: executing "eeq" at <eq .M .M>: error calling eq: non-comparable type map[%!s(int=1):one %!s(int=2):two]: map[int]string
// "" err=template: eslice:1:2: executing "eslice" at <slice .Title 3 1>: error calling slice: index out of range: 3
// "" err=template: eargs:1:12: executing "eargs" at <"x">: expected integer; found "x"
// "line one\n" err=template: efunc:2:2: executing "efunc" at <{{.Fn}}>: can't print {{.Fn}} of type func(string) string
// "a" err=template: epanic:1:3: executing "epanic" at <boom>: error calling boom: kaboom
// "" err=template: long:1:46: executing "long" at <.Nope>: can't evaluate field Nope in type *main.Page
// template: pe:3: unexpected EOF
// <nil>
// template: pe:1: too many declarations in range
// template: pe:1: missing value for with
// template: pe:1: unexpected "}}" in template clause
// template: pe:1: unexpected "}}" in define clause
// template: pe:1: expected end; found {{else}}
// template: pe:1: unterminated raw quoted string
// template: pe:1: malformed character constant: 'ab'
// template: pe:1: unexpected {{end}}
// template: pe:1: undefined variable "$z"
// template: pe:1: {{continue}} outside {{range}}
// template: pe:1: unexpected "1" in {{break}}
// <nil>
// recovered: function name "bad-name" is not a valid identifier
// recovered: can't install method/function "two" with 2 results
