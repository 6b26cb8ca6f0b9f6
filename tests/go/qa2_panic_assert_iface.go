// An unrecovered failed type assertion to an interface type: Go names the dynamic type, the
// target interface and the first missing method, and reports it as a runtime error panic
// with "[recovered]"-free trace and exit status 2. Before it, the comma-ok forms print.
package main

import "fmt"

type Animal interface{ Sound() string }

type Walker interface {
	Animal
	Walk() string
}

type Fish struct{ name string }

func (f Fish) Sound() string { return "blub" }

type Dog struct{}

func (Dog) Sound() string { return "woof" }
func (Dog) Walk() string  { return "trot" }

func describe(a Animal) string {
	if w, ok := a.(Walker); ok {
		return a.Sound() + " and " + w.Walk()
	}
	return a.Sound() + " only"
}

func main() {
	fmt.Println(describe(Dog{}), "|", describe(Fish{"nemo"}))
	var a Animal = Fish{"dory"}
	w := a.(Walker)
	fmt.Println(w.Walk())
}

// Output:
// woof and trot | blub only
// Stderr:
// panic: interface conversion: main.Fish is not main.Walker: missing method Walk
// goroutine 1 [running]:
// main.main()
// .go:34 +0x
// Exit: 2
