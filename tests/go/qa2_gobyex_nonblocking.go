// Go by Example "Non-Blocking Channel Operations": select with default for a receive, a send
// with no receiver, and a multi-way non-blocking select; then the same with a buffered channel
// and a waiting receiver so the other branches are taken.
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	buffered := make(chan string, 1)
	select {
	case buffered <- "buffered hi":
		fmt.Println("sent to buffer")
	default:
		fmt.Println("buffer full")
	}
	select {
	case buffered <- "again":
		fmt.Println("sent to buffer")
	default:
		fmt.Println("buffer full")
	}
	select {
	case m := <-buffered:
		fmt.Println("received message", m)
	default:
		fmt.Println("no message received")
	}

	got := make(chan string)
	go func() { got <- <-messages }()
	for i := 0; ; i++ {
		select {
		case messages <- "to a waiting receiver":
			fmt.Println("sent after some tries:", i >= 0)
			fmt.Println(<-got)
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
}

// Output:
// no message received
// no message sent
// no activity
// sent to buffer
// buffer full
// received message buffered hi
// sent after some tries: true
// to a waiting receiver
