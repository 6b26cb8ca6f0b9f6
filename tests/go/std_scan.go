// fmt.Scan reading pairs from stdin until EOF.
package main

import "fmt"

func main() {
	var name string
	var age int
	for {
		n, err := fmt.Scan(&name, &age)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Printf("%s is %d\n", name, age)
	}
}

// Stdin:
// ann 3
// bob 4 cy

// Output:
// ann is 3
// bob is 4
// 1 EOF
