// Parent cancel propagates to children (and grandchildren through WithValue); cancelling a
// child leaves its parent alone; a child of an already-cancelled parent is born cancelled.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child1, cancel1 := context.WithCancel(root)
	defer cancel1()
	vctx := context.WithValue(root, "k", "v")
	child2, cancel2 := context.WithCancel(vctx)
	defer cancel2()
	grand, cancelG := context.WithCancel(child2)
	defer cancelG()
	other, cancelOther := context.WithCancel(root)

	cancelOther()
	fmt.Println("other:", other.Err(), "root:", root.Err(), "child1:", child1.Err())

	var wg sync.WaitGroup
	for i, c := range []context.Context{child1, child2, grand} {
		wg.Add(1)
		go func(i int, c context.Context) {
			defer wg.Done()
			<-c.Done()
		}(i, c)
	}
	cancelRoot()
	wg.Wait()
	fmt.Println("root:", root.Err())
	fmt.Println("child1:", child1.Err())
	fmt.Println("child2:", child2.Err())
	fmt.Println("grand:", grand.Err())
	fmt.Println("vctx:", vctx.Err(), vctx.Value("k"))

	late, cancelLate := context.WithCancel(grand)
	defer cancelLate()
	select {
	case <-late.Done():
		fmt.Println("late child born cancelled:", late.Err())
	default:
		fmt.Println("late child not cancelled?!")
	}

	// Many children, cancelled in mixed order, then the parent.
	p, cp := context.WithCancel(context.Background())
	var kids []context.Context
	var cancels []context.CancelFunc
	for i := 0; i < 10; i++ {
		k, ck := context.WithCancel(p)
		kids = append(kids, k)
		cancels = append(cancels, ck)
	}
	for i := 0; i < 10; i += 3 {
		cancels[i]()
	}
	live := 0
	for _, k := range kids {
		if k.Err() == nil {
			live++
		}
	}
	fmt.Println("live before parent cancel:", live)
	cp()
	live = 0
	for _, k := range kids {
		if k.Err() == nil {
			live++
		}
	}
	fmt.Println("live after parent cancel:", live)
}

// Output:
// other: context canceled root: <nil> child1: <nil>
// root: context canceled
// child1: context canceled
// child2: context canceled
// grand: context canceled
// vctx: context canceled v
// late child born cancelled: context canceled
// live before parent cancel: 6
// live after parent cancel: 0
