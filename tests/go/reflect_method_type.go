// reflect: Type.Method(i).Type of a concrete type is the method's func with the receiver as
// its first parameter (Method(i).Func too); of an interface type it has no receiver; a
// Value.Method(i)'s type has none either (the receiver is bound). NumIn, In(0), String.
package main

import (
	"fmt"
	"reflect"
)

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64                { return r.W * r.H }
func (r Rect) Scale(f float64) Shape        { return Rect{r.W * f, r.H * f} }
func (r *Rect) Grow(d float64) (int, error) { r.W += d; return 0, nil }

type Counter int

func (c Counter) Next(step int, names ...string) Counter { return c + Counter(step) }

func show(t reflect.Type) {
	fmt.Println(t, "methods:", t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		ft := m.Type
		fmt.Printf("  %d %s %v NumIn=%d NumOut=%d", m.Index, m.Name, ft, ft.NumIn(), ft.NumOut())
		if ft.NumIn() > 0 {
			fmt.Printf(" In(0)=%v", ft.In(0))
		}
		fmt.Printf(" variadic=%v func-valid=%v\n", ft.IsVariadic(), m.Func.IsValid())
		if m.Func.IsValid() {
			fmt.Println("    Func type:", m.Func.Type())
		}
	}
}

func main() {
	show(reflect.TypeOf(Rect{}))
	show(reflect.TypeOf(&Rect{}))
	show(reflect.TypeOf((*Shape)(nil)).Elem())
	show(reflect.TypeOf(Counter(0)))

	v := reflect.ValueOf(Rect{2, 3})
	for i := 0; i < v.NumMethod(); i++ {
		mt := v.Method(i).Type()
		fmt.Println(v.Type().Method(i).Name, mt, mt.NumIn())
	}
	m, ok := reflect.TypeOf(Rect{}).MethodByName("Scale")
	fmt.Println(m.Type, ok, m.Type.In(0) == reflect.TypeOf(Rect{}), m.Type.In(1))
	out := m.Func.Call([]reflect.Value{reflect.ValueOf(Rect{1, 2}), reflect.ValueOf(3.0)})
	fmt.Println(out[0].Interface())
	im, _ := reflect.TypeOf((*Shape)(nil)).Elem().MethodByName("Scale")
	fmt.Println(im.Type, im.Type.NumIn(), im.Func.IsValid())
	c := reflect.ValueOf(Counter(1)).Method(0)
	fmt.Println(c.Type(), c.Call([]reflect.Value{reflect.ValueOf(4)})[0])
}

// Output:
// main.Rect methods: 2
//   0 Area func(main.Rect) float64 NumIn=1 NumOut=1 In(0)=main.Rect variadic=false func-valid=true
//     Func type: func(main.Rect) float64
//   1 Scale func(main.Rect, float64) main.Shape NumIn=2 NumOut=1 In(0)=main.Rect variadic=false func-valid=true
//     Func type: func(main.Rect, float64) main.Shape
// *main.Rect methods: 3
//   0 Area func(*main.Rect) float64 NumIn=1 NumOut=1 In(0)=*main.Rect variadic=false func-valid=true
//     Func type: func(*main.Rect) float64
//   1 Grow func(*main.Rect, float64) (int, error) NumIn=2 NumOut=2 In(0)=*main.Rect variadic=false func-valid=true
//     Func type: func(*main.Rect, float64) (int, error)
//   2 Scale func(*main.Rect, float64) main.Shape NumIn=2 NumOut=1 In(0)=*main.Rect variadic=false func-valid=true
//     Func type: func(*main.Rect, float64) main.Shape
// main.Shape methods: 2
//   0 Area func() float64 NumIn=0 NumOut=1 variadic=false func-valid=false
//   1 Scale func(float64) main.Shape NumIn=1 NumOut=1 In(0)=float64 variadic=false func-valid=false
// main.Counter methods: 1
//   0 Next func(main.Counter, int, ...string) main.Counter NumIn=3 NumOut=1 In(0)=main.Counter variadic=true func-valid=true
//     Func type: func(main.Counter, int, ...string) main.Counter
// Area func() float64 0
// Scale func(float64) main.Shape 1
// func(main.Rect, float64) main.Shape true true float64
// {3 6}
// func(float64) main.Shape 1 false
// func(int, ...string) main.Counter 5
