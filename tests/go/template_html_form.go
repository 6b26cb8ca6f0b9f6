// html/template: a form — attributes after conditionals, unquoted values, nested templates in a table, mailto/paths/query/fragment URLs, JSON of structs in <script>, nil and missing values (empty), a trailing html builtin not applied twice, Parse after Execute, Clone, an empty template.
package main

import (
	"fmt"
	"html/template"
	"os"
)

type Item struct {
	Name    string
	Checked bool
	Link    string
	Style   string
}

func main() {
	const src = `{{define "row"}}<tr><td>{{.Name}}</td><td><a href="{{.Link}}">{{.Name}}</a></td></tr>{{end -}}
<form action="/save?id={{.ID}}">
<input type="checkbox" name="{{.Field}}" value="{{.Value}}" {{if .Checked}}checked{{end}}>
<div style="color: {{.Color}}" class={{.Class}}>{{.Text}}</div>
<table>{{range .Items}}{{template "row" .}}{{end}}</table>
<a href="mailto:{{.Mail}}">mail</a> <a href="{{.Rel}}?q={{.Q}}#{{.Frag}}">x</a>
<script>var items = {{.Items}}; var ok = {{.Checked}}; var n = {{.ID}}; var nothing = {{.Missing}};</script>
<p>{{.Missing}}|{{.Nil}}|{{printf "%d%%" 50}}|{{.HTML}}|{{"<b>" | html}}</p>
</form>
`
	t := template.Must(template.New("form").Parse(src))
	data := map[string]any{
		"ID": 42, "Field": "agree", "Value": `yes "please"`, "Checked": true, "Color": "blue",
		"Class": "a b", "Text": "Tom & Jerry <3", "Mail": "a@b.c", "Rel": "/path with space/ü",
		"Q": "a&b=c d", "Frag": "sec 1", "Nil": nil, "HTML": template.HTML("<i>ok</i>"),
		"Items": []Item{{Name: "one", Link: "http://x.y/1"}, {Name: "<two>", Link: "vbscript:bad"}},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	_, err := t.Parse("more")
	fmt.Println(err)
	c, err := template.Must(template.New("c").Parse(`{{define "x"}}X{{end}}<p>{{template "x"}}</p>`)).Clone()
	fmt.Println(err)
	c.Execute(os.Stdout, nil)
	fmt.Println()
	e := template.New("empty")
	fmt.Println(e.Execute(os.Stdout, nil))
}

// Output:
// <form action="/save?id=42">
// <input type="checkbox" name="agree" value="yes &#34;please&#34;" checked>
// <div style="color: blue" class=a&#32;b>Tom &amp; Jerry &lt;3</div>
// <table><tr><td>one</td><td><a href="http://x.y/1">one</a></td></tr><tr><td>&lt;two&gt;</td><td><a href="#ZgotmplZ">&lt;two&gt;</a></td></tr></table>
// <a href="mailto:a@b.c">mail</a> <a href="/path%20with%20space/%c3%bc?q=a%26b%3dc%20d#sec%201">x</a>
// <script>var items = [{"Name":"one","Checked":false,"Link":"http://x.y/1","Style":""},{"Name":"\u003ctwo\u003e","Checked":false,"Link":"vbscript:bad","Style":""}]; var ok =  true ; var n =  42 ; var nothing =  null ;</script>
// <p>||50%|<i>ok</i>|&lt;b&gt;</p>
// </form>
// html/template: cannot Parse after Execute
// <nil>
// <p>X</p>
// template: "empty" is an incomplete or empty template
