// []byte(s) and []rune(s) capacities as gc gives them: exact for constant operands, 32 (stack
// buffer) for short non-constant ones, size-class-rounded for long ones; append grows from there.
package main

import "fmt"

func main() {
	b := []byte("hello")
	fmt.Println(len(b), cap(b))
	b = append(b, '!')
	fmt.Println(cap(b))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	s := "dyn"
	s += "amic"
	d := []byte(s)
	fmt.Println(len(d), cap(d))
	e := []byte(s + s + s + s + s)
	fmt.Println(len(e), cap(e))
	fmt.Println(string(d), string(e[:3]))
}

// Output:
// 5 5
// 16
// 5 5
// 7 32
// 35 48
// dynamic dyn
