// reflect sees the methods of std values that natives create (*errors.errorString,
// *fmt.wrapError, *fs.PathError, *strconv.NumError, time.Duration): NumMethod, Method(i).Name,
// MethodByName(...).Call and the method Value's type, as for compiled types.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"strconv"
	"time"
)

func show(label string, v interface{}) {
	t := reflect.TypeOf(v)
	fmt.Print(label, " ", t, " ", t.NumMethod(), " ", reflect.ValueOf(v).NumMethod(), ":")
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Print(" ", t.Method(i).Name)
	}
	fmt.Println()
	if m := reflect.ValueOf(v).MethodByName("Error"); m.IsValid() {
		fmt.Println("  Error() =", m.Call(nil)[0], "type", m.Type())
	}
	if m := reflect.ValueOf(v).MethodByName("Unwrap"); m.IsValid() {
		fmt.Println("  Unwrap() =", m.Call(nil)[0], "type", m.Type())
	}
	if m, ok := t.MethodByName("Error"); ok {
		fmt.Println("  Type.MethodByName:", m.Name, m.Index)
	}
	_, isErr := v.(interface{ Error() string })
	fmt.Println("  implements error:", isErr, t.Implements(reflect.TypeOf((*error)(nil)).Elem()))
}

func main() {
	show("errors.New", errors.New("boom"))
	show("fmt.Errorf", fmt.Errorf("wrap: %w", errors.New("inner")))
	show("PathError", &os.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist})
	_, err := os.Open("/does/not/exist")
	show("os.Open", err)
	_, err = strconv.Atoi("x1")
	show("Atoi", err)
	fmt.Println(reflect.ValueOf(errors.New("y")).Method(0).Call(nil)[0])
	d := reflect.ValueOf(90 * time.Second).MethodByName("String")
	fmt.Println(d.Call(nil)[0], d.Type())
}

// Output:
// errors.New *errors.errorString 1 1: Error
//   Error() = boom type func() string
//   Type.MethodByName: Error 0
//   implements error: true true
// fmt.Errorf *fmt.wrapError 2 2: Error Unwrap
//   Error() = wrap: inner type func() string
//   Unwrap() = inner type func() error
//   Type.MethodByName: Error 0
//   implements error: true true
// PathError *fs.PathError 3 3: Error Timeout Unwrap
//   Error() = open /x: file does not exist type func() string
//   Unwrap() = file does not exist type func() error
//   Type.MethodByName: Error 0
//   implements error: true true
// os.Open *fs.PathError 3 3: Error Timeout Unwrap
//   Error() = open /does/not/exist: no such file or directory type func() string
//   Unwrap() = no such file or directory type func() error
//   Type.MethodByName: Error 0
//   implements error: true true
// Atoi *strconv.NumError 2 2: Error Unwrap
//   Error() = strconv.Atoi: parsing "x1": invalid syntax type func() string
//   Unwrap() = invalid syntax type func() error
//   Type.MethodByName: Error 0
//   implements error: true true
// y
// 1m30s func() string
