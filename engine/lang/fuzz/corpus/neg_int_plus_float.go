package main
func main() {
	i := 1
	_ = i + 1.5
}
