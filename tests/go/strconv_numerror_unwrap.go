// (*strconv.NumError).Unwrap called directly and as a method expression: it existed for errors.Is
// and errors.As but was not declared, so ne.Unwrap() did not compile.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Unwrap() == strconv.ErrRange, ne.Unwrap())
	}
	f := (*strconv.NumError).Unwrap
	fmt.Println(f(ne))
}

// Output:
// ParseInt 99999999999999999999 true value out of range
// value out of range
