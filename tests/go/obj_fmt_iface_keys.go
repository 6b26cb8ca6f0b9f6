// fmt prints interface-keyed maps in Go's order: nil first, then by dynamic type in the order
// of gc's type descriptors (size, then name), then by value.
package main

import "fmt"

type K struct{ A int }
type K2 struct{ A, B int }
type E int
type S string

func (S) M() {}

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m["a"] = "string"
	m[2.5] = "float64"
	m[true] = "bool"
	m[K{1}] = "K"
	m[E(3)] = "E"
	m[int8(4)] = "int8"
	m[nil] = "nil"
	m[[1]int{1}] = "[1]int"
	m['x'] = "rune"
	m[K2{}] = "K2"
	m[S("s")] = "S"
	m[[2]string{"p", "q"}] = "[2]string"
	m[struct{}{}] = "struct{}"
	m[uint8(9)] = "uint8"
	m[int64(10)] = "int64"
	m[float32(1.5)] = "float32"
	m[struct{ A, B, C int }{}] = "struct3"
	fmt.Println(m)
	fmt.Println(map[interface{}]int{"b": 1, "a": 2, 3: 3, 1: 4, false: 5})
}

// Output:
// map[<nil>:nil true:bool 1.5:float32 2.5:float64 1:int 120:rune 10:int64 4:int8 3:E a:string 9:uint8 [1]:[1]int [p q]:[2]string s:S {}:struct{} {1}:K {0 0}:K2 {0 0 0}:struct3]
// map[false:5 1:4 3:3 a:2 b:1]
