package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type Message struct {
	Name, Text string
}

func main() {
	const stream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
`
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var m Message
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s\n", m.Name, m.Text)
	}

	// Tokens and More over an array.
	const arr = `[{"Name": "Ed", "Text": "Knock knock."}, {"Name": "Sam", "Text": "Who's there?"}]`
	dec = json.NewDecoder(strings.NewReader(arr))
	t, err := dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	for dec.More() {
		var m Message
		if err := dec.Decode(&m); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%v: %v\n", m.Name, m.Text)
	}
	t, err = dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)

	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "x", true, null], "b": {"c": 2.5}}`))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%T %v", t, t)
		if dec.More() {
			fmt.Print(" (more)")
		}
		fmt.Println()
	}

	// A syntax error in the middle of a stream.
	dec = json.NewDecoder(strings.NewReader(`{"Name": "A"} {"Name": x}`))
	for i := 0; i < 3; i++ {
		var m Message
		err := dec.Decode(&m)
		fmt.Println(m, err)
		if err != nil {
			break
		}
	}

	// Encoder.
	enc := json.NewEncoder(os.Stdout)
	for _, m := range []Message{{"Ed", "hi <there>"}, {"Sam", "yo"}} {
		enc.Encode(m)
	}
	enc.SetIndent("// ", "    ")
	enc.Encode(map[string]any{"k": []any{1, map[string]int{"z": 0}}})

	// Indent / Compact / HTMLEscape / Valid.
	var out bytes.Buffer
	src := []byte(`{ "a" : [ 1 , 2 ] , "b" : { } , "h" : "<x>" }`)
	fmt.Println(json.Compact(&out, src), out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, src, "", "\t"))
	fmt.Println(out.String())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"h":"<a href='x'>&</a>"}`))
	fmt.Println(out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, []byte(`{"a":}`), "", " "))
	fmt.Println(json.Valid([]byte(`[1, 2, {"x": "y"}]`)), json.Valid([]byte(`[1, 2`)), json.Valid(nil))

	// RawMessage to delay decoding.
	var env struct {
		Type string
		Data json.RawMessage
	}
	json.Unmarshal([]byte(`{"Type": "point", "Data": {"X": 1, "Y": 2}}`), &env)
	var pt struct{ X, Y int }
	json.Unmarshal(env.Data, &pt)
	fmt.Println(env.Type, string(env.Data), pt)
}

// Output:
// Ed: Knock knock.
// Sam: Who's there?
// Ed: Go fmt.
// json.Delim: [ <nil>
// Ed: Knock knock.
// Sam: Who's there?
// json.Delim: ] <nil>
// json.Delim { (more)
// string a (more)
// json.Delim [ (more)
// float64 1 (more)
// string x (more)
// bool true (more)
// <nil> <nil>
// json.Delim ] (more)
// string b (more)
// json.Delim { (more)
// string c (more)
// float64 2.5
// json.Delim }
// json.Delim }
// {A } <nil>
// { } invalid character 'x' looking for beginning of value
// {"Name":"Ed","Text":"hi \u003cthere\u003e"}
// {"Name":"Sam","Text":"yo"}
// {
// //     "k": [
// //         1,
// //         {
// //             "z": 0
// //         }
// //     ]
// // }
// <nil> {"a":[1,2],"b":{},"h":"<x>"}
// <nil>
// {
// 	"a": [
// 		1,
// 		2
// 	],
// 	"b": {},
// 	"h": "<x>"
// }
// {"h":"\u003ca href='x'\u003e\u0026\u003c/a\u003e"}
// invalid character '}' looking for beginning of value
// true false false
// point {"X": 1, "Y": 2} {1 2}
