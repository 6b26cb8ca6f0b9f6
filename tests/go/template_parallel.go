// html/template and text/template executed from several goroutines at once (the first Execute escapes the tree under a lock): same output as Go, no race reported.
package main

import (
	"fmt"
	"html/template"
	"strings"
	"sync"
	ttemplate "text/template"
)

func main() {
	h := template.Must(template.New("h").Parse(`<a href="/u/{{.}}">{{.}}</a>`))
	t := ttemplate.Must(ttemplate.New("t").Parse(`{{range .}}{{.}},{{end}}`))
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var sb strings.Builder
			h.Execute(&sb, fmt.Sprintf("<%d>", i))
			t.Execute(&sb, []int{i, i * i})
			out[i] = sb.String()
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}

// Output:
// <a href="/u/%3c0%3e">&lt;0&gt;</a>0,0,
// <a href="/u/%3c1%3e">&lt;1&gt;</a>1,1,
// <a href="/u/%3c2%3e">&lt;2&gt;</a>2,4,
// <a href="/u/%3c3%3e">&lt;3&gt;</a>3,9,
// <a href="/u/%3c4%3e">&lt;4&gt;</a>4,16,
// <a href="/u/%3c5%3e">&lt;5&gt;</a>5,25,
// <a href="/u/%3c6%3e">&lt;6&gt;</a>6,36,
// <a href="/u/%3c7%3e">&lt;7&gt;</a>7,49,
