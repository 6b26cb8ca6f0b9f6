// strconv's Append functions besides AppendInt/AppendQuote: AppendUint, AppendBool,
// AppendFloat (round half to even, bitSize 32), AppendQuoteRune, AppendQuoteToASCII.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("x=")
	b = strconv.AppendUint(b, 42, 16)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.25, 'f', 1, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1e21, 'g', -1, 32)
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "é\n")
	fmt.Println(string(b))
}

// Output:
// x=2a true 3.2 1e+21 '☺' "\u00e9\n"
