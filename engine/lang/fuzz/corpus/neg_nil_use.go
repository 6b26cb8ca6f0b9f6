package main
func main() {
	x := nil
	_ = x
}
