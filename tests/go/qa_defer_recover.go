// defer/panic/recover: recover returning the panic value, runtime errors recovered and printed
// (index, nil map write, division, type assertion, nil deref), deferred calls modifying named
// results, LIFO order with loop variables, re-panic after recover, and a panic inside a
// deferred call replacing the first one.
package main

import (
	"errors"
	"fmt"
)

func safe(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %T: %v\n", name, r, r)
			if e, ok := r.(error); ok {
				var re interface{ RuntimeError() }
				fmt.Println("  is runtime error:", errors.As(e, &re))
			}
		}
	}()
	f()
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide: %v", r)
		}
	}()
	q = a / b
	return
}

func triple() (n int) {
	defer func() { n *= 3 }()
	return 7
}

func main() {
	var arr []int
	var m map[string]int
	var p *struct{ X int }
	var i interface{} = "str"
	zero := 0
	safe("index", func() { _ = arr[5] })
	safe("slice", func() { s := []int{1, 2, 3}; lo := 2; _ = s[lo:1] })
	safe("nilmap", func() { m["a"] = 1 })
	safe("divide", func() { fmt.Println(10 / zero) })
	safe("assert", func() { fmt.Println(i.(int)) })
	safe("nilptr", func() { fmt.Println(p.X) })
	safe("custom", func() { panic(fmt.Sprintf("bad %d", 42)) })
	safe("error", func() { panic(errors.New("an error value")) })
	safe("closed", func() { c := make(chan int); close(c); close(c) })
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Println(triple())

	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}

	safe("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re: ", r))
		}()
		panic("first")
	})
	safe("panic-in-defer", func() {
		defer func() { panic("second") }()
		panic("first")
	})
	safe("nested", func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		func() {
			defer fmt.Println("unwinding inner")
			panic("deep")
		}()
	})
	fmt.Println("recover outside panic:", recover())
	safe("nil-panic-value", func() { panic(fmt.Sprint(nil)) })
}

// Output:
// index: recovered runtime.boundsError: runtime error: index out of range [5] with length 0
//   is runtime error: true
// slice: recovered runtime.boundsError: runtime error: slice bounds out of range [2:1]
//   is runtime error: true
// nilmap: recovered runtime.plainError: assignment to entry in nil map
//   is runtime error: true
// divide: recovered runtime.errorString: runtime error: integer divide by zero
//   is runtime error: true
// assert: recovered *runtime.TypeAssertionError: interface conversion: interface {} is string, not int
//   is runtime error: true
// nilptr: recovered runtime.errorString: runtime error: invalid memory address or nil pointer dereference
//   is runtime error: true
// custom: recovered string: bad 42
// error: recovered *errors.errorString: an error value
//   is runtime error: false
// closed: recovered runtime.plainError: close of closed channel
//   is runtime error: true
// 3 <nil>
// 0 divide: runtime error: integer divide by zero
// 21
// repanic: recovered string: re: first
// panic-in-defer: recovered string: second
// unwinding inner
// inner recover: deep
// recover outside panic: <nil>
// nil-panic-value: recovered string: <nil>
// deferred 2
// deferred 1
// deferred 0
