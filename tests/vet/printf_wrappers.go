// printf wrappers: the program's own functions that forward `format, args...` to a print function
// are checked like it; forwarding args without ... is reported.
package main

import (
	"fmt"
	"log"
	"os"
)

func logf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, format, args...)
}

func debugf(format string, args ...interface{}) {
	logf(format, args...)
}

func say(args ...interface{}) {
	fmt.Println(args...)
}

func broken(format string, args ...interface{}) {
	fmt.Printf(format, args)
}

func changed(format string, args ...interface{}) {
	format = "x" + format
	fmt.Printf(format, args...)
}

type logger struct{ prefix string }

func (l *logger) Printf(format string, args ...any) {
	log.Printf(format, args...)
}

func main() {
	logf("%d\n", "one")
	debugf("%s %s\n", 1)
	say("%d", 3)
	broken("%d", 1)
	changed("%d", "x")
	l := &logger{"> "}
	l.Printf("%q", 1.5)
	logf("ok %d\n", 1)
}
