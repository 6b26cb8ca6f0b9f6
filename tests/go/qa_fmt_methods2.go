// fmt's method rules: pointer-receiver String not used for values, a panicking String method,
// nil pointer receivers, Error on pointers inside slices and structs, GoStringer for %#v,
// fmt.Formatter, bad verbs, and %x of strings / negative ints.
package main

import (
	"errors"
	"fmt"
)

type T struct{ a int }

func (t *T) String() string { return fmt.Sprint("T!", t.a) }

type P struct{}

func (P) String() string { panic("boom") }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type Wrapper struct {
	T  *T
	V  T
	In interface{}
}

type Temp float64

func (t Temp) Format(f fmt.State, c rune) { fmt.Fprintf(f, "TEMP<%c>", c) }

type G int

func (g G) GoString() string { return "G!" }

func main() {
	fmt.Println(T{1}, &T{2})
	fmt.Printf("%v %s %d\n", &T{3}, &T{4}, &T{5})
	fmt.Println(P{})
	var tp *T
	fmt.Println(tp)
	var e error = &E{"bad"}
	fmt.Println(e, []error{e, errors.New("x")})
	fmt.Printf("%v\n", Wrapper{&T{6}, T{7}, &T{8}})
	fmt.Printf("%#v %v\n", G(1), G(2))
	fmt.Println(Temp(1), []Temp{2})
	fmt.Printf("%s\n", 42)
	fmt.Printf("%x %X\n", "héllo", -1)
	fmt.Printf("%v %v\n", struct{ E error }{}, map[string]*T{"k": nil})
	fmt.Println(fmt.Sprintf("%6.2f|%-8v|%08d|%+.1e", -3.14159, "ab", -42, 0.000123))
}

// Output:
// {1} T!2
// T!3 T!4 &{5}
// %!v(PANIC=String method: boom)
// <nil>
// bad [bad x]
// {T!6 {7} T!8}
// G! 2
// TEMP<v> [TEMP<v>]
// %!s(int=42)
// 68c3a96c6c6f -1
// {<nil>} map[k:<nil>]
//  -3.14|ab      |-0000042|+1.2e-04
