package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Greeter struct {
	Name string
}

func (g Greeter) Hello(who string) string { return "hello " + who + " from " + g.Name }
func (g Greeter) Count() int              { return len(g.Name) }
func (g *Greeter) Rename(n string)        { g.Name = n }
func (g Greeter) private()                {}

type Calc struct{}

func (Calc) Add(a, b int) int                     { return a + b }
func (Calc) Join(sep string, xs ...string) string { return strings.Join(xs, sep) }
func (Calc) Div(a, b float64) (float64, error) {
	if b == 0 {
		return 0, fmt.Errorf("divide by zero")
	}
	return a / b, nil
}

type Speaker interface{ Hello(string) string }

func main() {
	g := &Greeter{Name: "Ann"}
	v := reflect.ValueOf(g)
	t := v.Type()
	fmt.Println(t.NumMethod(), v.Elem().Type().NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(i, t.Method(i).Name)
	}
	out := v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("Bob")})
	fmt.Println(out[0].String(), out[0].Kind())
	v.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("Cy")})
	fmt.Println(g.Name, v.MethodByName("Count").Call(nil)[0].Int())
	fmt.Println(v.MethodByName("Nope").IsValid(), v.MethodByName("Hello").Kind(), v.MethodByName("Hello").Type())

	c := reflect.ValueOf(Calc{})
	fmt.Println(c.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(40)})[0].Int())
	fmt.Println(c.MethodByName("Join").Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b")})[0])
	for _, b := range []float64{2, 0} {
		r := c.MethodByName("Div").Call([]reflect.Value{reflect.ValueOf(1.0), reflect.ValueOf(b)})
		fmt.Println(r[0].Float(), r[1].IsNil(), r[1].Interface())
	}

	var s Speaker = Greeter{"Dee"}
	sv := reflect.ValueOf(&s).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Method(0).Call([]reflect.Value{reflect.ValueOf("Eve")})[0])

	// Dispatch by name, as command tables do.
	for _, name := range []string{"Add", "Mul"} {
		m := c.MethodByName(name)
		if !m.IsValid() {
			fmt.Println("no method", name)
			continue
		}
		fmt.Println(name, m.Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(4)})[0])
	}
}

// Output:
// 3 2
// 0 Count
// 1 Hello
// 2 Rename
// hello Bob from Ann string
// Cy 2
// false func func(string) string
// 42
// a-b
// 0.5 true <nil>
// 0 false divide by zero
// interface 1 hello Eve from Dee
// Add 7
// no method Mul
