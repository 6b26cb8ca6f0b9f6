package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string
}

type Meta struct {
	Version int `json:"version"`
}

type T struct {
	Meta
	Name    string          `json:"name"`
	Age     int             `json:"age"`
	Score   float64         `json:"score"`
	Tags    []string        `json:"tags"`
	Addr    *Address        `json:"addr"`
	Extra   map[string]any  `json:"extra"`
	Counts  map[string]int  `json:"counts"`
	ByID    map[int]string  `json:"by_id"`
	Quoted  int             `json:"quoted,string"`
	Skip    string          `json:"-"`
	Raw     json.RawMessage `json:"raw"`
	Arr     [2]int          `json:"arr"`
	Any     any             `json:"any"`
	Ptr     *int            `json:"ptr"`
	Flag    bool            `json:"flag"`
	Bytes   []byte          `json:"bytes"`
	private int
}

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("level: %w", err)
	}
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 9
	default:
		return errors.New("unknown level " + s)
	}
	return nil
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

type Cfg struct {
	Level Level `json:"level"`
	Name  Upper `json:"name"`
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	data := `{"version": 3, "NAME": "Ann", "age": 31, "score": 9.5, "tags": ["a","b"],
	  "addr": {"street": "Main", "city": "Oslo"}, "extra": {"k": [1, "x", true, null, {"n": 1.5}]},
	  "counts": {"x": 1, "y": 2}, "by_id": {"7": "seven"}, "quoted": "12", "Skip": "no",
	  "raw": {"keep":  [1, 2]}, "arr": [5, 6, 7], "any": 12, "ptr": 4, "flag": true,
	  "bytes": "aGVsbG8=", "private": 5, "unknown": {"deep": [1]}}`
	var t T
	err := json.Unmarshal([]byte(data), &t)
	fmt.Println(err)
	fmt.Printf("%+v\n", t.Meta)
	fmt.Println(t.Name, t.Age, t.Score, t.Tags, *t.Addr, t.Counts, t.ByID, t.Quoted, t.Skip == "", string(t.Raw))
	fmt.Println(t.Arr, t.Any, *t.Ptr, t.Flag, string(t.Bytes), t.private)
	fmt.Printf("%T %v\n", t.Extra["k"], t.Extra["k"])
	fmt.Printf("%T\n", t.Any)

	var anyv any
	json.Unmarshal([]byte(`{"b": [1, 2.5, "s"], "a": {"x": null}, "c": false}`), &anyv)
	m := anyv.(map[string]any)
	fmt.Println(keys(m), m["b"], m["a"], m["c"])
	for _, e := range m["b"].([]any) {
		fmt.Printf("%T:%v ", e, e)
	}
	fmt.Println()

	var list []any
	fmt.Println(json.Unmarshal([]byte(` [1, "a", [true], {}] `), &list), list, len(list))
	var nums []int
	fmt.Println(json.Unmarshal([]byte(`[]`), &nums), nums == nil, len(nums))
	var mm map[string][]float64
	fmt.Println(json.Unmarshal([]byte(`{"x":[1,2],"y":null}`), &mm), mm)

	// Type errors: decoding continues, the first error is returned.
	var t2 T
	err = json.Unmarshal([]byte(`{"name": "Bo", "age": "old", "score": "x", "tags": [1]}`), &t2)
	fmt.Println(err)
	fmt.Println(t2.Name, t2.Age)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println(ute.Value, ute.Type, ute.Field, ute.Struct)
	}
	fmt.Println(json.Unmarshal([]byte(`{"addr": {"street": 5}}`), &t2))
	fmt.Println(json.Unmarshal([]byte(`{"age": 1.5}`), &t2))
	fmt.Println(json.Unmarshal([]byte(`{"age": 99999999999999999999}`), &t2))
	fmt.Println(json.Unmarshal([]byte(`"str"`), &nums))
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &t2))
	var i8 int8
	fmt.Println(json.Unmarshal([]byte(`300`), &i8), i8)
	var u uint
	fmt.Println(json.Unmarshal([]byte(`-1`), &u))

	// Syntax errors.
	for _, s := range []string{``, `{`, `x`, `{"a" 1}`, `[1,]`, `{"a":1}}`, `"abc`, `nul`, `01`, `{"a":1,}`, `[1 2]`, "\"\x01\"", `1.e3`, `-`, `tru`, `{1:2}`} {
		var v any
		err := json.Unmarshal([]byte(s), &v)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%q: %v (offset %d)\n", s, err, se.Offset)
		} else {
			fmt.Printf("%q: %v\n", s, err)
		}
	}
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	fmt.Println(json.Unmarshal([]byte(`1`), t2))
	var np *T
	fmt.Println(json.Unmarshal([]byte(`1`), np))

	// Unmarshalers.
	var c Cfg
	fmt.Println(json.Unmarshal([]byte(`{"level": "high", "name": "bob"}`), &c), c)
	fmt.Println(json.Unmarshal([]byte(`{"level": "mid"}`), &c))
	fmt.Println(json.Unmarshal([]byte(`{"level": 5}`), &c))

	// Numbers.
	dec := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890, "f": 1.0}`))
	dec.UseNumber()
	var nm map[string]any
	fmt.Println(dec.Decode(&nm))
	n := nm["n"].(json.Number)
	_, ierr := n.Int64()
	f, _ := nm["f"].(json.Number).Float64()
	fmt.Println(n, ierr, f, nm["f"])

	// Valid, Compact, Indent, HTMLEscape.
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{"b":null}]}`)), json.Valid([]byte(`{a:1}`)))
	var sb strings.Builder
	_ = sb
	var buf = new(strings.Builder)
	_ = buf

	// DisallowUnknownFields.
	d2 := json.NewDecoder(strings.NewReader(`{"name":"x","zzz":1}`))
	d2.DisallowUnknownFields()
	var t3 T
	fmt.Println(d2.Decode(&t3))

	// Null handling.
	p := 5
	t4 := T{Ptr: &p, Tags: []string{"x"}, Name: "keep"}
	fmt.Println(json.Unmarshal([]byte(`{"ptr": null, "tags": null, "name": null}`), &t4), t4.Ptr, t4.Tags == nil, t4.Name)
}

// Output:
// <nil>
// {Version:3}
// Ann 31 9.5 [a b] {Main Oslo} map[x:1 y:2] map[7:seven] 12 true {"keep":  [1, 2]}
// [5 6] 12 4 true hello 0
// []interface {} [1 x true <nil> map[n:1.5]]
// float64
// [a b c] [1 2.5 s] map[x:<nil>] false
// float64:1 float64:2.5 string:s
// <nil> [1 a [true] map[]] 4
// <nil> false 0
// <nil> map[x:[1 2] y:[]]
// json: cannot unmarshal string into Go struct field T.age of type int
// Bo 0
// string int age T
// json: cannot unmarshal number into Go struct field Address.addr.street of type string
// json: cannot unmarshal number 1.5 into Go struct field T.age of type int
// json: cannot unmarshal number 99999999999999999999 into Go struct field T.age of type int
// json: cannot unmarshal string into Go value of type []int
// json: cannot unmarshal array into Go value of type main.T
// json: cannot unmarshal number 300 into Go value of type int8 0
// json: cannot unmarshal number -1 into Go value of type uint
// "": unexpected end of JSON input (offset 0)
// "{": unexpected end of JSON input (offset 1)
// "x": invalid character 'x' looking for beginning of value (offset 1)
// "{\"a\" 1}": invalid character '1' after object key (offset 6)
// "[1,]": invalid character ']' looking for beginning of value (offset 4)
// "{\"a\":1}}": invalid character '}' after top-level value (offset 8)
// "\"abc": unexpected end of JSON input (offset 4)
// "nul": invalid character ' ' in literal null (expecting 'l') (offset 3)
// "01": invalid character '1' after top-level value (offset 2)
// "{\"a\":1,}": invalid character '}' looking for beginning of object key string (offset 8)
// "[1 2]": invalid character '2' after array element (offset 4)
// "\"\x01\"": invalid character '\x01' in string literal (offset 2)
// "1.e3": invalid character 'e' after decimal point in numeric literal (offset 3)
// "-": invalid character ' ' in numeric literal (offset 1)
// "tru": invalid character ' ' in literal true (expecting 'e') (offset 3)
// "{1:2}": invalid character '1' looking for beginning of object key string (offset 2)
// json: Unmarshal(nil)
// json: Unmarshal(non-pointer main.T)
// json: Unmarshal(nil *main.T)
// <nil> {9 BOB}
// unknown level mid
// level: json: cannot unmarshal number into Go value of type string
// <nil>
// 12345678901234567890 strconv.ParseInt: parsing "12345678901234567890": value out of range 1 1.0
// true false
// json: unknown field "zzz"
// <nil> <nil> true keep
