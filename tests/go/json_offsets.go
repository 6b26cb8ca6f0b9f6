package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type T struct {
	A int
	B []int
	C string
	D map[string]int
}

func main() {
	for _, s := range []string{`{"A": "x"}`, `{"B": {}}`, `{"C": [1]}`, `{"D": 5}`, ` [1] `, `{"A": 1.5}`, `{"B": [1, "s"]}`, `{"D": {"k": true}}`} {
		var t T
		err := json.Unmarshal([]byte(s), &t)
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			fmt.Println(ute.Offset, err)
		}
	}
}

// Output:
// 9 json: cannot unmarshal string into Go struct field T.A of type int
// 7 json: cannot unmarshal object into Go struct field T.B of type []int
// 7 json: cannot unmarshal array into Go struct field T.C of type string
// 7 json: cannot unmarshal number into Go struct field T.D of type map[string]int
// 2 json: cannot unmarshal array into Go value of type main.T
// 9 json: cannot unmarshal number 1.5 into Go struct field T.A of type int
// 13 json: cannot unmarshal string into Go struct field T.B of type int
// 16 json: cannot unmarshal bool into Go struct field T.D of type int
