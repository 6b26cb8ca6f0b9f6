package main
type I interface{ M() int }
type T struct{}
func (T) M() string { return "" }
func main() {
	var i I = T{}
	_ = i
}
