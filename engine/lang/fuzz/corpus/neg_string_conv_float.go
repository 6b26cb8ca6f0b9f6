package main
func main() {
	_ = string(1.5)
}
