// errors.New/Is/As/Unwrap, fmt.Errorf %w, Error/String methods (value and pointer receivers, unexported fields).
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

var ErrNotFound = errors.New("not found")

type T struct{ N int }

func (t T) String() string { return fmt.Sprintf("T(%d)", t.N) }

type PT struct{ N int }

func (t *PT) String() string { return fmt.Sprintf("PT(%d)", t.N) }

func find(k int) error {
	if k == 0 {
		return fmt.Errorf("find %d: %w", k, ErrNotFound)
	}
	if k == 1 {
		return fmt.Errorf("layer: %w", &MyErr{42})
	}
	return nil
}

func main() {
	e := find(0)
	fmt.Println(e, errors.Is(e, ErrNotFound), errors.Unwrap(e) == ErrNotFound)
	e = find(1)
	var me *MyErr
	if errors.As(e, &me) {
		fmt.Println("as:", me.Code, me)
	}
	fmt.Println(find(2), errors.Is(nil, ErrNotFound))
	fmt.Println(T{1}, &T{2}, []T{{3}}, map[string]T{"a": {4}})
	fmt.Println(PT{5}, &PT{6}, []*PT{{7}})
	fmt.Printf("%v %s %d %+v\n", T{8}, T{9}, T{10}, T{11})
	var np *PT
	fmt.Println(np)
	var err error = &MyErr{1}
	fmt.Printf("%v|%s|%q|%x\n", err, err, err, err)
	fmt.Println(struct {
		A T
		b T
	}{T{1}, T{2}})
}

// Output:
// find 0: not found true true
// as: 42 myerr 42
// <nil> false
// T(1) T(2) [T(3)] map[a:T(4)]
// {5} PT(6) [PT(7)]
// T(8) T(9) {10} T(11)
// <nil>
// myerr 1|myerr 1|"myerr 1"|6d796572722031
// {T(1) {2}}
