package main

import (
	"fmt"
	"reflect"
	"sort"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Age   int    `json:"age,omitempty"`
	email string
	Tags  []string
}

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64    { return s.Side * s.Side }
func (s Square) String() string   { return fmt.Sprintf("Square(%g)", s.Side) }
func (s *Square) Scale(f float64) { s.Side *= f }

type Celsius float64

func main() {
	u := User{Name: "Ann", Age: 31, email: "a@x", Tags: []string{"a", "b"}}
	t := reflect.TypeOf(u)
	fmt.Println(t, t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s %v json=%q validate=%q exported=%v\n", i, f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("validate"), f.IsExported())
	}
	if v, ok := t.Field(0).Tag.Lookup("xml"); !ok {
		fmt.Println("no xml tag", v == "")
	}

	v := reflect.ValueOf(u)
	for i := 0; i < v.NumField(); i++ {
		fv := v.Field(i)
		if fv.CanInterface() {
			fmt.Printf("%s = %v (%s)\n", t.Field(i).Name, fv.Interface(), fv.Kind())
		} else {
			fmt.Printf("%s unexported: %v\n", t.Field(i).Name, fv)
		}
	}

	// Kinds and types of various values.
	vals := []any{42, int8(-3), uint16(7), 3.5, "hi", true, []int{1}, [2]string{}, map[string]int{},
		&u, make(chan int), func(int) string { return "" }, Celsius(20), nil, Square{2}, 'x', byte(1)}
	for _, x := range vals {
		t := reflect.TypeOf(x)
		if t == nil {
			fmt.Println("nil type")
			continue
		}
		fmt.Printf("%-22v kind=%-7v name=%q\n", t, t.Kind(), t.Name())
	}

	// Type relations.
	shapeT := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(shapeT.Kind(), shapeT, reflect.TypeOf(Square{}).Implements(shapeT), reflect.TypeOf(u).Implements(shapeT))
	st := reflect.TypeOf(&Square{})
	fmt.Println(st.Kind(), st.Elem().Name(), st.NumMethod(), reflect.TypeOf(Square{}).NumMethod())
	for i := 0; i < st.NumMethod(); i++ {
		fmt.Println(" method", st.Method(i).Name)
	}
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem())
	fmt.Println(reflect.TypeOf([3]int{}).Len(), reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(""))
	fmt.Println(reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0.0)), reflect.TypeOf(0).AssignableTo(reflect.TypeOf(Celsius(0))))

	// Set through a pointer.
	p := reflect.ValueOf(&u).Elem()
	fmt.Println(p.CanSet(), reflect.ValueOf(u).Field(0).CanSet())
	p.FieldByName("Name").SetString("Bob")
	p.Field(1).SetInt(40)
	p.FieldByName("Tags").Set(reflect.ValueOf([]string{"z"}))
	fmt.Printf("%+v\n", u)
	x := 3.0
	reflect.ValueOf(&x).Elem().SetFloat(6.5)
	fmt.Println(x)
	sq := &Square{3}
	reflect.ValueOf(sq).Elem().Field(0).SetFloat(4)
	fmt.Println(sq.Area(), reflect.ValueOf(sq).Elem())

	// Slices, maps, Indirect, New, Zero, Append, MakeSlice, MakeMap.
	s := reflect.ValueOf([]int{10, 20, 30})
	fmt.Println(s.Len(), s.Index(1).Int(), s.Index(2))
	s.Index(0).SetInt(11)
	fmt.Println(s.Interface())
	m := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	keys := m.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Println(k, m.MapIndex(k))
	}
	fmt.Println(m.MapIndex(reflect.ValueOf("zz")).IsValid())
	it := m.MapRange()
	n := 0
	for it.Next() {
		n += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println("sum", n)
	nm := reflect.MakeMap(reflect.TypeOf(map[string]bool{}))
	nm.SetMapIndex(reflect.ValueOf("ok"), reflect.ValueOf(true))
	fmt.Println(nm.Interface(), nm.Len())
	ns := reflect.MakeSlice(reflect.TypeOf([]string{}), 1, 4)
	ns = reflect.Append(ns, reflect.ValueOf("x"), reflect.ValueOf("y"))
	fmt.Printf("%q %d %d\n", ns.Interface(), ns.Len(), ns.Cap())
	np := reflect.New(reflect.TypeOf(0))
	np.Elem().SetInt(99)
	fmt.Println(*(np.Interface().(*int)), reflect.Indirect(np).Int(), reflect.Zero(reflect.TypeOf("")).String() == "")
	fmt.Println(reflect.ValueOf(0).IsZero(), reflect.ValueOf(User{}).IsZero(), reflect.ValueOf(u).IsZero())
	var np2 *User
	fmt.Println(reflect.ValueOf(np2).IsNil(), reflect.ValueOf(np2).Elem().IsValid())
	fmt.Println(reflect.ValueOf(42).String(), reflect.ValueOf("str").String())
	fmt.Println(reflect.ValueOf(u).Kind() == reflect.Struct, reflect.Ptr == reflect.Pointer, reflect.Kind(100))

	// Call.
	add := func(a, b int) int { return a + b }
	out := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(out[0].Int(), len(out))
	fmt.Println(reflect.TypeOf(add).NumIn(), reflect.TypeOf(add).In(0), reflect.TypeOf(add).Out(0))

	// DeepEqual.
	a1 := map[string][]int{"x": {1, 2}}
	a2 := map[string][]int{"x": {1, 2}}
	fmt.Println(reflect.DeepEqual(a1, a2), reflect.DeepEqual([]int{1}, []int{2}), reflect.DeepEqual(u, u))
	fmt.Println(reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil))
	type node struct {
		V    int
		Next *node
	}
	l1 := &node{1, &node{2, nil}}
	l2 := &node{1, &node{2, nil}}
	fmt.Println(reflect.DeepEqual(l1, l2))
	l2.Next.V = 3
	fmt.Println(reflect.DeepEqual(l1, l2))
}

// Output:
// main.User User struct 4
// 0 Name string json="name" validate="required" exported=true
// 1 Age int json="age,omitempty" validate="" exported=true
// 2 email string json="" validate="" exported=false
// 3 Tags []string json="" validate="" exported=true
// no xml tag true
// Name = Ann (string)
// Age = 31 (int)
// email unexported: a@x
// Tags = [a b] (slice)
// int                    kind=int     name="int"
// int8                   kind=int8    name="int8"
// uint16                 kind=uint16  name="uint16"
// float64                kind=float64 name="float64"
// string                 kind=string  name="string"
// bool                   kind=bool    name="bool"
// []int                  kind=slice   name=""
// [2]string              kind=array   name=""
// map[string]int         kind=map     name=""
// *main.User             kind=ptr     name=""
// chan int               kind=chan    name=""
// func(int) string       kind=func    name=""
// main.Celsius           kind=float64 name="Celsius"
// nil type
// main.Square            kind=struct  name="Square"
// int32                  kind=int32   name="int32"
// uint8                  kind=uint8   name="uint8"
// interface main.Shape true false
// ptr Square 3 2
//  method Area
//  method Scale
//  method String
// string []int int
// 3 true false
// true false
// true false
// {Name:Bob Age:40 email:a@x Tags:[z]}
// 6.5
// 16 Square(4)
// 3 20 30
// [11 20 30]
// a 1
// b 2
// false
// sum 5
// map[ok:true] 1
// ["" "x" "y"] 3 4
// 99 99 true
// true true false
// true false
// <int Value> str
// true true kind100
// 5 1
// 2 int int
// true false true
// false false true
// true
// false
