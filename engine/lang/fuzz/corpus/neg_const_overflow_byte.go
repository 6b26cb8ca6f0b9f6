package main
func main() {
	_ = byte(300)
}
