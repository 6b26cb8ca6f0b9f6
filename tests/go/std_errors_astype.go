// errors.AsType (Go 1.26): the generic As, through wrapping with %w and Join.
// go: skip errors.AsType is newer than the Go 1.19 oracle
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func main() {
	err := fmt.Errorf("lookup: %w", &NotFound{"gopher"})
	if nf, ok := errors.AsType[*NotFound](err); ok {
		fmt.Println("found:", nf.Name)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok)
	joined := errors.Join(errors.New("a"), &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist})
	pe, ok := errors.AsType[*fs.PathError](joined)
	fmt.Println(ok, pe, errors.Is(joined, fs.ErrNotExist), errors.ErrUnsupported)
}

// Output:
// found: gopher
// false
// true open /x: file does not exist true unsupported operation
