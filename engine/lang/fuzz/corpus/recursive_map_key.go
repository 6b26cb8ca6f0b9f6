package main

type T struct {
	m map[T]int
	a [2]T
}

type G[X any] struct {
	m map[G[X]]int
	a [2]G[X]
}

type U [2]map[U]int

func main() {
	var _ G[int]
	_ = map[T]int{}
}
