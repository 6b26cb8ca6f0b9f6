// Reading stdin like playground users do: a line-based calculator with bufio.Scanner, parsing
// with strings.Fields and strconv (printing strconv's error messages), then word frequency
// over the remaining lines with bufio.ScanWords semantics done by hand.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func eval(line string) (float64, error) {
	f := strings.Fields(line)
	if len(f) != 3 {
		return 0, fmt.Errorf("want 3 fields, got %d", len(f))
	}
	a, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return 0, err
	}
	b, err := strconv.Atoi(f[2])
	if err != nil {
		return 0, err
	}
	switch f[1] {
	case "+":
		return a + float64(b), nil
	case "*":
		return a * float64(b), nil
	case "/":
		if b == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return a / float64(b), nil
	}
	return 0, fmt.Errorf("unknown operator %q", f[1])
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lineNo := 0
	words := map[string]int{}
	for sc.Scan() {
		line := sc.Text()
		lineNo++
		if line == "---" {
			break
		}
		v, err := eval(line)
		if err != nil {
			fmt.Printf("line %d: error: %v\n", lineNo, err)
			continue
		}
		fmt.Printf("line %d: %g\n", lineNo, v)
	}
	for sc.Scan() {
		for _, w := range strings.Fields(strings.ToLower(sc.Text())) {
			words[strings.Trim(w, ".,!")]++
		}
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range words {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:3] {
		fmt.Println(e.w, e.n)
	}
	_, err := strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	x, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(x, err)
}

// Stdin:
// 1.5 + 2
// 3 * 4
// 10 / 0
// abc + 1
// 2 + x
// 7 -  1
// 1 2
// ---
// The cat and the dog.
// THE END, the end!
// Output:
// line 1: 3.5
// line 2: 12
// line 3: error: division by zero
// line 4: error: strconv.ParseFloat: parsing "abc": invalid syntax
// line 5: error: strconv.Atoi: parsing "x": invalid syntax
// line 6: error: unknown operator "-"
// line 7: error: want 3 fields, got 2
// the 4
// end 2
// and 1
// strconv.Atoi: parsing "99999999999999999999": value out of range
// strconv.ParseBool: parsing "maybe": invalid syntax
// -255 <nil>
