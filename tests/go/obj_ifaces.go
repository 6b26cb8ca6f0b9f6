// Interfaces: method sets (value and pointer receivers), type switches, assertions (aggregates
// come out as copies), equality by dynamic type, typed nil vs nil interface, errors.As/Unwrap,
// Stringer, %T, comparing uncomparable dynamic types panics.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{42}
		return e
	}
	return nil
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case string:
		return "string " + v
	case []int:
		return fmt.Sprintf("slice of %d", len(v))
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Print(s.Name(), " ")
	}
	fmt.Println(total)

	for _, x := range []interface{}{nil, 1, "s", []int{1, 2}, Rect{}, &Circle{}, &MyErr{1}, Celsius(21.5), 2.5, map[string]int{}} {
		fmt.Println(describe(x))
	}

	// Assertions.
	var i interface{} = Rect{3, 4}
	r, ok := i.(Rect)
	fmt.Println(r, ok, r.Area())
	_, ok = i.(*Rect)
	fmt.Println(ok)
	sh, ok := i.(Shape)
	fmt.Println(sh.Name(), ok)
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok)
	// Asserted aggregates are copies.
	r.W = 100
	fmt.Println(i.(Rect).W)

	// Interface equality.
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a == interface{}(int64(1)), a != nil)
	var x, y interface{} = Rect{1, 2}, Rect{1, 2}
	fmt.Println(x == y, x == interface{}(Rect{2, 1}))
	c1 := &Circle{1}
	var s1, s2 Shape = c1, c1
	fmt.Println(s1 == s2, s1 == Shape(&Circle{1}))

	// Typed nil is not a nil interface.
	err := find(false)
	fmt.Println(err == nil)
	err = find(true)
	fmt.Println(err, err != nil)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.Code)
	}
	wrapped := fmt.Errorf("wrap: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)

	// Stringer and %T.
	temps := []Celsius{20, 37.5}
	fmt.Println(temps, Celsius(-3))
	fmt.Printf("%T %T %T %T %T\n", i, sh, err, temps, shapes)
	var nilI interface{}
	fmt.Printf("%v %T\n", nilI, nilI)

	// Interfaces holding maps and slices share them.
	m := map[string]int{"a": 1}
	var im interface{} = m
	m["b"] = 2
	fmt.Println(len(im.(map[string]int)))

	// Comparing uncomparable dynamic types panics.
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var u1, u2 interface{} = []int{1}, []int{1}
	fmt.Println(u1 == u2)
}

// Output:
// rect circle rect 10
// nil
// int 2
// string s
// slice of 2
// shape rect
// shape circle
// error code 1
// stringer 21.5°C
// other float64
// other map[string]int
// {3 4} true 12
// false
// rect true
// false
// 3
// true false true
// true false
// true false
// true
// code 42 true
// as 42
// wrap: code 42 true
// [20.0°C 37.5°C] -3.0°C
// main.Rect main.Rect *main.MyErr []main.Celsius []main.Shape
// <nil> <nil>
// 2
// recovered: runtime error: comparing uncomparable type []int
