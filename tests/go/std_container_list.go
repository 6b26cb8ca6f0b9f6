package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump(l)
	fmt.Println(l.Remove(e4), l.Front().Value, l.Back().Value)
	var z list.List
	z.PushBack("a")
	z.PushBackList(l)
	z.PushFrontList(l)
	dump(&z)
	for e := z.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", l, l.Front())
}

// Output:
// 1 2 3 4 | len 4
// 4 2 3 1 | len 4
// 4 2 1
// 2 3 1 a 2 3 1 | len 7
// 1,3,2,a,1,3,2,
// *list.List *list.Element
