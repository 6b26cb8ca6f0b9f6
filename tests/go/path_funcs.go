// path and path/filepath: the lexical functions on tables of inputs (Clean, Join, Split, Base,
// Dir, Ext, IsAbs, Match with its ErrBadPattern, Rel, SplitList, VolumeName, To/FromSlash).
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "/", "//", "a/b/../c", "/../x", "../../a/./b/", "a//b///c/", "abc/..", "/a/b/c/../../d"} {
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
		d, f := path.Split(p)
		fd, ff := filepath.Split(p)
		fmt.Printf("  split=%q,%q same=%v fp=%q %q\n", d, f, d == fd && f == ff, filepath.Clean(p), filepath.Base(p))
	}
	fmt.Println(path.Join("a", "b", "../c"), path.Join("", ""), path.Join("", "x"), path.Join("/", "a"), filepath.Join("a", "", "b/"))
	fmt.Println(path.Ext("x.tar.gz"), path.Ext("dir.d/file"), filepath.Ext(".bashrc"))
	for _, m := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"},
		{"\\*", "*"}, {"*/b", "a/b"}, {"a*b*c", "axxbyyc"}, {"[", "a"}, {"a[", "a"}, {"[a-]", "a"}, {"*x", "xxx"}} {
		ok, err := path.Match(m[0], m[1])
		ok2, err2 := filepath.Match(m[0], m[1])
		fmt.Println(m[0], m[1], ok, err, ok2 == ok, err2 == filepath.ErrBadPattern, err == path.ErrBadPattern)
	}
	for _, r := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "a"}, {"a/b", "c"}, {"/a", "b"}, {".", "x/y"}, {"../a", "b"}, {"/", "/x"}} {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("rel(%q,%q)=%q %v\n", r[0], r[1], rel, err)
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/a:/b::c"), filepath.VolumeName("/x"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator))
	abs, err := filepath.Abs("/x/../y")
	fmt.Println(abs, err)
}

// Output:
// "" clean="." base="." dir="." ext="" abs=false
//   split="","" same=true fp="." "."
// "." clean="." base="." dir="." ext="." abs=false
//   split="","." same=true fp="." "."
// "/" clean="/" base="/" dir="/" ext="" abs=true
//   split="/","" same=true fp="/" "/"
// "//" clean="/" base="/" dir="/" ext="" abs=true
//   split="//","" same=true fp="/" "/"
// "a/b/../c" clean="a/c" base="c" dir="a" ext="" abs=false
//   split="a/b/../","c" same=true fp="a/c" "c"
// "/../x" clean="/x" base="x" dir="/" ext="" abs=true
//   split="/../","x" same=true fp="/x" "x"
// "../../a/./b/" clean="../../a/b" base="b" dir="../../a/b" ext="" abs=false
//   split="../../a/./b/","" same=true fp="../../a/b" "b"
// "a//b///c/" clean="a/b/c" base="c" dir="a/b/c" ext="" abs=false
//   split="a//b///c/","" same=true fp="a/b/c" "c"
// "abc/.." clean="." base=".." dir="abc" ext="." abs=false
//   split="abc/",".." same=true fp="." ".."
// "/a/b/c/../../d" clean="/a/d" base="d" dir="/a" ext="" abs=true
//   split="/a/b/c/../../","d" same=true fp="/a/d" "d"
// a/c  x /a a/b
// .gz  .bashrc
// *.go main.go true <nil> true false false
// *.go dir/main.go false <nil> true false false
// a?c abc true <nil> true false false
// [a-c]x bx true <nil> true false false
// [^a-c]x bx false <nil> true false false
// \* * true <nil> true false false
// */b a/b true <nil> true false false
// a*b*c axxbyyc true <nil> true false false
// [ a false syntax error in pattern true true true
// a[ a false syntax error in pattern true true true
// [a-] a false syntax error in pattern true true true
// *x xxx true <nil> true false false
// rel("/a/b","/a/b/c/d")="c/d" <nil>
// rel("/a/b/c","/a/x")="../../x" <nil>
// rel("a","a")="." <nil>
// rel("a/b","c")="../../c" <nil>
// rel("/a","b")="" Rel: can't make b relative to /a
// rel(".","x/y")="x/y" <nil>
// rel("../a","b")="" Rel: can't make b relative to ../a
// rel("/","/x")="x" <nil>
// [] ["/a" "/b" "" "c"] ""
// a/b a/b / :
// /y <nil>
