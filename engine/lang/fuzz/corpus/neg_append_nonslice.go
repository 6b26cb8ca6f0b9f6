package main
func main() {
	x := 1
	x = append(x, 2)
}
