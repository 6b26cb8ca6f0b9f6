// Promoted methods through embedded structs and pointers in interfaces, Stringer types,
// iota constants with methods, func types, linked lists, closures, labeled break/continue,
// fallthrough, range over strings, comparisons, integer wrap-around, formatting, recover from
// nil dereference, and os.Exit from a deferred function.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Speaker interface{ Speak() string }
type Namer interface{ Name() string }

type Base struct{ id int }

func (b Base) Speak() string { return "base " + strconv.Itoa(b.id) }
func (b *Base) Name() string { return "name" + strconv.Itoa(b.id) }

type Derived struct {
	*Base
	extra string
}
type Derived2 struct {
	Base
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Op func(int, int) int

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type List struct {
	head *node
	size int
}
type node struct {
	val  int
	next *node
}

func (l *List) Push(v int) { l.head = &node{v, l.head}; l.size++ }
func (l *List) Each(f func(int)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func apply(op Op, a, b int) int { return op(a, b) }

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	var s Speaker = Derived2{Base{7}}
	fmt.Println(s.Speak())
	var n Namer = &Derived2{Base{8}}
	fmt.Println(n.Name())
	d := Derived{&Base{9}, "x"}
	fmt.Println(d.Speak(), d.Name())
	var n2 Namer = d
	fmt.Println(n2.Name())

	var c Celsius = 21.5
	fmt.Println(c)
	fmt.Printf("%v %s %d\n", Monday, Tuesday, Monday)
	fmt.Println(apply(func(a, b int) int { return a * b }, 6, 7))
	var ops = map[string]Op{"add": func(a, b int) int { return a + b }}
	fmt.Println(ops["add"](2, 3))

	l := &List{}
	for i := 0; i < 4; i++ {
		l.Push(i * i)
	}
	var parts []string
	l.Each(func(v int) { parts = append(parts, strconv.Itoa(v)) })
	fmt.Println(strings.Join(parts, ","), l.size)

	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
	default:
		fmt.Println("def")
	}
	for i, r := range "héllo, 世界" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	type pt struct{ x, y int }
	a, b := pt{1, 2}, pt{1, 2}
	fmt.Println(a == b, a != pt{2, 1})
	var e1, e2 interface{} = 1, 1
	fmt.Println(e1 == e2, e1 != nil)
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, 7/2, -7/2, 7%3, -7%3, 1<<10, 0xff&^0x0f)
	x := 10.0 / 3
	fmt.Println(x, float32(x), int(x), 1e20, 3.0)
	fmt.Printf("%5.2f|%-5d|%05d|%x|%q|%v|%T\n", 3.14159, 42, 42, 255, "hi", []string{"a"}, map[string]int{})
	bs := []byte("abc")
	bs = append(bs, 'd')
	fmt.Println(string(bs), len(bs), bs[1:3])
	mat := [][]int{{1, 2}, {3, 4}}
	mat[1][0] = 30
	fmt.Println(mat, len(mat[0]))
	if v, err := strconv.Atoi("12x"); err != nil {
		fmt.Println("err:", err, v)
	}
	num, _ := strconv.Atoi("123")
	fmt.Println(num + 1)
	defer fmt.Println("exiting")
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
		}()
		var p *node
		fmt.Println(p.val)
	}()
	var arr []int
	idx := 5
	defer func() {
		recover()
		fmt.Println("second recover")
		os.Exit(3)
	}()
	fmt.Println(arr[idx])
}

// Output:
// base 7
// name8
// base 9 name9
// name9
// 21.5°C
// Mon Tue 1
// 42
// 5
// 9,4,1,0 4
// 0 1 1 2 3 5 8 13 21 34 
// 0 0;0 1;1 0;1 1;
// two
// three
// 0:h 1:é 3:l 4:l 5:o 6:, 7:  8:世 11:界 
// true true
// true true
// 4 -128 3 -3 1 -1 1024 240
// 3.3333333333333335 3.3333333 3 1e+20 3
//  3.14|42   |00042|ff|"hi"|[a]|map[string]int
// abcd 4 [98 99]
// [[1 2] [30 4]] 2
// err: strconv.Atoi: parsing "12x": invalid syntax 0
// 124
// recovered runtime error: invalid memory address or nil pointer dereference
// second recover
// Exit: 3
