// An uncaught panic with a custom error type: Go prints "panic: " + Error() for errors,
// adds " [recovered]" when re-panicked, then goroutine 1's traceback with main.main's line.
package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string { return "invalid field " + e.Field }

func validate(f string) {
	defer fmt.Println("deferred in validate runs")
	if f == "" {
		panic(ValidationError{"name"})
	}
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	validate("ok")
	validate("")
}

// Output:
// deferred in validate runs
// deferred in validate runs
// got invalid field name
// Stderr:
// panic: invalid field name [recovered]
// 	panic: invalid field name
// goroutine 1 [running]:
// main.main.func1()
// .go:24 +0x
// main.validate(
// .go:16 +0x
// main.main()
// .go:27 +0x
// Exit: 2
