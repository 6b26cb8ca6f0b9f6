package main
func main() {
	a, b := 1, "x"
	_ = a == b
}
