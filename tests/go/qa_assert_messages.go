// Runtime panic messages of failed assertions: missing method, pointer vs value dynamic type,
// nil interfaces (with concrete and interface targets), interface-to-interface, anonymous
// interface targets.
package main

import (
	"fmt"
	"io"
)

type I interface{ M() }
type T struct{}

func (*T) M() {}

type Named interface{ Name() string }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x interface{} = T{}
	var n interface{}
	var r io.Reader
	var i I = &T{}
	try(func() { _ = x.(I) })
	try(func() { _ = x.(*T) })
	try(func() { _ = n.(I) })
	try(func() { _ = n.(int) })
	try(func() { _ = i.(Named) })
	try(func() { _ = r.(io.Writer) })
	try(func() { _ = x.(fmt.Stringer) })
	try(func() { var e error = fmt.Errorf("x"); _ = e.(interface{ Unwrap() error }) })
}

// Output:
// interface conversion: main.T is not main.I: missing method M
// interface conversion: interface {} is main.T, not *main.T
// interface conversion: interface is nil, not main.I
// interface conversion: interface {} is nil, not int
// interface conversion: *main.T is not main.Named: missing method Name
// interface conversion: interface is nil, not io.Writer
// interface conversion: main.T is not fmt.Stringer: missing method String
// interface conversion: *errors.errorString is not interface { Unwrap() error }: missing method Unwrap
