// unusedresult: calls whose result is their whole point, used as statements.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
)

type temp float64

func (t temp) String() string { return fmt.Sprint(float64(t)) }

type failure struct{}

func (f *failure) Error() string { return "failure" }

func main() {
	fmt.Sprintf("%d", 1)
	fmt.Sprint("x")
	fmt.Errorf("bad %d", 2)
	errors.New("lost")
	sort.Reverse(sort.IntSlice{1})
	context.WithValue(context.Background(), "k", "v")
	t := temp(1.5)
	t.String()
	f := &failure{}
	f.Error()
	var err error = f
	err.Error()
	var s fmt.Stringer = t
	s.String()
	// Used results are fine, and so are functions not on the list.
	msg := fmt.Sprintf("%d", 3)
	fmt.Println(msg, t.String())
	fmt.Sprintln("not on Go 1.19's list")
	_ = errors.New("assigned")
}
