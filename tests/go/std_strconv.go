// strconv: Itoa/Atoi/Parse*/Format*/Quote, *NumError messages, errors.As/Is on them.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 36))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	n, err = strconv.Atoi("99999999999999999999")
	fmt.Println(n, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	i, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("42", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("abc", 64)
	fmt.Println(f, err)
	bl, err := strconv.ParseBool("true")
	fmt.Println(bl, err)
	bl, err = strconv.ParseBool("yes")
	fmt.Println(bl, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1.5e10, 'e', -1, 64), strconv.FormatFloat(0.000001, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"x\""), strconv.QuoteRune('☺'), strconv.FormatBool(false))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	fmt.Printf("%T %v\n", err, err)
}

// Output:
// -45 11111111 -ff 73
// 123 <nil>
// 0 strconv.Atoi: parsing "12a": invalid syntax
// 9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range
// true Atoi 99999999999999999999 value out of range true
// -31 <nil>
// 127 strconv.ParseInt: parsing "300": value out of range
// 42 <nil>
// 3.25 <nil>
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// 0 strconv.ParseFloat: parsing "abc": invalid syntax
// true <nil>
// false strconv.ParseBool: parsing "yes": invalid syntax
// 3.14 1.5e+10 1e-06
// "hi\n\"x\"" '☺' false
// a	b <nil>
// invalid syntax
// *errors.errorString invalid syntax
