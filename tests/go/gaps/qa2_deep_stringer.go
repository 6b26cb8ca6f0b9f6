// A String method that formats the rest of a 5000-node linked list with %v: fmt calls String
// recursively 5000 deep. Go's growable stacks handle it; gort nests its dispatch loop on the
// C++ stack for each fmt -> String call and stops at ~2500 levels with a stack overflow.
package main

import (
	"fmt"
	"strconv"
)

type List struct {
	v    int
	next *List
}

func (l *List) String() string {
	if l.next == nil {
		return strconv.Itoa(l.v)
	}
	return fmt.Sprintf("%d,%v", l.v, l.next)
}

func main() {
	var l *List
	for i := 0; i < 5000; i++ {
		l = &List{i, l}
	}
	s := l.String()
	fmt.Println(len(s), s[:20], s[len(s)-10:])
}

// Output:
// 23889 4999,4998,4997,4996, ,4,3,2,1,0
