// User types implementing Context: a struct embedding context.Context is accepted by the
// With* functions and cancelling the context beneath cancels children made from the wrapper;
// a type with its own Deadline/Value; printing of such contexts; uncomparable key lookup.
package main

import (
	"context"
	"fmt"
	"time"
)

type traced struct {
	context.Context
	name string
}

func (t traced) Value(key any) any {
	if key == "name" {
		return t.name
	}
	return t.Context.Value(key)
}

type myCtx struct{ context.Context }

type pair struct{ x any }

func main() {
	base, cancel := context.WithCancel(context.Background())
	w := traced{base, "wrapper"}
	child, cancelChild := context.WithCancel(w)
	defer cancelChild()
	v := context.WithValue(child, "k", 1)
	fmt.Println(v.Value("name"), v.Value("k"), v.Value("other"))
	fmt.Println(child)
	fmt.Println(context.WithValue(myCtx{context.Background()}, "a", "b"))
	fmt.Println(child.Err())
	cancel()
	<-child.Done()
	fmt.Println("child after base cancel:", child.Err(), w.Err())

	// A wrapper's deadline is seen by WithDeadline (the earlier one wins).
	tctx, tcancel := context.WithTimeout(context.Background(), time.Hour)
	defer tcancel()
	later, lcancel := context.WithTimeout(myCtx{tctx}, 2*time.Hour)
	defer lcancel()
	d1, _ := tctx.Deadline()
	d2, ok := later.Deadline()
	fmt.Println(ok, d1.Equal(d2))

	// Keys of other dynamic types never match; a key of a comparable type holding an
	// uncomparable value panics when compared, as in Go.
	fmt.Println(v.Value([]int{1}))
	pv := context.WithValue(context.Background(), pair{[]int{1}}, "p")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(pv.Value(pair{[]int{2}}))
	}()
}

// Output:
// wrapper 1 <nil>
// main.traced.WithCancel
// main.myCtx.WithValue(type string, val b)
// <nil>
// child after base cancel: context canceled context canceled
// true true
// <nil>
// recovered: runtime error: comparing uncomparable type []int
