// Classic exercises: Conway's life on a byte grid with a Stringer, fixed-size 2D arrays,
// recursive closures (towers of Hanoi, permutations, 8 queens with tuple assignments).
package main

import (
	"fmt"
	"strings"
)

type Matrix [3][3]int

type Grid struct {
	cells [][]byte
	w, h  int
}

func NewGrid(s string) *Grid {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	g := &Grid{h: len(lines), w: len(lines[0])}
	for _, l := range lines {
		g.cells = append(g.cells, []byte(l))
	}
	return g
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			xx, yy := (x+dx+g.w)%g.w, (y+dy+g.h)%g.h
			if g.cells[yy][xx] == '#' {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	ng := &Grid{w: g.w, h: g.h, cells: make([][]byte, g.h)}
	for y := range g.cells {
		ng.cells[y] = make([]byte, g.w)
		for x := range g.cells[y] {
			n := g.Neighbors(x, y)
			alive := g.cells[y][x] == '#'
			if n == 3 || (alive && n == 2) {
				ng.cells[y][x] = '#'
			} else {
				ng.cells[y][x] = '.'
			}
		}
	}
	return ng
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := NewGrid(`
......
..#...
...#..
.###..
......
......
`)
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Print(g)
	var m Matrix
	for i := 0; i < 3; i++ {
		m[i][i] = 1
		m[i][2-i] += 2
	}
	fmt.Println(m, len(m), m[1])
	hanoi := 0
	var move func(n int, from, to, via string)
	move = func(n int, from, to, via string) {
		if n == 0 {
			return
		}
		move(n-1, from, via, to)
		hanoi++
		move(n-1, via, to, from)
	}
	move(10, "A", "C", "B")
	fmt.Println("hanoi moves:", hanoi)
	perms := []string{}
	var permute func(prefix string, rest []rune)
	permute = func(prefix string, rest []rune) {
		if len(rest) == 0 {
			perms = append(perms, prefix)
			return
		}
		for i := range rest {
			r := append(append([]rune{}, rest[:i]...), rest[i+1:]...)
			permute(prefix+string(rest[i]), r)
		}
	}
	permute("", []rune("abc"))
	fmt.Println(perms)
	queens := 0
	cols := make([]bool, 8)
	d1 := make([]bool, 15)
	d2 := make([]bool, 15)
	var place func(r int)
	place = func(r int) {
		if r == 8 {
			queens++
			return
		}
		for c := 0; c < 8; c++ {
			if cols[c] || d1[r+c] || d2[r-c+7] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+7] = true, true, true
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+7] = false, false, false
		}
	}
	place(0)
	fmt.Println("8 queens:", queens)
}

// Output:
// ......
// ......
// ...#..
// ....#.
// ..###.
// ......
// [[1 0 2] [0 3 0] [2 0 1]] 3 [0 3 0]
// hanoi moves: 1023
// [abc acb bac bca cab cba]
// 8 queens: 92
