// os files: WriteFile/ReadFile, Create + Write/WriteString/Fprintf, O_APPEND, bufio.Scanner,
// bufio.Reader and io.ReadAll/io.Copy on an *os.File, Stat's FileInfo and FileMode strings,
// ReadDir's sorted DirEntries, Remove/Rename, TempDir, in a private temp directory.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "basic-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()), strings.HasPrefix(filepath.Base(dir), "basic-"))
	p := filepath.Join(dir, "a.txt")
	fmt.Println(os.WriteFile(p, []byte("line one\nline two\n"), 0644))
	b, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)

	f, _ := os.Open(p)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println("scan:", sc.Text())
	}
	fmt.Println(sc.Err(), f.Close())

	f, _ = os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	n, err := f.WriteString("three\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "four %d\n", 4)
	w := bufio.NewWriter(f)
	w.WriteString("five\n")
	w.Flush()
	f.Close()

	f, _ = os.Open(p)
	r := bufio.NewReader(f)
	first, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", first, err)
	f.Close()
	f, _ = os.Open(p)
	all, _ := io.ReadAll(f)
	fmt.Println(strings.Count(string(all), "\n"), len(all))
	fi, _ := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().Perm(), fi.ModTime().IsZero())
	f.Close()

	out, _ := os.Create(filepath.Join(dir, "copy.txt"))
	in, _ := os.Open(p)
	copied, err := io.Copy(out, in)
	fmt.Println(copied, err)
	in.Close()
	out.Close()

	os.Mkdir(filepath.Join(dir, "sub"), 0750)
	os.WriteFile(filepath.Join(dir, "sub", "z"), nil, 0600)
	os.WriteFile(filepath.Join(dir, "B"), []byte("x"), 0444)
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode(), info.Size() > 0)
	}
	st, _ := os.Stat(filepath.Join(dir, "sub"))
	fmt.Println(st.Mode(), st.Mode().IsDir(), st.Mode()&os.ModePerm, st.Mode().Type() == os.ModeDir)
	fmt.Printf("%o %v\n", uint32(st.Mode().Perm()), os.FileMode(0644)|os.ModeAppend)

	fmt.Println(os.Rename(filepath.Join(dir, "copy.txt"), filepath.Join(dir, "sub", "moved.txt")))
	_, err = os.Stat(filepath.Join(dir, "copy.txt"))
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.Remove(p))
	names := []string{}
	ents, _ = os.ReadDir(filepath.Join(dir, "sub"))
	for _, e := range ents {
		names = append(names, e.Name())
	}
	fmt.Println(names)
	a, _ := os.Stat(dir)
	b2, _ := os.Stat(dir + "/.")
	fmt.Println(os.SameFile(a, b2))

	tf, err := os.CreateTemp(dir, "t*.log")
	fmt.Println(err, strings.HasSuffix(tf.Name(), ".log"), filepath.Dir(tf.Name()) == dir)
	tf.Close()
}

// Output:
// true true
// <nil>
// "line one\nline two\n" <nil>
// scan: line one
// scan: line two
// <nil> <nil>
// 6 <nil>
// "line one\n" <nil>
// 5 36
// a.txt 36 -rw-r--r-- false -rw-r--r-- false
// 36 <nil>
// B false ---------- -r--r--r-- true
// a.txt false ---------- -rw-r--r-- true
// copy.txt false ---------- -rw-r--r-- true
// sub true d--------- drwxr-x--- true
// drwxr-x--- true -rwxr-x--- true
// 750 arw-r--r--
// <nil>
// true
// <nil>
// [moved.txt z]
// true
// <nil> true true
