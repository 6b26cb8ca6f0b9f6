package main
func f() {}
func f() {}
func main() {}
