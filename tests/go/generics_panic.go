// Tracebacks name instances as Go does: main.Div[...] and main.(*Stack[...]).Pop; a runtime
// error inside a generic function is recoverable.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func Div[T int | int64](a, b T) T { return a / b }

func main() {
	fmt.Println(Div(7, 2))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var s Stack[string]
		s.Pop()
	}()
	fmt.Println(Div[int64](1, 0))
}

// Output:
// 3
// recovered: runtime error: integer divide by zero
// Stderr:
// panic: runtime error: integer divide by zero [recovered]
// 	panic: runtime error: index out of range [-1]
// goroutine 1 [running]:
// main.(*Stack[...]).Pop(
// .go:10
// main.main.func1()
// main.Div[...](
// .go:15
// main.main()
// Exit: 2
