// printf: verbs that do not match their arguments, wrong argument counts, bad directives.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type point struct{ x, y int }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func hello() string { return "hello" }

func main() {
	name, n, ok := "gopher", 3, true
	fmt.Printf("%d\n", name)
	fmt.Printf("%s\n", n)
	fmt.Printf("%t\n", n)
	fmt.Printf("%f\n", "pi")
	fmt.Printf("%d %d\n", n)
	fmt.Printf("%d\n", n, n)
	fmt.Printf("no verbs\n", n)
	fmt.Printf("%z\n", n)
	fmt.Printf("%#s\n", name)
	fmt.Printf("%[3]d\n", n, n)
	fmt.Printf("%d %s", n)
	fmt.Printf("%s\n", hello)
	fmt.Printf("%w\n", errors.New("x"))
	fmt.Printf("%*d\n", "w", n)
	fmt.Printf("%d\n", point{1, 2}, ok)
	fmt.Printf("%d", &point{1, 2})
	fmt.Printf("%s\n", []int{1})
	fmt.Printf("%d\n", map[string]string{"a": "b"})
	fmt.Printf("trailing %", n)
	s := fmt.Sprintf("%x %d", 1.5, "three")
	fmt.Println(s)
	fmt.Println("%d items", n)
	fmt.Println("done\n")
	fmt.Print("value: %v", n)
	fmt.Println(hello)
	fmt.Fprintln(os.Stdout, "%s", name)
	fmt.Println(os.Stderr, "oops")
	err := fmt.Errorf("%w and %w", errors.New("a"), errors.New("b"))
	fmt.Println(err)
	log.Printf("%d", celsius(3))
	log.Println("count %d", n)
	fmt.Printf("%.2f\n", n)
	fmt.Printf("%c\n", 1.5)
	fmt.Printf("%q\n", 1.5)
	fmt.Printf("%p\n", n)
	fmt.Printf("%x\n", ok)
}
