package main
func main() {
	var a [3]int
	_ = a[5]
}
