// os: a per-run environment (Setenv/Getenv/LookupEnv/Unsetenv/Environ, Setenv's EINVAL),
// os.Hostname, os.Getwd is absolute, and os.TempDir follows $TMPDIR.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("GORT_TEST_VAR", "v1"))
	fmt.Println(os.Getenv("GORT_TEST_VAR"))
	v, ok := os.LookupEnv("GORT_TEST_VAR")
	fmt.Println(v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == "GORT_TEST_VAR=v1" {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.Unsetenv("GORT_TEST_VAR"))
	v, ok = os.LookupEnv("GORT_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	os.Setenv("EMPTY", "")
	v, ok = os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	wd, err := os.Getwd()
	fmt.Println(filepath.IsAbs(wd), err)
	os.Setenv("TMPDIR", "/somewhere")
	fmt.Println(os.TempDir())
	os.Unsetenv("TMPDIR")
	fmt.Println(os.TempDir())
	fmt.Println(strings.Contains(os.Getenv("PATH"), "/"))
}

// Output:
// <nil>
// v1
// v1 true
// true
// <nil>
// "" false
// setenv: invalid argument
// setenv: invalid argument
// "" true
// true <nil>
// true <nil>
// /somewhere
// /tmp
// true
