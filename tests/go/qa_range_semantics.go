// Range semantics: the range expression is evaluated once (appending or reslicing during a
// slice range, reassigning the ranged string), arrays are ranged over a copy but array
// pointers are not, deleting map entries during iteration, ranging nil maps and slices, and
// the value variable being a copy.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	parr := &arr
	for i, v := range parr {
		parr[2] = 200
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	seen := 0
	for k := range m {
		delete(m, k)
		delete(m, k+1)
		seen++
	}
	fmt.Println(len(m), seen <= 100, seen >= 50)
	sl := []string{"a", "b", "c"}
	for i := range sl {
		sl = sl[:1]
		fmt.Print(i)
	}
	fmt.Println(sl)
	var nilm map[string]int
	for range nilm {
		fmt.Println("never")
	}
	var nils []int
	for range nils {
		fmt.Println("never")
	}
	x := []int{1, 2, 3}
	for i := range x {
		x[i] *= 10
	}
	for _, v := range x {
		v *= 2
		_ = v
	}
	fmt.Println(x)
	str := "abc"
	for i, c := range str {
		str = "zzzzzz"
		fmt.Print(i, string(c))
	}
	fmt.Println(str)
}

// Output:
// 1 2 3 4
// 0 1 1 2 2 3 [1 2 100]
// 0 1 1 2 2 200 
// 0 true true
// 012[a]
// [10 20 30]
// 0a1b2czzzzzz
