package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Inner struct{ N int }

type Outer struct {
	*Inner
	Err   error
	Items []Inner
	M     map[string]Inner
	F     func(int) int
	Ch    chan<- string
	Arr   [2]byte
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func main() {
	o := Outer{Inner: &Inner{1}, Items: []Inner{{2}, {3}}, M: map[string]Inner{"k": {4}}}
	v := reflect.ValueOf(&o).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		fmt.Printf("%-5s %-22s %-9v %v\n", t.Field(i).Name, t.Field(i).Type, t.Field(i).Type.Kind(), t.Field(i).Anonymous)
	}
	fmt.Println(v.FieldByName("N").Int(), v.Field(0).Elem().Field(0).CanSet())
	v.FieldByName("N").SetInt(10)
	fmt.Println(o.N)
	v.FieldByName("Err").Set(reflect.ValueOf(errors.New("bad")))
	fmt.Println(o.Err, v.FieldByName("Err").Kind(), v.FieldByName("Err").Elem().Type())
	v.FieldByName("Items").Index(1).Field(0).SetInt(30)
	fmt.Println(o.Items)
	items := v.FieldByName("Items")
	items.Set(reflect.Append(items, reflect.ValueOf(Inner{5})))
	fmt.Println(len(o.Items), items.Len(), o.Items[2])
	items.SetLen(1)
	fmt.Println(o.Items, items.Cap() >= 1)
	fmt.Println(items.Slice(0, 1).Len(), reflect.ValueOf("hello").Slice(1, 3))
	v.FieldByName("M").SetMapIndex(reflect.ValueOf("z"), reflect.ValueOf(Inner{26}))
	v.FieldByName("M").SetMapIndex(reflect.ValueOf("k"), reflect.Value{})
	fmt.Println(o.M)
	v.FieldByName("F").Set(reflect.ValueOf(func(x int) int { return x * 2 }))
	fmt.Println(o.F(21), v.FieldByName("F").Call([]reflect.Value{reflect.ValueOf(4)})[0])
	fmt.Println(v.FieldByName("Ch").Type(), v.FieldByName("Ch").Type().ChanDir(), v.FieldByName("Ch").IsNil())
	v.FieldByName("Arr").Index(1).SetUint(200)
	fmt.Println(o.Arr, v.FieldByName("Arr").Len())
	fmt.Println(reflect.ValueOf([]byte("hi")).Bytes())

	// Printing Values.
	mv := reflect.ValueOf(MyInt(7))
	fmt.Println(mv, mv.Int(), mv.Type(), mv.Kind())
	fmt.Printf("%v %d %s|%5v|%T\n", mv, mv, mv, reflect.ValueOf(3), mv)
	fmt.Printf("%v %+v\n", reflect.ValueOf(Inner{9}), reflect.ValueOf(&Inner{8}).Elem())
	fmt.Println(reflect.ValueOf(nil), reflect.Value{}.IsValid(), reflect.ValueOf([]int{1, 2}))
	fmt.Println(reflect.ValueOf(map[string]int{"a": 1}), reflect.ValueOf(o.Err))

	// Convert.
	c := reflect.ValueOf(65).Convert(reflect.TypeOf(""))
	fmt.Println(c, c.Kind())
	fmt.Println(reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int(), reflect.ValueOf(MyInt(5)).Convert(reflect.TypeOf(0.0)).Float())
	fmt.Println(reflect.ValueOf("abc").Convert(reflect.TypeOf([]byte(nil))).Bytes(), reflect.ValueOf(300).Convert(reflect.TypeOf(int8(0))).Int())
	fmt.Println(reflect.ValueOf(7).Convert(reflect.TypeOf(MyInt(0))).Interface())
	fmt.Println(reflect.ValueOf(1).CanConvert(reflect.TypeOf("")), reflect.ValueOf("x").CanConvert(reflect.TypeOf(0)))

	// Types.
	for _, x := range []any{[]map[string]*Inner{}, map[MyInt][]error{}, (*Outer)(nil), struct {
		A int `k:"v"`
		b string
	}{}, [3][]int{}, func(string, ...int) (bool, error) { return false, nil }, make(<-chan []int)} {
		tt := reflect.TypeOf(x)
		fmt.Println(tt, tt.Kind(), tt.Name() == "", tt.Size())
	}
	ft := reflect.TypeOf(func(string, ...int) (bool, error) { return false, nil })
	fmt.Println(ft.NumIn(), ft.In(1), ft.IsVariadic(), ft.NumOut(), ft.Out(1))
	fmt.Println(reflect.TypeOf(Outer{}).Size(), reflect.TypeOf(Inner{}).Size(), reflect.TypeOf(int32(0)).Bits())
	fmt.Println(reflect.PtrTo(reflect.TypeOf(Inner{})), reflect.SliceOf(reflect.TypeOf(MyInt(0))))
	et := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(et, et.Kind(), et.NumMethod(), et.Method(0).Name, reflect.TypeOf(errors.New("")).Implements(et))
	st := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(MyInt(0)).Implements(st), reflect.TypeOf(0).Implements(st), reflect.TypeOf(MyInt(0)).Comparable(), reflect.TypeOf([]int{}).Comparable())
}

// Output:
// Inner *main.Inner            ptr       true
// Err   error                  interface false
// Items []main.Inner           slice     false
// M     map[string]main.Inner  map       false
// F     func(int) int          func      false
// Ch    chan<- string          chan      false
// Arr   [2]uint8               array     false
// 1 true
// 10
// bad interface *errors.errorString
// [{2} {30}]
// 3 3 {5}
// [{2}] true
// 1 el
// map[z:{26}]
// 42 8
// chan<- string chan<- true
// [0 200] 2
// [104 105]
// MyInt(7) 7 main.MyInt int
// MyInt(7) 7 MyInt(7)|    3|reflect.Value
// {9} {N:8}
// <invalid reflect.Value> false [1 2]
// map[a:1] bad
// A string
// 3 5
// [97 98 99] 44
// MyInt(7)
// true false
// []map[string]*main.Inner slice true 24
// map[main.MyInt][]error map true 8
// *main.Outer ptr true 8
// struct { A int "k:\"v\""; b string } struct true 24
// [3][]int array true 72
// func(string, ...int) (bool, error) func true 8
// <-chan []int chan true 8
// 2 []int true 2 error
// 80 8 32
// *main.Inner []main.MyInt
// error interface 1 Error true
// true false true false
