// reflect: a method Value (Value.Method, MethodByName) as a func value through Interface():
// called directly, with several results, variadic, with a pointer receiver that mutates, bound
// to a copy of a value receiver taken when Method was called (as x.M binds x), and deferred.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Counter struct{ N int }

func (c Counter) Get() int                   { return c.N }
func (c Counter) DivMod(d int) (int, int)    { return c.N / d, c.N % d }
func (c Counter) Join(sep string, parts ...string) string {
	return fmt.Sprint(c.N) + ":" + strings.Join(parts, sep)
}
func (c *Counter) Inc(by int) { c.N += by }

func main() {
	c := Counter{N: 17}
	v := reflect.ValueOf(c)

	get := v.MethodByName("Get").Interface().(func() int)
	c.N = 100 // the method value holds its own copy of the receiver
	fmt.Println(get(), c.N)

	dm := v.MethodByName("DivMod").Interface().(func(int) (int, int))
	q, r := dm(5)
	fmt.Println(q, r)

	join := v.MethodByName("Join").Interface().(func(string, ...string) string)
	fmt.Println(join("-", "a", "b", "c"), join(","))

	pc := &Counter{N: 1}
	inc := reflect.ValueOf(pc).MethodByName("Inc").Interface().(func(int))
	inc(2)
	inc(3)
	fmt.Println(pc.N)

	f := reflect.ValueOf(pc).Method(0).Interface()
	fmt.Printf("%T\n", f)
	if g, ok := f.(func() (int, int)); ok {
		fmt.Println("unexpected", g)
	} else {
		fmt.Println("not a func() (int, int)")
	}

	func() {
		defer inc(10)
		fmt.Println("before the deferred call:", pc.N)
	}()
	fmt.Println("after:", pc.N)

	done := make(chan int)
	go func() { done <- get() }()
	fmt.Println(<-done)
}

// Output:
// 17 100
// 3 2
// 17:a-b-c 17:
// 6
// func(int) (int, int)
// not a func() (int, int)
// before the deferred call: 6
// after: 16
// 17
