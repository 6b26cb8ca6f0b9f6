package main

import (
	"errors"
	"fmt"
	"net/url"
)

func parse() {
	u, err := url.Parse("https://user:pa%20ss@example.com:8080/path/to%2Fx/page.html?q=go+lang&x=1&x=2#frag%21")
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.RawQuery, u.Fragment)
	fmt.Println(u.User.Username(), u.User.String())
	p, ok := u.User.Password()
	fmt.Println(p, ok)
	fmt.Println(u.String())
	fmt.Println(u.EscapedPath(), u.EscapedFragment(), u.RequestURI(), u.IsAbs())
	fmt.Println(u.Redacted())
	q := u.Query()
	fmt.Println(q.Get("q"), q["x"], q.Get("missing"), q.Has("x"), q.Has("y"))
	u2, _ := url.Parse("mailto:joe@example.com")
	fmt.Println(u2.Scheme, u2.Opaque, u2.String())
	u3, _ := url.Parse("/relative/path?a=b")
	fmt.Println(u3.Path, u3.RawQuery, u3.IsAbs())
	base, _ := url.Parse("http://example.com/a/b/c")
	ref, _ := url.Parse("../d?x=y")
	fmt.Println(base.ResolveReference(ref))
	r2, _ := base.Parse("/root")
	fmt.Println(r2)
	u4, _ := url.Parse("http://[::1]:9000/x")
	fmt.Println(u4.Hostname(), u4.Port())
	for _, bad := range []string{"http://a b.com/", "://missing", "http://[::1", "%zz", "http://x.com:port/", "cache_object:foo/bar", "ht tp://x"} {
		_, err := url.Parse(bad)
		fmt.Println(err)
	}
	_, err = url.ParseRequestURI("rel/path")
	fmt.Println(err)
	var ue *url.Error
	_, err = url.Parse("%zz")
	fmt.Println(errors.As(err, &ue), ue.Op, ue.URL, ue.Err)
	fmt.Printf("%#v\n", ue.Err)
}

func values() {
	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	v.Add("empty", "")
	fmt.Println(v.Encode())
	fmt.Println(v.Get("friend"), v["friend"])
	v.Del("friend")
	fmt.Println(v.Encode(), v.Has("friend"))
	q, err := url.ParseQuery("a=1&b=%20x&a=2&c&d=%zz&e=ok")
	fmt.Println(q, err)
	_, err = url.ParseQuery("x=1;y=2")
	fmt.Println(err)
	u := &url.URL{Scheme: "https", Host: "example.com", Path: "/a b/ü", RawQuery: v.Encode(), Fragment: "top"}
	fmt.Println(u)
	u.User = url.UserPassword("me", "secret")
	fmt.Println(u, u.Redacted())
	fmt.Println(url.User("only").String())
}

func escapes() {
	for _, s := range []string{"a b&c=d/é?", "100%", "~-._"} {
		fmt.Println(url.QueryEscape(s), url.PathEscape(s))
	}
	for _, s := range []string{"a+b%20c", "%41%4a", "%", "%zz", "bad%4"} {
		q, err1 := url.QueryUnescape(s)
		p, err2 := url.PathUnescape(s)
		fmt.Printf("%q %v %q %v\n", q, err1, p, err2)
	}
	j, err := url.JoinPath("https://example.com/api/", "v1", "../v2", "users/")
	fmt.Println(j, err)
	base, _ := url.Parse("http://x.org/a")
	fmt.Println(base.JoinPath("b", "c"))
	_, err = url.JoinPath("%zz", "x")
	fmt.Println(err)
}

func main() {
	parse()
	values()
	escapes()
}

// Output:
// https example.com:8080 example.com 8080 /path/to/x/page.html /path/to%2Fx/page.html q=go+lang&x=1&x=2 frag!
// user user:pa%20ss
// pa ss true
// https://user:pa%20ss@example.com:8080/path/to%2Fx/page.html?q=go+lang&x=1&x=2#frag%21
// /path/to%2Fx/page.html frag%21 /path/to%2Fx/page.html?q=go+lang&x=1&x=2 true
// https://user:xxxxx@example.com:8080/path/to%2Fx/page.html?q=go+lang&x=1&x=2#frag%21
// go lang [1 2]  true false
// mailto joe@example.com mailto:joe@example.com
// /relative/path a=b false
// http://example.com/a/d?x=y
// http://example.com/root
// ::1 9000
// parse "http://a b.com/": invalid character " " in host name
// parse "://missing": missing protocol scheme
// parse "http://[::1": missing ']' in host
// parse "%zz": invalid URL escape "%zz"
// parse "http://x.com:port/": invalid port ":port" after host
// parse "cache_object:foo/bar": first path segment in URL cannot contain colon
// parse "ht tp://x": first path segment in URL cannot contain colon
// parse "rel/path": invalid URI for request
// true parse %zz invalid URL escape "%zz"
// "%zz"
// empty=&friend=Jess&friend=Sarah+%26+Zoe&name=Ava+Smith
// Jess [Jess Sarah & Zoe]
// empty=&name=Ava+Smith false
// map[a:[1 2] b:[ x] c:[] e:[ok]] invalid URL escape "%zz"
// invalid semicolon separator in query
// https://example.com/a%20b/%C3%BC?empty=&name=Ava+Smith#top
// https://me:secret@example.com/a%20b/%C3%BC?empty=&name=Ava+Smith#top https://me:xxxxx@example.com/a%20b/%C3%BC?empty=&name=Ava+Smith#top
// only
// a+b%26c%3Dd%2F%C3%A9%3F a%20b&c=d%2F%C3%A9%3F
// 100%25 100%25
// ~-._ ~-._
// "a b c" <nil> "a+b c" <nil>
// "AJ" <nil> "AJ" <nil>
// "" invalid URL escape "%" "" invalid URL escape "%"
// "" invalid URL escape "%zz" "" invalid URL escape "%zz"
// "" invalid URL escape "%4" "" invalid URL escape "%4"
// https://example.com/api/v2/users/ <nil>
// http://x.org/a/b/c
// parse "%zz": invalid URL escape "%zz"
