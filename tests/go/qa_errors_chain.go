// Error handling idioms: sentinel errors compared with errors.Is through several %w layers,
// errors.As into a value type and a pointer type, a custom Unwrap, errors returned as
// interface values from deep calls, and %v/%s/%q/%+v of errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type CodeErr int

func (c CodeErr) Error() string { return "code " + strconv.Itoa(int(c)) }

func lookup(id int) error {
	switch {
	case id < 0:
		return CodeErr(-id)
	case id == 0:
		return &QueryError{"id=0", ErrNotFound}
	case id > 100:
		_, err := strconv.Atoi("x" + strconv.Itoa(id))
		return err
	}
	return nil
}

func service(id int) error {
	if err := lookup(id); err != nil {
		return fmt.Errorf("service(%d): %w", id, err)
	}
	return nil
}

func handler(id int) error {
	if err := service(id); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	for _, id := range []int{5, 0, -42, 101} {
		err := handler(id)
		fmt.Printf("id %d: %v\n", id, err)
		if err == nil {
			continue
		}
		fmt.Println("  is ErrNotFound:", errors.Is(err, ErrNotFound))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query:", qe.Query)
		}
		var ce CodeErr
		if errors.As(err, &ce) {
			fmt.Println("  code:", int(ce))
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  numerror:", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
		}
		inner := errors.Unwrap(errors.Unwrap(err))
		fmt.Printf("  inner: %s | %q\n", inner, inner)
	}
	e1 := fmt.Errorf("plain %d", 1)
	fmt.Println(errors.Unwrap(e1) == nil, errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
}

// Output:
// id 5: <nil>
// id 0: handler: service(0): query id=0: not found
//   is ErrNotFound: true
//   query: id=0
//   inner: query id=0: not found | "query id=0: not found"
// id -42: handler: service(-42): code 42
//   is ErrNotFound: false
//   code: 42
//   inner: code 42 | "code 42"
// id 101: handler: service(101): strconv.Atoi: parsing "x101": invalid syntax
//   is ErrNotFound: false
//   numerror: Atoi x101 true
//   inner: strconv.Atoi: parsing "x101": invalid syntax | "strconv.Atoi: parsing \"x101\": invalid syntax"
// true false true
