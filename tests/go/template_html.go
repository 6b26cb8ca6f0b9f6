// html/template: contextual autoescaping (HTML text, quoted and unquoted attributes, URL attributes with javascript: filtered to #ZgotmplZ, query parts, onclick handlers, <script> values as JSON and JS strings, <style>, <textarea>), comments dropped, typed content (HTML, URL, JS, HTMLAttr) passed through, Funcs, define/template, errors.
package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type User struct {
	Name    string
	Site    string
	Bio     template.HTML
	Age     int
	Tags    []string
	Color   string
	Profile map[string]any
}

func (u User) Greeting() string { return "Hi, " + u.Name + " & co" }

func main() {
	const page = `<!DOCTYPE html>
<!-- a comment that html/template drops -->
<html><head><title>{{.Name}}'s page</title>
<style>p { color: {{.Color}}; }</style>
</head><body>
<h1 class="title">{{.Greeting}}</h1>
<p title="{{.Name}}" data-x='{{.Name}}'>{{.Bio}}</p>
<a href="{{.Site}}">site</a> <a href="/search?q={{.Name}}&age={{.Age}}">search</a>
<a href="/users/{{.Name}}/x">path</a>
<img src={{.Site}} alt={{.Name}}>
<ul>{{range $i, $t := .Tags}}<li id="t{{$i}}">{{$t}}</li>{{end}}</ul>
<button onclick="greet({{.Name}}, '{{.Name}}')">go</button>
<script>
var user = {{.}};
var name = {{.Name}};
var age = {{.Age}};
var s = "quoted: {{.Name}}";
var tags = {{.Tags}};
</script>
<textarea>{{.Bio}}</textarea>
</body></html>
`
	t := template.Must(template.New("page").Parse(page))
	u := User{Name: `O'Neil <b>"Bob"</b>`, Site: "javascript:alert('x')", Bio: "<em>bold</em> bio",
		Age: 42, Tags: []string{"a&b", "<c>"}, Color: "red", Profile: map[string]any{"k": 1}}
	if err := t.Execute(os.Stdout, u); err != nil {
		fmt.Println("error:", err)
	}
	u2 := User{Name: "Ann", Site: "https://example.com/a b?q=1&r=2", Bio: "plain", Color: "expression(alert(1))"}
	if err := t.Execute(os.Stdout, u2); err != nil {
		fmt.Println("error:", err)
	}

	// Typed content passes through.
	t2 := template.Must(template.New("t2").Parse(`{{.H}} {{.S}} <a href="{{.U}}">u</a> <script>f({{.J}})</script> <p {{.A}}>x</p>` + "\n"))
	t2.Execute(os.Stdout, map[string]any{
		"H": template.HTML("<b>ok</b>"), "S": "<b>esc</b>", "U": template.URL("javascript:void(0)"),
		"J": template.JS("1+2"), "A": template.HTMLAttr(`class="c"`),
	})

	// Funcs, define/template, nil and missing values.
	t3 := template.Must(template.New("t3").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(
		`{{define "item"}}<li>{{up .}}</li>{{end}}<ul>{{range .}}{{template "item" .}}{{end}}</ul>[{{.x}}]` + "\n"))
	t3.Execute(os.Stdout, map[string]string{"a": "<x>", "b": "y&z"})
	var sb strings.Builder
	err := t3.ExecuteTemplate(&sb, "item", "<q>")
	fmt.Println(sb.String(), err)
	fmt.Println(t3.ExecuteTemplate(&sb, "nope", nil))
	fmt.Println(template.HTMLEscapeString(`<a href="x">`), template.JSEscapeString("it's"), template.URLQueryEscaper("a b"))
	_, err = template.New("bad").Parse("{{if}}")
	fmt.Println(err)
	err = template.Must(template.New("e").Parse("{{.Nope}}")).Execute(&sb, u)
	fmt.Println(err)
}

// Output:
// <!DOCTYPE html>
//
// <html><head><title>O&#39;Neil &lt;b&gt;&#34;Bob&#34;&lt;/b&gt;'s page</title>
// <style>p { color: red; }</style>
// </head><body>
// <h1 class="title">Hi, O&#39;Neil &lt;b&gt;&#34;Bob&#34;&lt;/b&gt; &amp; co</h1>
// <p title="O&#39;Neil &lt;b&gt;&#34;Bob&#34;&lt;/b&gt;" data-x='O&#39;Neil &lt;b&gt;&#34;Bob&#34;&lt;/b&gt;'><em>bold</em> bio</p>
// <a href="#ZgotmplZ">site</a> <a href="/search?q=O%27Neil%20%3cb%3e%22Bob%22%3c%2fb%3e&age=42">search</a>
// <a href="/users/O%27Neil%20%3cb%3e%22Bob%22%3c/b%3e/x">path</a>
// <img src=#ZgotmplZ alt=O&#39;Neil&#32;&lt;b&gt;&#34;Bob&#34;&lt;/b&gt;>
// <ul><li id="t0">a&amp;b</li><li id="t1">&lt;c&gt;</li></ul>
// <button onclick="greet(&#34;O&#39;Neil \u003cb\u003e\&#34;Bob\&#34;\u003c/b\u003e&#34;, 'O\u0027Neil \u003cb\u003e\u0022Bob\u0022\u003c\/b\u003e')">go</button>
// <script>
// var user = {"Name":"O'Neil \u003cb\u003e\"Bob\"\u003c/b\u003e","Site":"javascript:alert('x')","Bio":"\u003cem\u003ebold\u003c/em\u003e bio","Age":42,"Tags":["a\u0026b","\u003cc\u003e"],"Color":"red","Profile":{"k":1}};
// var name = "O'Neil \u003cb\u003e\"Bob\"\u003c/b\u003e";
// var age =  42 ;
// var s = "quoted: O\u0027Neil \u003cb\u003e\u0022Bob\u0022\u003c\/b\u003e";
// var tags = ["a\u0026b","\u003cc\u003e"];
// </script>
// <textarea>&lt;em&gt;bold&lt;/em&gt; bio</textarea>
// </body></html>
// <!DOCTYPE html>
//
// <html><head><title>Ann's page</title>
// <style>p { color: ZgotmplZ; }</style>
// </head><body>
// <h1 class="title">Hi, Ann &amp; co</h1>
// <p title="Ann" data-x='Ann'>plain</p>
// <a href="https://example.com/a%20b?q=1&amp;r=2">site</a> <a href="/search?q=Ann&age=0">search</a>
// <a href="/users/Ann/x">path</a>
// <img src=https://example.com/a%20b?q&#61;1&amp;r&#61;2 alt=Ann>
// <ul></ul>
// <button onclick="greet(&#34;Ann&#34;, 'Ann')">go</button>
// <script>
// var user = {"Name":"Ann","Site":"https://example.com/a b?q=1\u0026r=2","Bio":"plain","Age":0,"Tags":null,"Color":"expression(alert(1))","Profile":null};
// var name = "Ann";
// var age =  0 ;
// var s = "quoted: Ann";
// var tags =  null ;
// </script>
// <textarea>plain</textarea>
// </body></html>
// <b>ok</b> &lt;b&gt;esc&lt;/b&gt; <a href="javascript:void%280%29">u</a> <script>f(1+2)</script> <p class="c">x</p>
// <ul><li>&lt;X&gt;</li><li>Y&amp;Z</li></ul>[]
// <li>&lt;Q&gt;</li> <nil>
// html/template: "nope" is undefined
// &lt;a href=&#34;x&#34;&gt; it\'s a+b
// template: bad:1: missing value for if
// template: e:1:2: executing "e" at <.Nope>: can't evaluate field Nope in type main.User
