package main
func main() {
	var a int
	var a string
	_ = a
}
