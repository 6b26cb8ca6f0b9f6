// Package ioutil: Go's deprecated I/O helpers, still in many tutorials and books. Each one is
// the io or os function Go 1.16 moved it to, as in Go itself; ReadDir keeps its old result
// (FileInfo values sorted by name) and its errors are os's *PathError values.
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// ReadAll reads from r until an error or EOF and returns the data it read.
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile reads the named file and returns its contents.
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to the named file, creating it with perm if needed.
func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// ReadDir reads the named directory and returns its entries' FileInfo, sorted by name.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, nil
}

// NopCloser returns a ReadCloser whose Close does nothing.
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is a Writer on which every Write succeeds without doing anything.
var Discard io.Writer = io.Discard

// TempFile creates a new temporary file in dir (os.TempDir() when empty).
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new temporary directory in dir (os.TempDir() when empty).
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }
