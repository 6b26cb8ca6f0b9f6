// echo_stdin: reads lines from standard input (type in the terminal; Ctrl+D ends input)
// while a second goroutine keeps ticking. Reading stdin blocks only the reading goroutine:
// its thread hands its P to another, so the ticker goes on even with GOMAXPROCS=1.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	go func() {
		for i := 1; ; i++ {
			time.Sleep(time.Second)
			fmt.Println("tick", i)
		}
	}()
	fmt.Println("Type something and press Enter (Ctrl+D to finish):")
	scanner := bufio.NewScanner(os.Stdin)
	lines := 0
	for scanner.Scan() {
		lines++
		fmt.Println("you said:", strings.ToUpper(scanner.Text()))
	}
	fmt.Println("read", lines, "lines; bye")
}
