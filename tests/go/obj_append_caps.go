// append growth: cap() after appends for element sizes 1, 2, 4, 8, 16, 12, 40 and 0 bytes and
// for multi-element appends, exactly as Go 1.19's growslice and malloc size classes give.
package main

import "fmt"

type S12 struct{ A, B, C int32 }

type Big struct {
	Name string
	N    [3]int
}

func main() {
	var b []byte
	var i16 []int16
	var r []rune
	var n []int
	var s []string
	var st []S12
	var big []Big
	var e []struct{}
	var caps [8][]int
	last := [8]int{-1, -1, -1, -1, -1, -1, -1, -1}
	note := func(k, c int) {
		if c != last[k] {
			caps[k] = append(caps[k], c)
			last[k] = c
		}
	}
	for i := 0; i < 3000; i++ {
		b = append(b, 1)
		i16 = append(i16, 1)
		r = append(r, 1)
		n = append(n, 1)
		s = append(s, "")
		st = append(st, S12{})
		big = append(big, Big{})
		e = append(e, struct{}{})
		note(0, cap(b))
		note(1, cap(i16))
		note(2, cap(r))
		note(3, cap(n))
		note(4, cap(s))
		note(5, cap(st))
		note(6, cap(big))
		note(7, cap(e))
	}
	for _, c := range caps[:7] {
		fmt.Println(c)
	}
	fmt.Println(len(caps[7]), cap(e))
	// Appending many at once.
	for _, k := range []int{3, 5, 7, 9, 13, 17, 33, 100, 257, 1000} {
		fmt.Print(cap(append([]int(nil), make([]int, k)...)), " ")
		fmt.Print(cap(append([]byte(nil), make([]byte, k)...)), " ")
		fmt.Print(cap(append(make([]int, 4), make([]int, k)...)), "; ")
	}
	fmt.Println()
	x := append([]byte("abc"), "defgh"...)
	fmt.Println(len(x), cap(x) >= len(x))
}

// Output:
// [8 16 32 64 128 256 512 896 1408 2048 3072]
// [4 8 16 32 64 128 256 512 896 1344 2048 3072]
// [2 4 8 16 32 64 128 256 512 864 1344 2048 3072]
// [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408]
// [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3584]
// [1 2 4 8 16 32 64 128 256 512 853 1365 2048 3413]
// [1 2 4 8 16 32 67 134 272 544 1024 1638 2252 3072]
// 3000 3000
// 3 8 8; 6 8 10; 8 8 12; 10 16 14; 14 16 18; 18 24 22; 36 48 40; 112 112 112; 288 288 288; 1024 1024 1024;
// 8 true
