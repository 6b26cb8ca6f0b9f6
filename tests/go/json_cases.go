package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type A struct {
	X int `json:"x"`
	Y int
}

type B struct {
	X int `json:"x"`
	Z int
}

type Both struct {
	A
	B
	W int `json:",omitempty"`
}

type Named struct {
	*A `json:"a,omitempty"`
	B  `json:"b"`
}

type unexportedEmb struct {
	Visible int
	hidden  int
}

type HasUnexp struct {
	unexportedEmb
	Own string
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Holder struct {
	Sh   Shape            `json:"sh"`
	Any  any              `json:"any"`
	PS   *[]int           `json:"ps"`
	MP   map[string]*A    `json:"mp"`
	Anon struct{ Q int }  `json:"anon"`
	F32  float32          `json:"f32"`
	U8s  []uint8          `json:"u8s"`
	Arr  [2][]string      `json:"arr"`
	I    interface{ M() } `json:"i"`
}

type Upper string

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

type PtrText struct{ v string }

func (p *PtrText) MarshalText() ([]byte, error) { return []byte("pt:" + p.v), nil }

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(Both{A{1, 2}, B{3, 4}, 0})
	show(Both{W: 5})
	show(Named{})
	show(Named{A: &A{1, 2}})
	show(HasUnexp{unexportedEmb{1, 2}, "o"})
	show(Holder{Sh: Sq{2}, Any: map[string]any{"b": 1, "a": []any{}}, U8s: []uint8{1, 2}, F32: 0.1})
	show(map[Upper]Upper{"a": "b"})
	show([]Upper{"x"})
	show(PtrText{"v"})
	show(&PtrText{"v"})
	show([]PtrText{{"e"}})
	show(map[string]PtrText{"k": {"m"}})
	show(struct {
		A, B any
		C    *any
	}{A: nil, B: (*int)(nil)})
	show([]any{int8(-1), uint64(1 << 63), float32(3.4e38), 1e-7, 123456789.0, -0.0})
	show(map[bool]int{true: 1})
	show(map[float64]int{1.5: 1})

	var b Both
	fmt.Println(json.Unmarshal([]byte(`{"x": 9, "Y": 2, "Z": 3, "W": 4}`), &b), b)
	var n Named
	fmt.Println(json.Unmarshal([]byte(`{"a": {"x": 1, "Y": 2}, "b": {"x": 3}}`), &n), *n.A, n.B)
	var h HasUnexp
	fmt.Println(json.Unmarshal([]byte(`{"Visible": 7, "hidden": 8, "own": "q"}`), &h), h)
	var hd Holder
	fmt.Println(json.Unmarshal([]byte(`{"sh": {"S": 1}}`), &hd))
	fmt.Println(json.Unmarshal([]byte(`{"sh": null, "i": "x"}`), &hd))
	var sq Shape = &Sq{}
	hd = Holder{Sh: sq}
	fmt.Println(json.Unmarshal([]byte(`{"sh": {"S": 3}, "ps": [1,2], "mp": {"k": {"x": 5}, "n": null}, "anon": {"Q": 4}, "f32": 1e40}`), &hd))
	fmt.Println(sq.Area(), *hd.PS, *hd.MP["k"], hd.MP["n"], hd.Anon, hd.F32)
	fmt.Println(json.Unmarshal([]byte(`{"arr": [["a"], ["b", "c"], ["d"]], "u8s": "AQID"}`), &hd), hd.Arr, hd.U8s)
	fmt.Println(json.Unmarshal([]byte(`{"u8s": "!!"}`), &hd))
	fmt.Println(json.Unmarshal([]byte(`{"u8s": [4, 5]}`), &hd), hd.U8s)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[1]`), &arr), arr)
	var mk map[bool]int
	fmt.Println(json.Unmarshal([]byte(`{"true": 1}`), &mk))
	var mi map[int8]string
	fmt.Println(json.Unmarshal([]byte(`{"1": "a", "300": "b", "x": "c"}`), &mi), mi)
	var s string
	fmt.Println(json.Unmarshal([]byte(`"\u00e9\ud83d\ude00 \ud800 \t"`), &s), s, len(s))
	var ip *int
	fmt.Println(json.Unmarshal([]byte(`5`), &ip), *ip)
	var pp **string
	fmt.Println(json.Unmarshal([]byte(`"deep"`), &pp), **pp)
	var e struct{}
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &e))
	var ai any = &A{}
	fmt.Println(json.Unmarshal([]byte(`{"x": 42}`), &ai), ai.(*A).X)
}

// Output:
// {"Y":2,"Z":4} <nil>
// {"Y":0,"Z":0,"W":5} <nil>
// {"b":{"x":0,"Z":0}} <nil>
// {"a":{"x":1,"Y":2},"b":{"x":0,"Z":0}} <nil>
// {"Visible":1,"Own":"o"} <nil>
// {"sh":{"S":2},"any":{"a":[],"b":1},"ps":null,"mp":null,"anon":{"Q":0},"f32":0.1,"u8s":"AQI=","arr":[null,null],"i":null} <nil>
// {"a":"B"} <nil>
// ["X"] <nil>
// {} <nil>
// "pt:v" <nil>
// ["pt:e"] <nil>
// {"k":{}} <nil>
// {"A":null,"B":null,"C":null} <nil>
// [-1,9223372036854775808,3.4e+38,1e-7,123456789,0] <nil>
//  json: unsupported type: map[bool]int
//  json: unsupported type: map[float64]int
// <nil> {{0 2} {0 3} 4}
// <nil> {1 2} {3 0}
// <nil> {{7 0} q}
// json: cannot unmarshal object into Go struct field Holder.sh of type main.Shape
// json: cannot unmarshal string into Go struct field Holder.i of type interface { M() }
// json: cannot unmarshal number 1e40 into Go struct field Holder.f32 of type float32
// 9 [1 2] {5 0} <nil> {4} 0
// <nil> [[a] [b c]] [1 2 3]
// illegal base64 data at input byte 0
// <nil> [4 5]
// <nil> [1 0]
// json: cannot unmarshal object into Go value of type map[bool]int
// json: cannot unmarshal number 300 into Go value of type int8 map[1:a]
// <nil> é😀 � 	 12
// <nil> 5
// <nil> deep
// <nil>
// <nil> 42
