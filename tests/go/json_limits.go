package main

// Cycles, deep nesting and hostile input: Go's errors, and never a crash.

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Node struct {
	Name string
	Next *Node
}

type Tree struct {
	Kids []Tree
	M    map[string]*Tree
}

func main() {
	n := &Node{Name: "a"}
	n.Next = &Node{Name: "b", Next: n}
	_, err := json.Marshal(n)
	fmt.Println(err)

	m := map[string]any{}
	m["self"] = m
	_, err = json.Marshal(m)
	fmt.Println(err)

	s := []any{nil}
	s[0] = s
	_, err = json.Marshal(s)
	fmt.Println(err)

	// A DAG is not a cycle.
	shared := &Node{Name: "shared"}
	b, err := json.Marshal([]*Node{shared, shared})
	fmt.Println(string(b), err)

	// Deep but legal nesting.
	deep := strings.Repeat("[", 100) + "1" + strings.Repeat("]", 100)
	var v any
	fmt.Println(json.Unmarshal([]byte(deep), &v))
	b, _ = json.Marshal(v)
	fmt.Println(len(b), string(b) == deep)
	var t Tree
	fmt.Println(json.Unmarshal([]byte(`{"Kids":[{"Kids":[{"M":{"x":{"Kids":[]}}}]}]}`), &t))
	b, _ = json.Marshal(t)
	fmt.Println(string(b))

	// Too deep for Go's scanner.
	tooDeep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	fmt.Println(json.Unmarshal([]byte(tooDeep), &v))
	fmt.Println(json.Valid([]byte(tooDeep)))

	// Garbage.
	for _, in := range []string{"\x00", "\xff\xfe", "[\"\\ud800\"]", "\"\\u12\"", "{\"a\":\"\xff\"}", "1e999", "-0", "[1e-400]"} {
		var x any
		err := json.Unmarshal([]byte(in), &x)
		fmt.Printf("%q -> %v %v\n", in, x, err)
	}
}

// Output:
// json: unsupported value: encountered a cycle via *main.Node
// json: unsupported value: encountered a cycle via map[string]interface {}
// json: unsupported value: encountered a cycle via []interface {}
// [{"Name":"shared","Next":null},{"Name":"shared","Next":null}] <nil>
// <nil>
// 201 true
// <nil>
// {"Kids":[{"Kids":[{"Kids":null,"M":{"x":{"Kids":[],"M":null}}}],"M":null}],"M":null}
// invalid character '[' exceeded max depth
// false
// "\x00" -> <nil> invalid character '\x00' looking for beginning of value
// "\xff\xfe" -> <nil> invalid character 'ÿ' looking for beginning of value
// "[\"\\ud800\"]" -> [�] <nil>
// "\"\\u12\"" -> <nil> invalid character '"' in \u hexadecimal character escape
// "{\"a\":\"\xff\"}" -> map[a:�] <nil>
// "1e999" -> <nil> json: cannot unmarshal number 1e999 into Go value of type float64
// "-0" -> -0 <nil>
// "[1e-400]" -> [0] <nil>
