// os: file errors as Go's *fs.PathError / *os.LinkError texts, errors.Is/os.IsExist on them,
// File methods (ReadAt, WriteAt, Seek, Readdirnames, Truncate) and closed-file errors, in a
// private temp directory (names printed relative to it).
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var dir string

func show(label string, err error) {
	s := "<nil>"
	if err != nil {
		s = strings.ReplaceAll(err.Error(), dir, "DIR")
	}
	fmt.Printf("%-12s %s\n", label+":", s)
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "errs")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := func(name string) string { return filepath.Join(dir, name) }

	_, err = os.Open(p("missing"))
	show("open", err)
	fmt.Println(os.IsNotExist(err), os.IsExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	fmt.Printf("%T\n", err)

	os.WriteFile(p("f"), []byte("0123456789"), 0644)
	_, err = os.OpenFile(p("f"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("excl", err)
	fmt.Println(os.IsExist(err), errors.Is(err, fs.ErrExist))
	show("mkdir", os.Mkdir(p("f"), 0755))
	show("mkdirall", os.MkdirAll(p("f/sub"), 0755))
	show("mkdir2", os.Mkdir(p("a/b"), 0755))
	show("mkdirall2", os.MkdirAll(p("a/b/c"), 0755))
	show("mkdirall3", os.MkdirAll(p("a/b/c"), 0755))
	show("stat", func() error { _, err := os.Stat(p("f/x")); return err }())
	show("remove", os.Remove(p("a")))
	show("remove2", os.Remove(p("nope")))
	show("rename", os.Rename(p("nope"), p("x")))
	show("rename2", os.Rename(p("f"), p("a")))
	show("removeall", os.RemoveAll(p("nope")))
	show("readdir", func() error { _, err := os.ReadDir(p("f")); return err }())
	show("readfile", func() error { _, err := os.ReadFile(p("a")); return err }())
	show("create", func() error { _, err := os.Create(p("a")); return err }())
	show("chdir", os.Chdir(p("f")))

	f, _ := os.Open(p("f"))
	buf := make([]byte, 4)
	n, err := f.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	_, err = f.ReadAt(buf, -1)
	show("readat", err)
	pos, err := f.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	n, _ = f.Read(buf)
	fmt.Println(n, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err)
	_, err = f.Seek(-20, io.SeekCurrent)
	show("seek", err)
	_, err = f.Write([]byte("x"))
	show("write", err)
	fmt.Println(f.Name() == p("f"))
	f.Close()
	_, err = f.Read(buf)
	show("read", err)
	fmt.Println(errors.Is(err, os.ErrClosed))
	show("close", f.Close())
	_, err = f.Stat()
	show("fstat", err)

	f, _ = os.OpenFile(p("f"), os.O_RDWR, 0)
	f.WriteAt([]byte("AB"), 2)
	f.Truncate(6)
	f.Seek(0, io.SeekStart)
	b, _ := io.ReadAll(f)
	fmt.Printf("%q\n", b)
	f.Close()
	f, _ = os.OpenFile(p("f"), os.O_APPEND|os.O_WRONLY, 0)
	_, err = f.WriteAt([]byte("x"), 0)
	show("writeat", err)
	f.Close()

	os.WriteFile(p("a/one"), nil, 0644)
	os.WriteFile(p("a/two"), nil, 0644)
	d, _ := os.Open(p("a"))
	names, err := d.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	d.Close()
	d, _ = os.Open(p("a"))
	first, err := d.ReadDir(1)
	fmt.Println(len(first), err)
	rest, err := d.ReadDir(5)
	fmt.Println(len(rest), err)
	none, err := d.ReadDir(5)
	fmt.Println(len(none), err)
	d.Close()

	show("removeall2", os.RemoveAll(p("a")))
	_, err = os.Stat(p("a"))
	fmt.Println(os.IsNotExist(err))
	show("rename3", os.Rename(p("f"), p("g")))
	b, err = os.ReadFile(p("g"))
	fmt.Printf("%q %v\n", b, err)
	var pe *fs.PathError
	_, err = os.Lstat(p("f"))
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, strings.ReplaceAll(pe.Path, dir, "DIR"), pe.Err)
	}
	_, err = os.MkdirTemp(dir, "a/b")
	show("mkdirtemp", err)
	_, err = os.CreateTemp(p("nodir"), "x")
	fmt.Println(os.IsNotExist(err))
}

// Output:
// open:        open DIR/missing: no such file or directory
// true false true true
// *fs.PathError
// excl:        open DIR/f: file exists
// true true
// mkdir:       mkdir DIR/f: file exists
// mkdirall:    mkdir DIR/f: not a directory
// mkdir2:      mkdir DIR/a/b: no such file or directory
// mkdirall2:   <nil>
// mkdirall3:   <nil>
// stat:        stat DIR/f/x: not a directory
// remove:      remove DIR/a: directory not empty
// remove2:     remove DIR/nope: no such file or directory
// rename:      rename DIR/nope DIR/x: no such file or directory
// rename2:     rename DIR/f DIR/a: file exists
// removeall:   <nil>
// readdir:     readdirent DIR/f: not a directory
// readfile:    read DIR/a: is a directory
// create:      open DIR/a: is a directory
// chdir:       chdir DIR/f: not a directory
// 4 <nil> 3456
// 2 EOF 89
// readat:      readat DIR/f: negative offset
// 8 <nil>
// 2 89
// 0 EOF
// seek:        seek DIR/f: invalid argument
// write:       write DIR/f: bad file descriptor
// true
// read:        read DIR/f: file already closed
// true
// close:       close DIR/f: file already closed
// fstat:       stat DIR/f: use of closed file
// "01AB45"
// writeat:     os: invalid use of WriteAt on file opened with O_APPEND
// [b one two] <nil>
// 1 <nil>
// 2 <nil>
// 0 EOF
// removeall2:  <nil>
// true
// rename3:     <nil>
// "01AB45" <nil>
// lstat DIR/f no such file or directory
// mkdirtemp:   mkdirtemp a/b: pattern contains path separator
// true
