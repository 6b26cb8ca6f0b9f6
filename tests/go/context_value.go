// WithValue lookup through a chain (nearest wins, through cancel contexts), typed keys that do
// not collide, printing of contexts with %v and %T, the panics of WithValue and nil parents.
package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey int

type user struct{ name string }

func (u user) String() string { return "user:" + u.name }

func main() {
	bg := context.Background()
	a := context.WithValue(bg, ctxKey("user"), "alice")
	b := context.WithValue(a, ctxKey("id"), 42)
	c, cancel := context.WithCancel(b)
	defer cancel()
	d := context.WithValue(c, ctxKey("user"), "bob")
	e := context.WithValue(d, otherKey(1), user{"carol"})

	fmt.Println(e.Value(ctxKey("user")), e.Value(ctxKey("id")), e.Value(otherKey(1)))
	fmt.Println(c.Value(ctxKey("user")), c.Value("user"), c.Value(otherKey(2)))
	if id, ok := e.Value(ctxKey("id")).(int); ok {
		fmt.Println("id+1 =", id+1)
	}

	fmt.Println(bg)
	fmt.Println(context.TODO())
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(c)
	fmt.Println(e)
	fmt.Printf("%v|%s\n", d, c)
	fmt.Printf("%T %T %T\n", bg, a, c)
	fmt.Printf("%T %v\n", context.DeadlineExceeded, context.DeadlineExceeded)
	fmt.Printf("%T %v\n", context.Canceled, context.Canceled)
	type timeouter interface{ Timeout() bool }
	type temporary interface{ Temporary() bool }
	fmt.Println(context.DeadlineExceeded.(timeouter).Timeout(), context.DeadlineExceeded.(temporary).Temporary())

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panic:", recover()) }()
		f()
	}
	try("nil key", func() { context.WithValue(bg, nil, 1) })
	try("slice key", func() { context.WithValue(bg, []int{1}, 1) })
	try("nil parent", func() { context.WithCancel(nil) })
	try("nil parent value", func() { context.WithValue(nil, 1, 1) })
}

// Output:
// bob 42 user:carol
// alice <nil> <nil>
// id+1 = 43
// context.Background
// context.TODO
// context.Background.WithValue(type main.ctxKey, val alice)
// context.Background.WithValue(type main.ctxKey, val alice).WithValue(type main.ctxKey, val <not Stringer>)
// context.Background.WithValue(type main.ctxKey, val alice).WithValue(type main.ctxKey, val <not Stringer>).WithCancel
// context.Background.WithValue(type main.ctxKey, val alice).WithValue(type main.ctxKey, val <not Stringer>).WithCancel.WithValue(type main.ctxKey, val bob).WithValue(type main.otherKey, val user:carol)
// context.Background.WithValue(type main.ctxKey, val alice).WithValue(type main.ctxKey, val <not Stringer>).WithCancel.WithValue(type main.ctxKey, val bob)|context.Background.WithValue(type main.ctxKey, val alice).WithValue(type main.ctxKey, val <not Stringer>).WithCancel
// *context.emptyCtx *context.valueCtx *context.cancelCtx
// context.deadlineExceededError context deadline exceeded
// *errors.errorString context canceled
// true true
// nil key panic: nil key
// slice key panic: key is not comparable
// nil parent panic: cannot create context from nil parent
// nil parent value panic: cannot create context from nil parent
