package main
func main() {
	x := []int{}
	append(x, 1)
}
