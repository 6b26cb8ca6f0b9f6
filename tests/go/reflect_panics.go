package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	try("Int on string", func() { reflect.ValueOf("x").Int() })
	try("SetInt unaddressable", func() { reflect.ValueOf(3).SetInt(4) })
	try("SetString unexported", func() { reflect.ValueOf(&T{}).Elem().Field(1).SetString("q") })
	try("Interface unexported", func() { reflect.ValueOf(T{}).Field(1).Interface() })
	try("Elem of int", func() { reflect.ValueOf(1).Elem() })
	try("Field of int", func() { reflect.ValueOf(1).Field(0) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("Set wrong type", func() { reflect.ValueOf(&T{}).Elem().Field(0).Set(reflect.ValueOf("s")) })
	try("zero Value", func() { reflect.Value{}.Type() })
	try("NumField of int type", func() { reflect.TypeOf(1).NumField() })
	try("Elem of int type", func() { reflect.TypeOf(1).Elem() })
	try("Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Len of bool", func() { reflect.ValueOf(true).Len() })
	try("IsNil of int", func() { reflect.ValueOf(1).IsNil() })
	try("Float on int", func() { reflect.ValueOf(1).Float() })
	try("Bool on zero", func() { reflect.ValueOf(nil).Bool() })
	try("MapIndex wrong key", func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) })
	try("Call with too few", func() { reflect.ValueOf(func(int) {}).Call(nil) })
	fmt.Println("done")
	reflect.ValueOf(1.5).SetFloat(2)
}

// Output:
// Int on string: reflect: call of reflect.Value.Int on string Value
// SetInt unaddressable: reflect: reflect.Value.SetInt using unaddressable value
// SetString unexported: reflect: reflect.Value.SetString using value obtained using unexported field
// Interface unexported: reflect.Value.Interface: cannot return value obtained from unexported field or method
// Elem of int: reflect: call of reflect.Value.Elem on int Value
// Field of int: reflect: call of reflect.Value.Field on int Value
// Index out of range: reflect: slice index out of range
// Set wrong type: reflect.Set: value of type string is not assignable to type int
// zero Value: reflect: call of reflect.Value.Type on zero Value
// NumField of int type: reflect: NumField of non-struct type int
// Elem of int type: reflect: Elem of invalid type int
// Key of slice: reflect: Key of non-map type []int
// Len of bool: reflect: call of reflect.Value.Len on bool Value
// IsNil of int: reflect: call of reflect.Value.IsNil on int Value
// Float on int: reflect: call of reflect.Value.Float on int Value
// Bool on zero: reflect: call of reflect.Value.Bool on zero Value
// MapIndex wrong key: reflect.Value.MapIndex: value of type int is not assignable to type string
// Call with too few: reflect: Call with too few input arguments
// done
// Stderr:
// panic: reflect: reflect.Value.SetFloat using unaddressable value
// goroutine 1 [running]:
// Exit: 2
