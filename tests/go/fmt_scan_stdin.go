package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Scan(&v)
		sum += v
	}
	fmt.Println("sum", sum)
	var name string
	var age int
	c, err := fmt.Scanf("%s %d\n", &name, &age)
	fmt.Println(c, err, name, age)
	c, err = fmt.Scanf("%d", &age)
	fmt.Println(c, err, age)
	c, err = fmt.Scanf("%d", &age)
	fmt.Println(c, err, age)
	var a, b string
	c, err = fmt.Scanln(&a, &b)
	fmt.Println(c, err, a, b)
	c, err = fmt.Scanln(&a, &b)
	fmt.Println(c, err, a, b)
	c, err = fmt.Scanln(&a)
	fmt.Println(c, err, a)
	var x float64
	c, err = fmt.Scan(&x)
	fmt.Println(c, err, x)
	c, err = fmt.Scan(&x)
	fmt.Println(c, err, x)
	c, err = fmt.Scanln(&a)
	fmt.Println(c, err)
}

// Stdin:
// 3
// 1 2
// 3
// bob 42
// 7
// 8
// hello world
// only
// too many here
// 2.5
// nope
// Output:
// sum 6
// 2 <nil> bob 42
// 1 <nil> 7
// 1 <nil> 8
// 2 <nil> hello world
// 1 unexpected newline only world
// 1 expected newline too
// 0 strconv.ParseFloat: parsing "": invalid syntax 0
// 0 strconv.ParseFloat: parsing "n": invalid syntax 0
// 1 <nil>
