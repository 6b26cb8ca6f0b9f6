package main

import (
	"bufio"
	"fmt"
	"os"
)

// A tokenizer over stdin that peeks one rune ahead with ReadRune/UnreadRune.
func main() {
	r := bufio.NewReader(os.Stdin)
	for {
		c, _, err := r.ReadRune()
		if err != nil {
			fmt.Println("end", err)
			return
		}
		if c >= '0' && c <= '9' {
			r.UnreadRune()
			n := 0
			for {
				d, _, err := r.ReadRune()
				if err != nil {
					break
				}
				if d < '0' || d > '9' {
					fmt.Println("unread:", r.UnreadRune(), r.UnreadRune())
					break
				}
				n = n*10 + int(d-'0')
			}
			fmt.Println("number", n)
			continue
		}
		if c == '#' {
			rest, err := r.ReadSlice('\n')
			fmt.Printf("comment %q %v\n", rest, err)
			continue
		}
		fmt.Printf("rune %q\n", c)
	}
}

// Stdin:
// ab12 é345
// #note
// x9

// Output:
// rune 'a'
// rune 'b'
// unread: <nil> bufio: invalid use of UnreadRune
// number 12
// rune ' '
// rune 'é'
// unread: <nil> bufio: invalid use of UnreadRune
// number 345
// rune '\n'
// comment "note\n" <nil>
// rune 'x'
// unread: <nil> bufio: invalid use of UnreadRune
// number 9
// rune '\n'
// end EOF
