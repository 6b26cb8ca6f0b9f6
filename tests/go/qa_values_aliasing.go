// Value vs reference semantics: arrays and structs copy on assignment and when passed, slices
// and maps share, pointers to struct fields and array/slice elements, a pointer into a slice
// that is then outgrown by append, struct and array comparisons, and map keys of struct,
// array and interface type.
package main

import "fmt"

type Vec struct{ X, Y int }

type Body struct {
	Pos  Vec
	Hist [3]int
	Tags []string
	Name string
}

func moveCopy(b Body)    { b.Pos.X = 100; b.Hist[0] = 100; b.Tags[0] = "changed" }
func movePtr(b *Body)    { b.Pos.X = 200; b.Hist[0] = 200 }
func zeroArr(a [3]int)   { a[0] = 0 }
func zeroArrP(a *[3]int) { a[0] = 0 }

func main() {
	b := Body{Vec{1, 2}, [3]int{1, 2, 3}, []string{"t"}, "b"}
	moveCopy(b)
	fmt.Println(b.Pos, b.Hist, b.Tags)
	movePtr(&b)
	fmt.Println(b.Pos, b.Hist)
	c := b
	c.Hist[1] = -1
	c.Tags = append(c.Tags, "more")
	fmt.Println(b.Hist, c.Hist, b.Tags, c.Tags, b.Pos == c.Pos)

	arr := [3]int{7, 8, 9}
	zeroArr(arr)
	fmt.Println(arr)
	zeroArrP(&arr)
	fmt.Println(arr, arr == [3]int{0, 8, 9})

	px := &b.Pos.X
	*px = 42
	pa := &b.Hist[2]
	*pa++
	fmt.Println(b.Pos, b.Hist)

	s := make([]int, 1, 1)
	p0 := &s[0]
	s = append(s, 2)
	*p0 = 99
	fmt.Println(s, *p0)

	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	rows := grid[:]
	rows[1][1] = 8
	fmt.Println(grid, g2)

	bodies := []Body{{Name: "a"}, {Name: "b"}}
	for _, bd := range bodies {
		bd.Name = "changed"
	}
	for i := range bodies {
		bodies[i].Pos.Y = i + 1
	}
	fmt.Println(bodies[0].Name, bodies[1].Pos)
	ptrs := []*Vec{}
	for i := 0; i < 3; i++ {
		v := Vec{i, i}
		ptrs = append(ptrs, &v)
	}
	fmt.Println(*ptrs[0], *ptrs[2])

	type key struct {
		name string
		id   [2]int
	}
	km := map[key]int{}
	km[key{"a", [2]int{1, 2}}]++
	km[key{"a", [2]int{1, 2}}]++
	km[key{"b", [2]int{1, 2}}]++
	fmt.Println(len(km), km[key{"a", [2]int{1, 2}}])
	im := map[interface{}]string{1: "int", "1": "string", 2.5: "float", Vec{1, 1}: "vec", [2]int{}: "arr"}
	fmt.Println(len(im), im[1], im["1"], im[2.5], im[Vec{1, 1}], im[[2]int{0, 0}])
	am := map[[2]string]bool{{"x", "y"}: true}
	fmt.Println(am[[2]string{"x", "y"}], am[[2]string{"y", "x"}])
	var i1, i2 interface{} = Vec{1, 2}, Vec{1, 2}
	fmt.Println(i1 == i2, i1 == Vec{2, 1})
	mm := map[string][]int{}
	sl := mm["x"]
	sl = append(sl, 1)
	fmt.Println(len(mm), sl)
	mp := map[string]*Vec{"v": {1, 1}}
	mp["v"].X = 50
	fmt.Println(*mp["v"])
}

// Output:
// {1 2} [1 2 3] [changed]
// {200 2} [200 2 3]
// [200 2 3] [200 -1 3] [changed] [changed more] true
// [7 8 9]
// [0 8 9] true
// {42 2} [200 2 4]
// [0 2] 99
// [[1 2] [3 8]] [[9 2] [3 4]]
// a {0 2}
// {0 0} {2 2}
// 2 2
// 5 int string float vec arr
// true false
// true false
// 0 [1]
// {50 1}
