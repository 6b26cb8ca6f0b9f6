package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	fmt.Println(3.14, 0.1, 1e21, 1e20, 123456789.0, 1.5e-5, 2.0/3, 100.0)
	fmt.Println(math.Inf(1), math.Inf(-1), math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(1500*time.Millisecond, 90*time.Second, time.Duration(1500), 100*time.Millisecond)
}

// Output:
// 3.14 0.1 1e+21 1e+20 1.23456789e+08 1.5e-05 0.6666666666666666 100
// +Inf -Inf 1.7976931348623157e+308 5e-324
// 1.5s 1m30s 1.5µs 100ms
