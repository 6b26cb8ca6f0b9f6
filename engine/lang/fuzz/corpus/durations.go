// time.Duration constants, arithmetic and formatting.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Println(1500*time.Millisecond, 90*time.Second, 100*time.Millisecond, 2*time.Hour+3*time.Minute)
	d := 3*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), int64(d))
	fmt.Printf("%v %d %s\n", d, d, time.Duration(0))
	fmt.Println(time.Duration(1), 1234567*time.Nanosecond, -5*time.Second)
}

// Output:
// 1ns 1µs 1ms 1s 1m0s 1h0m0s
// 1.5s 1m30s 100ms 2h3m0s
// 3.25s 3.25 3250 3250000000
// 3.25s 3250000000 0s
// 1ns 1.234567ms -5s
