// html/template escapes a template called from several contexts once per context (a copy for
// each), joins the contexts where if/with/range branches end and reports Go's errors when they
// cannot be joined, an action in an ambiguous part of a URL, and a template that ends inside a
// tag or attribute; a second action in a URL attribute is filtered again.
package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

func main() {
	for _, v := range []string{"javascript:x", "a b?c=d e", "/p?q=1"} {
		t := template.Must(template.New("u").Parse(`<a href="{{.}}{{.}}">x</a> <a href="{{.}}/{{.}}">y</a> <a href="/s?q={{.}}{{.}}">z</a> <a href={{.}}{{.}}>w</a>` + "\n"))
		t.Execute(os.Stdout, v)
	}

	t := template.Must(template.New("page").Parse(`{{define "v"}}{{.}}{{end}}<p>{{template "v" .}}</p>
<a href="/x?q={{template "v" .}}" title="{{template "v" .}}">l</a>
<script>var s = {{template "v" .}}; var t = "{{template "v" .}}";</script>
<p>{{template "v" .}}</p>
`))
	if err := t.Execute(os.Stdout, `a b&<c>"'`); err != nil {
		fmt.Println("error:", err)
	}
	// The same helper called from two templates in different contexts.
	u := template.Must(template.New("root").Parse(`{{define "link"}}<a href="{{.}}">{{.}}</a>{{end}}{{template "link" .}} <b title="{{.}}">{{.}}</b>`))
	u.Execute(os.Stdout, "javascript:alert(1)")
	fmt.Println()
	var sb strings.Builder
	u.Execute(&sb, "http://x.org/?a=1&b=2")
	fmt.Println(sb.String())

	bad := []string{
		`{{if .}}<a href="{{end}}x`,
		`{{range .}}<a title="{{end}}`,
		`<a href="{{if .}}/x{{else}}/y{{end}}">ok</a>`,
		`{{if .}}<b>{{else}}<i>{{end}}tail`,
		`<a {{if .}}title{{end}}="x">`,
		`<p>{{with .}}<a href="{{.}}">{{end}}</p>`,
		`<a href="{{if .}}/path/{{else}}/search?q={{end}}{{.}}">x</a>`,
		`<a href="{{if .}}/p/{{else}}/q/{{end}}{{.}}">x</a>`,
		`<p title={{if .}}{{.}}{{end}}>x</p>`,
		`<a href="{{.}}`,
		`<script>var x = 1;`,
		`{{range .}}<b>{{.}}</b>{{else}}none{{end}}`,
		`{{define "r"}}{{if .}}<i>{{.}}</i>{{end}}{{end}}<a title="{{template "r" .}}">{{template "r" .}}</a>`,
	}
	for _, src := range bad {
		b, err := template.New("b").Parse(src)
		if err != nil {
			fmt.Println("parse:", err)
			continue
		}
		sb.Reset()
		err = b.Execute(&sb, "v")
		fmt.Printf("%q %v\n", sb.String(), err)
		if err != nil {
			sb.Reset()
			err2 := b.Execute(&sb, "w")
			fmt.Println("again:", err2 != nil && err2.Error() == err.Error())
		}
	}
}

// Output:
// <a href="#ZgotmplZ#ZgotmplZ">x</a> <a href="#ZgotmplZ/javascript:x">y</a> <a href="/s?q=javascript%3axjavascript%3ax">z</a> <a href=#ZgotmplZ#ZgotmplZ>w</a>
// <a href="a%20b?c=d%20ea%20b?c=d%20e">x</a> <a href="a%20b?c=d%20e/a%20b?c=d%20e">y</a> <a href="/s?q=a%20b%3fc%3dd%20ea%20b%3fc%3dd%20e">z</a> <a href=a%20b?c&#61;d%20ea%20b?c&#61;d%20e>w</a>
// <a href="/p?q=1/p?q=1">x</a> <a href="/p?q=1//p?q=1">y</a> <a href="/s?q=%2fp%3fq%3d1%2fp%3fq%3d1">z</a> <a href=/p?q&#61;1/p?q&#61;1>w</a>
// <p>a b&amp;&lt;c&gt;&#34;&#39;</p>
// <a href="/x?q=a%20b%26%3cc%3e%22%27" title="a b&amp;&lt;c&gt;&#34;&#39;">l</a>
// <script>var s = "a b\u0026\u003cc\u003e\"'"; var t = "a b\u0026\u003cc\u003e\u0022\u0027";</script>
// <p>a b&amp;&lt;c&gt;&#34;&#39;</p>
// <a href="#ZgotmplZ">javascript:alert(1)</a> <b title="javascript:alert(1)">javascript:alert(1)</b>
// <a href="http://x.org/?a=1&amp;b=2">http://x.org/?a=1&amp;b=2</a> <b title="http://x.org/?a=1&amp;b=2">http://x.org/?a=1&amp;b=2</b>
// "" html/template:b:1:5: {{if}} branches end in different contexts: {stateURL delimDoubleQuote urlPartNone jsCtxRegexp attrURL elementNone <nil>}, {stateText delimNone urlPartNone jsCtxRegexp attrNone elementNone <nil>}
// again: true
// "" html/template:b:1:8: on range loop re-entry: {{range}} branches end in different contexts: {stateAttr delimDoubleQuote urlPartNone jsCtxRegexp attrNone elementNone <nil>}, {stateTag delimNone urlPartNone jsCtxRegexp attrNone elementNone <nil>}
// again: true
// "<a href=\"/x\">ok</a>" <nil>
// "<b>tail" <nil>
// "<a title=\"x\">" <nil>
// "<p><a href=\"v\"></p>" <nil>
// "" html/template:b:1:50: {{.}} appears in an ambiguous context within a URL
// again: true
// "<a href=\"/p/v\">x</a>" <nil>
// "<p title=v>x</p>" <nil>
// "" html/template:b: ends in a non-text context: {stateURL delimDoubleQuote urlPartNone jsCtxRegexp attrURL elementNone <nil>}
// again: true
// "" html/template:b: ends in a non-text context: {stateJS delimNone urlPartNone jsCtxRegexp attrNone elementScript <nil>}
// again: true
// "" template: b:1:8: executing "b" at <.>: range can't iterate over v
// again: false
// "<a title=\"<i>v</i>\"><i>v</i></a>" <nil>
