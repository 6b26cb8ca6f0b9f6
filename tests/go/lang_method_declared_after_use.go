// A package-level var converts a value to an interface before the type's methods are
// declared in the source: the checker must know the method signatures already.
package main

import "fmt"

type W interface{ Write(p []byte) (int, error) }

var D W = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func main() { fmt.Println(D.Write([]byte("abc"))) }

// Output:
// 3 <nil>
