// Interfaces: Stringer, error, type switches, comma-ok assertions, interface embedding,
// nil interfaces vs typed nil pointers, and interfaces holding different dynamic types.
package main

import (
	"errors"
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string    { return fmt.Sprintf("Circle(r=%g)", c.R) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(n int) error {
	if n < 0 {
		return &MyErr{n}
	}
	if n == 0 {
		return errors.New("zero")
	}
	return nil
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string, []byte:
		return fmt.Sprintf("stringish %v", x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Shape:
		return fmt.Sprintf("shape %.2f", x.Area())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{W: 2, H: 2}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%v %.3f %.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)

	for _, n := range []int{-3, 0, 5} {
		err := find(n)
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("MyErr", me.Code)
		} else if err != nil {
			fmt.Println("err:", err)
		} else {
			fmt.Println("ok", err == nil)
		}
	}

	for _, v := range []interface{}{nil, 42, "hi", []byte("by"), errors.New("bad"), Circle{2}, Rect{1, 1}, 3.5, []int{1}} {
		fmt.Println(classify(v))
	}

	var s Shape = Circle{3}
	if c, ok := s.(Circle); ok {
		fmt.Println("is circle", c.R)
	}
	_, ok := s.(Rect)
	fmt.Println("is rect", ok)
	str, ok := s.(fmt.Stringer)
	fmt.Println(ok, str)

	var p *MyErr
	var e error = p
	fmt.Println(p == nil, e == nil, e != nil)
	var i1, i2 interface{} = 3, 3
	fmt.Println(i1 == i2, i1 != interface{}(int64(3)))
}

// Output:
// {3 4} 12.000 14.000
// Circle(r=1) 3.142 6.283
// {2 2} 4.000 8.000
// total 19.1416
// MyErr -3
// err: zero
// ok true
// nil
// int 42
// stringish hi
// stringish [98 121]
// error bad
// stringer Circle(r=2)
// shape 1.00
// other float64
// other []int
// is circle 3
// is rect false
// true Circle(r=3)
// true false true
// true true
