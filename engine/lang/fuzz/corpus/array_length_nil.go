package main

var a [nil]int
var b = [(nil)]int{}
var x interface{} = nil.(int)

func f() {
	switch x.(type) {
	case nil:
	}
	var c [len(f)]int
	_ = c
}

func main() {}
