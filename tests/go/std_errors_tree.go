// go: skip errors.Join and Unwrap() []error are Go 1.20 (expectations from the package documentation)
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrA = errors.New("a")
var ErrB = errors.New("b")

type multi struct{ errs []error }

func (m multi) Error() string   { return fmt.Sprint("multi", len(m.errs)) }
func (m multi) Unwrap() []error { return m.errs }

type codeErr struct{ code int }

func (c *codeErr) Error() string { return fmt.Sprint("code ", c.code) }

type badUnwrap struct{}

func (badUnwrap) Error() string  { return "bad" }
func (badUnwrap) Unwrap() string { return "not an error" }

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, io.EOF), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	u, ok := j.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()))

	m := multi{[]error{io.EOF, fmt.Errorf("wrapped: %w", &codeErr{7})}}
	fmt.Println(errors.Is(m, io.EOF), errors.Is(m, os.ErrNotExist), errors.Unwrap(m) == nil)
	var ce *codeErr
	fmt.Println(errors.As(m, &ce), ce)
	nested := fmt.Errorf("top: %w", errors.Join(ErrA, m))
	fmt.Println(errors.Is(nested, io.EOF), errors.As(nested, &ce), ce.code)
	fmt.Println(nested)
	var b error = badUnwrap{}
	fmt.Println(errors.Unwrap(b) == nil, errors.Is(b, ErrA))
}

// Output:
// "a\nb"
// true true false true
// true true
// true 2
// true false true
// true code 7
// true true 7
// top: a
// multi2
// true false
