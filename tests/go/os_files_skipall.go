// go: skip filepath.SkipAll / fs.SkipAll are Go 1.20 (the oracle is Go 1.19)
// filepath.WalkDir and Walk stop the whole walk, with a nil error, when the callback returns
// SkipAll; fs.SkipAll is the same value.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, _ := os.MkdirTemp("", "skipall")
	defer os.RemoveAll(root)
	for _, f := range []string{"a/1", "b/2", "c/3"} {
		os.MkdirAll(filepath.Join(root, filepath.Dir(f)), 0755)
		os.WriteFile(filepath.Join(root, f), nil, 0644)
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		r, _ := filepath.Rel(root, p)
		fmt.Println("visit", r)
		if d.Name() == "2" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println(err, filepath.SkipAll == fs.SkipAll)
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if info.Name() == "b" {
			return fs.SkipAll
		}
		r, _ := filepath.Rel(root, p)
		fmt.Println("walk", r)
		return nil
	})
	fmt.Println(err)
}

// Output:
// visit .
// visit a
// visit a/1
// visit b
// visit b/2
// <nil> true
// walk .
// walk a
// walk a/1
// <nil>
