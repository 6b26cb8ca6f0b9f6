package main
func main() {
	s := []int{1}
	_ = s[-1]
}
