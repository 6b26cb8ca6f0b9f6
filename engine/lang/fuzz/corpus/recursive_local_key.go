package main

type T struct{ next [1]T }

type U = map[T]int

var u U

func f() {
	type L struct{ a [2]L }
	var m map[L]int
	_ = m
	_ = L{} == L{}
	type K [1]K
	_ = map[K]int{}
}

func main() {}
