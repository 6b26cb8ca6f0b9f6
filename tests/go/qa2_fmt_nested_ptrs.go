// %v, %+v and %#v of nested structs holding pointers, maps, slices, interfaces and nil values,
// as tutorials print them: pointers at top level print &{...}, nested ones as 0x addresses
// (so only nil ones are printed here), maps sorted by key, %#v with full type names.
package main

import "fmt"

type Address struct {
	City string
	Zip  *int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Scores  map[string]int
	Addr    Address
	Boss    *Person
	Meta    interface{}
	private bool
}

type Matrix [2][2]float64

type Celsius float64

type Node struct {
	Val  int
	Next *Node
}

func main() {
	p := Person{
		Name:   "Ann",
		Age:    30,
		Tags:   []string{"a", "b"},
		Scores: map[string]int{"math": 90, "art": 75},
		Addr:   Address{City: "Oslo"},
		Meta:   Celsius(21.5),
	}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%v\n", &p.Addr)
	fmt.Printf("%+v\n", &p.Addr)
	fmt.Printf("%#v\n", Address{})

	var np *Person
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Printf("%v | %#v\n", []*int{nil}, []*int{nil})
	fmt.Printf("%v | %#v\n", map[string][]int{"z": {1}, "a": nil}, map[string][]int{"z": {1}, "a": nil})
	fmt.Printf("%v | %+v | %#v\n", Matrix{{1, 2}, {3.5, 4}}, Matrix{}, Matrix{{1, 2}, {3.5, 4}})
	fmt.Printf("%#v %#v %#v %#v\n", Celsius(3), []interface{}{1, "x", nil, 2.5}, struct{}{}, [0]int{})
	fmt.Printf("%#v\n", map[Celsius]bool{2: true, -1: false})
	fmt.Printf("%v %+v\n", Node{1, nil}, &Node{2, nil})
	fmt.Printf("%#v\n", struct {
		A []byte
		B [2]bool
		C error
		D func()
		E chan int
	}{A: []byte("hi")})
	fmt.Printf("%v|%d|%s\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%v %+v\n", struct{ P *Address }{}, struct {
		X, Y int
		in   struct{ Z string }
	}{1, 2, struct{ Z string }{"z"}})
	fmt.Printf("%T %T %T %T\n", p, &p, p.Scores, p.Meta)
	fmt.Printf("%T %T %T\n", struct{ A int }{}, []interface{}{}, func(int) string { return "" })
	fmt.Println(p.Tags, p.Scores, p.Addr, p.Boss, p.Meta)
	fmt.Printf("%s\n", p)
	fmt.Printf("%d\n", p)
}

// Output:
// {Ann 30 [a b] map[art:75 math:90] {Oslo <nil>} <nil> 21.5 false}
// {Name:Ann Age:30 Tags:[a b] Scores:map[art:75 math:90] Addr:{City:Oslo Zip:<nil>} Boss:<nil> Meta:21.5 private:false}
// main.Person{Name:"Ann", Age:30, Tags:[]string{"a", "b"}, Scores:map[string]int{"art":75, "math":90}, Addr:main.Address{City:"Oslo", Zip:(*int)(nil)}, Boss:(*main.Person)(nil), Meta:21.5, private:false}
// &{Oslo <nil>}
// &{City:Oslo Zip:<nil>}
// main.Address{City:"", Zip:(*int)(nil)}
// <nil> <nil> (*main.Person)(nil)
// [<nil>] | []*int{(*int)(nil)}
// map[a:[] z:[1]] | map[string][]int{"a":[]int(nil), "z":[]int{1}}
// [[1 2] [3.5 4]] | [[0 0] [0 0]] | main.Matrix{[2]float64{1, 2}, [2]float64{3.5, 4}}
// 3 []interface {}{1, "x", interface {}(nil), 2.5} struct {}{} [0]int{}
// map[main.Celsius]bool{-1:false, 2:true}
// {1 <nil>} &{Val:2 Next:<nil>}
// struct { A []uint8; B [2]bool; C error; D func(); E chan int }{A:[]uint8{0x68, 0x69}, B:[2]bool{false, false}, C:error(nil), D:(func())(nil), E:(chan int)(nil)}
// [104 105]|[104 105]|hi
// {<nil>} {X:1 Y:2 in:{Z:z}}
// main.Person *main.Person map[string]int main.Celsius
// struct { A int } []interface {} func(int) string
// [a b] map[art:75 math:90] {Oslo <nil>} <nil> 21.5
// {Ann %!s(int=30) [a b] map[art:%!s(int=75) math:%!s(int=90)] {Oslo %!s(*int=<nil>)} %!s(*main.Person=<nil>) %!s(main.Celsius=21.5) %!s(bool=false)}
// {%!d(string=Ann) 30 [%!d(string=a) %!d(string=b)] map[%!d(string=art):75 %!d(string=math):90] {%!d(string=Oslo) 0} 0 %!d(main.Celsius=21.5) %!d(bool=false)}
