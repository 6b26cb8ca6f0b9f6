package main
type T struct{}
func main() {
	T{}.M()
}
