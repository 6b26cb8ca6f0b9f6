// Package errors implements functions to manipulate errors. New, Is, As and Unwrap are natives
// (engine/stdlib/errors_natives.cpp: Is and As walk Unwrap() error chains and Unwrap() []error
// trees); Join (Go 1.20) is written here, after Go's errors/join.go (BSD licence, The Go Authors).
package errors

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error

// AsType finds the first error in err's tree that has type E and returns it (Go 1.26): the
// generic form of As.
func AsType[E error](err error) (E, bool) {
	var target E
	if As(err, &target) {
		return target, true
	}
	return target, false
}

// ErrUnsupported indicates that a requested operation cannot be performed (Go 1.21).
var ErrUnsupported = New("unsupported operation")

// Join returns an error that wraps the given errors. Any nil error values are discarded.
// Join returns nil if every value in errs is nil. The error formats as the concatenation of
// the strings obtained by calling the Error method of each element of errs, with a newline
// between each string.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
