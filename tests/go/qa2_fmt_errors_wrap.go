// Error wrapping as tutorials show it: fmt.Errorf with %w (and %v, which does not wrap),
// errors.Is through several layers, errors.As into a custom type and into an interface,
// errors.Unwrap step by step, a custom Is method, and how wrapped errors print with
// %v, %s, %q, %+v and %#v.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ Code int }

func (t TempErr) Error() string   { return "temporary error " + strconv.Itoa(t.Code) }
func (t TempErr) Temporary() bool { return true }
func (t TempErr) Is(target error) bool {
	other, ok := target.(TempErr)
	return ok && (other.Code == 0 || other.Code == t.Code)
}

func find(id int) error {
	if id < 0 {
		return &QueryError{Query: strconv.Itoa(id), Err: ErrNotFound}
	}
	if id == 0 {
		return TempErr{503}
	}
	return nil
}

func service(id int) error {
	if err := find(id); err != nil {
		return fmt.Errorf("service(%d): %w", id, err)
	}
	return nil
}

func main() {
	err := fmt.Errorf("handler: %w", service(-1))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, os.ErrNotExist))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query, "| inner:", qe.Err)
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}

	flat := fmt.Errorf("flat: %v", service(-2))
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)

	terr := service(0)
	fmt.Println(terr, errors.Is(terr, TempErr{}), errors.Is(terr, TempErr{503}), errors.Is(terr, TempErr{404}))
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(terr, &tmp), tmp.Temporary())
	var te TempErr
	fmt.Println(errors.As(terr, &te), te.Code)

	fmt.Println(service(1) == nil, errors.Is(nil, ErrNotFound), errors.Unwrap(ErrNotFound))
	fmt.Printf("%s|%q|%+v\n", err, ErrNotFound, terr)
	fmt.Printf("%#v\n", ErrNotFound)
	fmt.Printf("%#v\n", TempErr{1})
	fmt.Printf("%v %d\n", TempErr{2}, TempErr{3})
	fmt.Printf("%v\n", fmt.Errorf("no verb"))
	fmt.Printf("%v\n", fmt.Errorf("bad %w", "not an error"))
	fmt.Printf("%v\n", fmt.Errorf("nil %w", nil))
	_, perr := strconv.Atoi("12a")
	fmt.Println(fmt.Errorf("parse: %w", perr), errors.Is(perr, strconv.ErrSyntax))
	var ne *strconv.NumError
	fmt.Println(errors.As(fmt.Errorf("x: %w", perr), &ne), ne.Func, ne.Num)
	_, rerr := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(rerr, errors.Is(rerr, strconv.ErrRange))
	openErr := fmt.Errorf("open config.json: %w", os.ErrNotExist)
	fmt.Println(openErr, errors.Is(openErr, os.ErrNotExist), errors.Is(openErr, os.ErrExist))
	fmt.Println(os.ErrInvalid, "|", os.ErrPermission, "|", os.ErrExist, "|", os.ErrClosed)
	fmt.Printf("%T %v\n", os.ErrNotExist, os.ErrNotExist == os.ErrNotExist)
}

// Output:
// handler: service(-1): query -1: not found
// true false
// query: -1 | inner: not found
// *fmt.wrapError: handler: service(-1): query -1: not found
// *fmt.wrapError: service(-1): query -1: not found
// *main.QueryError: query -1: not found
// *errors.errorString: not found
// flat: service(-2): query -2: not found false true
// service(0): temporary error 503 true true false
// true true
// true 503
// true false <nil>
// handler: service(-1): query -1: not found|"not found"|service(0): temporary error 503
// &errors.errorString{s:"not found"}
// main.TempErr{Code:1}
// temporary error 2 {3}
// no verb
// bad %!w(string=not an error)
// nil %!w(<nil>)
// parse: strconv.Atoi: parsing "12a": invalid syntax true
// true Atoi 12a
// strconv.ParseInt: parsing "99999999999999999999": value out of range true
// open config.json: file does not exist true false
// invalid argument | permission denied | file already exists | file already closed
// *errors.errorString true
