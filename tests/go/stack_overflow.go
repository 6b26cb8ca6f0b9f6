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
// Timeout: 180
// (The recursion grows the goroutine stack to the 1 GB limit, copying as it grows: many
// seconds under ASan on a loaded machine. The timeout only guards against a hang.)
