package main

var a = []int{-1: 1}
var b = [...]int{1 << 62: 1}
var c [1 << 40][1 << 40]byte
var d [1e10]int
var e [1 << 63]int

func f[T ~[2]int](x T) {
	var a [len(x)]int
	_ = a
}

func main() {}
