package main

func main() {
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}

// Stderr:
// panic: send on closed channel
// goroutine 1 [running]:
// main.main()
// .go:6 +0x
// Exit: 2
