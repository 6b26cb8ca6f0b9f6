// runtime.GOOS and GOARCH are the Go playground's (linux/amd64), so a program that switches
// on them takes the playground's branch.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	switch os := runtime.GOOS; os {
	case "darwin":
		fmt.Println("macOS")
	case "linux":
		fmt.Println("Linux", runtime.GOARCH)
	default:
		fmt.Println(os)
	}
}

// Output:
// Linux amd64
