package main
func f(a int) {}
func main() {
	f(1, 2)
}
