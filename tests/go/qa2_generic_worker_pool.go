// Generics with concurrency: a generic worker pool Pool[In, Out] running a func(In) (Out,
// error) on N goroutines and returning results in input order, plus a generic fan-in Merge and a
// generic Result type printed with %+v.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Result[T any] struct {
	Index int
	Value T
	Err   error
}

type job[T any] struct {
	i  int
	in T
}

func Pool[In, Out any](workers int, inputs []In, fn func(In) (Out, error)) []Result[Out] {
	jobs := make(chan job[In])
	results := make(chan Result[Out])
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out, err := fn(j.in)
				results <- Result[Out]{j.i, out, err}
			}
		}()
	}
	go func() {
		for i, in := range inputs {
			jobs <- job[In]{i, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]Result[Out], len(inputs))
	for r := range results {
		ordered[r.Index] = r
	}
	return ordered
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Gen[T any](vs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, v := range vs {
			c <- v
		}
	}()
	return c
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](c <-chan T) T {
	var s T
	for v := range c {
		s += v
	}
	return s
}

func main() {
	res := Pool(3, []string{"1", "22", "x", "333", "-4"}, func(s string) (int, error) {
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, err
		}
		return n * n, nil
	})
	for _, r := range res {
		fmt.Printf("%+v\n", r)
	}
	var numErr *strconv.NumError
	fmt.Println(errors.As(res[2].Err, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)

	lens := Pool(2, []string{"go", "generics", ""}, func(s string) (string, error) {
		if s == "" {
			return "", errors.New("empty")
		}
		return strings.ToUpper(s), nil
	})
	fmt.Printf("%v\n", lens)

	fmt.Println(Sum(Merge(Gen(1, 2, 3), Gen(10, 20), Gen[int]())))
	fmt.Println(Sum(Merge(Gen(0.5, 0.25))))
	type Celsius float64
	fmt.Printf("%.1f\n", Sum(Gen[Celsius](20.5, 1.5)))
}

// Output:
// {Index:0 Value:1 Err:<nil>}
// {Index:1 Value:484 Err:<nil>}
// {Index:2 Value:0 Err:strconv.Atoi: parsing "x": invalid syntax}
// {Index:3 Value:110889 Err:<nil>}
// {Index:4 Value:16 Err:<nil>}
// true Atoi x true
// [{0 GO <nil>} {1 GENERICS <nil>} {2  empty}]
// 36
// 0.75
// 22.0
