package main

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	println(f(0))
}

// Stderr:
// runtime: goroutine stack exceeds 1000000000-byte limit
// fatal error: stack overflow
// main.f(
// .go:4 +0x
// ...additional frames elided...
// Exit: 2
