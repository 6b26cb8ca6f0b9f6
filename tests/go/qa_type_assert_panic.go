// A failed single-value type assertion is a runtime panic with Go's exact message (it names
// both the interface's dynamic type and the asserted type, with package paths).
package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{}

func (Dog) Sound() string { return "woof" }
func (Cat) Sound() string { return "meow" }

func main() {
	var a Animal = Dog{}
	fmt.Println(a.Sound())
	d := a.(Dog)
	fmt.Println(d.Sound())
	c := a.(Cat)
	fmt.Println(c.Sound())
}

// Output:
// woof
// woof
// Stderr:
// panic: interface conversion: main.Animal is main.Dog, not main.Cat
// goroutine 1 [running]:
// main.main()
// .go:19 +0x
// Exit: 2
