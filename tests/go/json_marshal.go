package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"time"
)

type response1 struct {
	Page   int
	Fruits []string
}

type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Person struct {
	Base
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Dash     string            `json:"-,"`
	Score    float64           `json:"score"`
	Count    int64             `json:"count,string"`
	Addr     *Address          `json:"addr,omitempty"`
	Home     Address           `json:"home"`
	Labels   map[string]string `json:"labels,omitempty"`
	Nums     []int             `json:"nums"`
	Raw      json.RawMessage   `json:"raw,omitempty"`
	Any      any               `json:"any"`
	private  int
	Untagged bool
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(t))), nil
}

type PtrM struct{ N int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(`"ptr-method"`), nil }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad}`), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("boom") }

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	show(true)
	show(1)
	show(2.34)
	show("gopher")
	show([]string{"apple", "peach", "pear"})
	show(map[string]int{"apple": 5, "lettuce": 7})
	show(&response1{Page: 1, Fruits: []string{"apple", "peach", "pear"}})
	show(response2{Page: 1, Fruits: []string{"apple", "peach", "pear"}})

	p := Person{Base: Base{ID: 7}, Name: "Ann <admin> & co", Email: "x", Dash: "d", Score: 1e21, Count: 42,
		Home: Address{Street: "Main"}, Nums: nil, Raw: json.RawMessage(`{"a": [1, 2]}`), Any: []any{1, "two", nil, 3.5}}
	show(p)
	b, _ := json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]any{"z": 1, "a": []int{}, "m": map[string]int{}}, ">", "\t")
	fmt.Println(string(b))

	show(map[int]string{10: "ten", 2: "two", -1: "neg"})
	show(map[Color]int{2: 1, 0: 5})
	show([]Color{0, 1})
	show(Temp(21.55))
	show([]Temp{1, 2})
	show(PtrM{1})
	show(&PtrM{1})
	show([]PtrM{{1}})
	show([]byte("hello world"))
	show([3]int{1, 2, 3})
	show(struct {
		A float32
		B float64
		C uint8
		D *int
		E []any
		F map[string]any
	}{A: 0.1, B: 1e-7, C: 255})
	show([]float64{0, -0.0, 1.5, 100000000, 1e20, 1e21, 123456789e-15, math.MaxFloat64})
	show("line\nbreak\ttab \"quote\" back\\slash \x01 \u2028 é 日本 \xff")
	show(time.Duration(5))
	show(json.Number("12.50"))
	show(map[string]json.Number{"n": "1e3"})

	// Errors.
	show(make(chan int))
	show(map[string]any{"f": func() {}})
	show(math.NaN())
	show(math.Inf(-1))
	show(Bad{})
	show(Failing{})
	show(map[[2]int]string{{1, 2}: "x"})
	show(complex(1, 2))

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": 1})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"html": "<b>&</b>", "list": []int{1, 2}})
	enc.Encode(nil)
}

// Output:
// true
// 1
// 2.34
// "gopher"
// ["apple","peach","pear"]
// {"apple":5,"lettuce":7}
// {"Page":1,"Fruits":["apple","peach","pear"]}
// {"page":1,"fruits":["apple","peach","pear"]}
// {"id":7,"name":"Ann \u003cadmin\u003e \u0026 co","-":"d","score":1e+21,"count":"42","home":{"street":"Main"},"nums":null,"raw":{"a":[1,2]},"any":[1,"two",null,3.5],"Untagged":false}
// {
//   "id": 7,
//   "name": "Ann \u003cadmin\u003e \u0026 co",
//   "-": "d",
//   "score": 1e+21,
//   "count": "42",
//   "home": {
//     "street": "Main"
//   },
//   "nums": null,
//   "raw": {
//     "a": [
//       1,
//       2
//     ]
//   },
//   "any": [
//     1,
//     "two",
//     null,
//     3.5
//   ],
//   "Untagged": false
// }
// {
// >	"a": [],
// >	"m": {},
// >	"z": 1
// >}
// {"-1":"neg","10":"ten","2":"two"}
// {"blue":1,"red":5}
// ["red","green"]
// {"celsius":21.6}
// [{"celsius":1.0},{"celsius":2.0}]
// {"N":1}
// "ptr-method"
// ["ptr-method"]
// "aGVsbG8gd29ybGQ="
// [1,2,3]
// {"A":0.1,"B":1e-7,"C":255,"D":null,"E":null,"F":null}
// [0,0,1.5,100000000,100000000000000000000,1e+21,1.23456789e-7,1.7976931348623157e+308]
// "line\nbreak\ttab \"quote\" back\\slash \u0001 \u2028 é 日本 \ufffd"
// 5
// 12.50
// {"n":1e3}
// error: json: unsupported type: chan int
// error: json: unsupported type: func()
// error: json: unsupported value: NaN
// error: json: unsupported value: -Inf
// error: json: error calling MarshalJSON for type main.Bad: invalid character 'b' looking for beginning of object key string
// error: json: error calling MarshalJSON for type main.Failing: boom
// error: json: unsupported type: map[[2]int]string
// error: json: unsupported type: complex128
// {"html":"\u003cb\u003e\u0026\u003c/b\u003e","n":1}
// {
//  "html": "<b>&</b>",
//  "list": [
//   1,
//   2
//  ]
// }
// null
