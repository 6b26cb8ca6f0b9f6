// path/filepath over files: WalkDir (SkipDir on a directory and on a file, an error from the
// callback), Walk with FileInfo, Glob, Abs of a relative name after Chdir, os.ReadDir order.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, err := os.MkdirTemp("", "walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"a/x", "a/y", "b", "c/deep/er"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for i, f := range []string{"a/x/1.txt", "a/y/2.go", "b/3.go", "c/deep/4.txt", "top.go", "c/deep/er/5.md"} {
		os.WriteFile(filepath.Join(root, f), make([]byte, i*10), 0644)
	}
	rel := func(p string) string { r, _ := filepath.Rel(root, p); return r }

	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println("dir-entry", rel(p), d.Name() == filepath.Base(p), d.IsDir(), d.Type().IsDir())
		if d.IsDir() && d.Name() == "a" {
			return filepath.SkipDir
		}
		return err
	})
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.Name() == "3.go" {
			return filepath.SkipDir // on a file: skips the rest of its directory
		}
		if d.Name() == "4.txt" {
			return errors.New("stop at 4")
		}
		fmt.Println("visit", rel(p))
		return nil
	})
	fmt.Println("walk err:", err)
	filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		fmt.Println("walk", rel(p), info.Size(), info.IsDir(), info.Mode().IsRegular())
		return nil
	})
	err = filepath.WalkDir(filepath.Join(root, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("missing root:", d == nil, os.IsNotExist(err))
		return err
	})
	fmt.Println(os.IsNotExist(err))

	for _, pat := range []string{"*.go", "*/*.go", "*/*/*", "c/deep/er/*.md", "nomatch*", "[", "a"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rels []string
		for _, x := range m {
			rels = append(rels, rel(x))
		}
		fmt.Println("glob", pat, rels, m == nil, err)
	}
	if err := os.Chdir(root); err != nil {
		panic(err)
	}
	abs, _ := filepath.Abs("a/../b")
	fmt.Println(rel(abs))
	wd, _ := os.Getwd()
	fmt.Println(wd == root || filepath.Base(wd) == filepath.Base(root))
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()
	b, err := os.ReadFile("b/3.go")
	fmt.Println(len(b), err)
}

// Output:
// dir-entry . true true true
// dir-entry a true true true
// dir-entry b true true true
// dir-entry b/3.go true false false
// dir-entry c true true true
// dir-entry c/deep true true true
// dir-entry c/deep/4.txt true false false
// dir-entry c/deep/er true true true
// dir-entry c/deep/er/5.md true false false
// dir-entry top.go true false false
// visit .
// visit a
// visit a/x
// visit a/x/1.txt
// visit a/y
// visit a/y/2.go
// visit b
// visit c
// visit c/deep
// walk err: stop at 4
// walk . 4096 true false
// walk a 4096 true false
// walk a/x 4096 true false
// walk a/x/1.txt 0 false true
// walk a/y 4096 true false
// walk a/y/2.go 10 false true
// walk b 4096 true false
// walk b/3.go 20 false true
// walk c 4096 true false
// walk c/deep 4096 true false
// walk c/deep/4.txt 30 false true
// walk c/deep/er 4096 true false
// walk c/deep/er/5.md 50 false true
// walk top.go 40 false true
// missing root: true true
// true
// glob *.go [top.go] false <nil>
// glob */*.go [b/3.go] false <nil>
// glob */*/* [a/x/1.txt a/y/2.go c/deep/4.txt c/deep/er] false <nil>
// glob c/deep/er/*.md [c/deep/er/5.md] false <nil>
// glob nomatch* [] true <nil>
// glob [ [] true syntax error in pattern
// glob a [a] false <nil>
// b
// true
// a b c top.go
// 20 <nil>
