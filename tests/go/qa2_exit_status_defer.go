// os.Exit inside a function called from a deferred-heavy main: deferred calls do not run,
// buffered output written before is flushed, and the status is the one passed (3). Output to
// stderr through fmt.Fprintln and println appears on stderr.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(3)
	}
}

func main() {
	defer fmt.Println("deferred: never printed")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered line")
	w.Flush()
	fmt.Fprintln(w, "lost: never flushed")
	println("builtin println goes to stderr", 42, true)
	fmt.Println("before check")
	check(nil)
	check(fmt.Errorf("config %q missing", "app.toml"))
	fmt.Println("after check: never printed")
}

// Output:
// buffered line
// before check
// Stderr:
// builtin println goes to stderr 42 true
// error: config "app.toml" missing
// Exit: 3
