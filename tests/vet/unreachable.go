// unreachable: statements control can never reach.
package main

import (
	"fmt"
	"os"
)

func afterReturn() int {
	return 1
	fmt.Println("never")
	return 2
}

func afterPanic() {
	panic("boom")
	fmt.Println("never")
}

func infinite() {
	for {
		fmt.Println("spin")
	}
	fmt.Println("never")
}

func withBreak() {
	for {
		break
	}
	fmt.Println("reached")
}

func branches(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
	return 3
}

func switches(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
	fmt.Println("never")
	return -1
}

func noDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
	return 0
}

func gotoLabel(x int) {
	if x > 0 {
		goto end
	}
	return
end:
	fmt.Println("reached by goto")
}

func exits() {
	os.Exit(3)
	fmt.Println("vet does not know os.Exit never returns")
}

func main() {
	fmt.Println(afterReturn(), branches(1), switches(1), noDefault(2))
	withBreak()
	gotoLabel(1)
	f := func() {
		return
		fmt.Println("in a literal")
	}
	f()
	if len(os.Args) > 5 {
		afterPanic()
		infinite()
		exits()
	}
}
