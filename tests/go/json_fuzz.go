package main

// Random and mutated JSON into Unmarshal: every input must give Go's verdict (decoded value
// or error text), never a crash. A fixed LCG keeps the inputs the same in Go and gort.

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
)

type Rec struct {
	A int             `json:"a"`
	B string          `json:"b"`
	C []float64       `json:"c"`
	D map[string]bool `json:"d"`
	E *Rec            `json:"e"`
	F any             `json:"f"`
	G [2]uint8        `json:"g"`
	H map[int]string  `json:"h"`
	I json.RawMessage `json:"i"`
	J int16           `json:"j,string"`
}

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

var seeds = []string{
	`{"a": 1, "b": "x", "c": [1.5, 2], "d": {"t": true}, "e": {"a": 2}, "f": [null, {"k": "v"}], "g": [1, 2], "h": {"3": "c"}, "i": [1], "j": "7"}`,
	`[1, "two", 3.0e2, true, false, null, {"x": [[]]}]`,
	`{"a": "str", "c": {"x": 1}, "g": [300, -1], "h": {"k": "v"}, "j": 5}`,
	`"\u00e9\ud83d\ude00\n\\"`,
	`{"e": {"e": {"e": {"b": "deep"}}}}`,
	`-12.5e-3`,
}

const alphabet = "{}[]:,\"\\ntrufalse0123456789.-+eE abc\x00\xff"

func mutate(s string) string {
	b := []byte(s)
	for k := rnd(4); k >= 0; k-- {
		if len(b) == 0 {
			b = append(b, alphabet[rnd(len(alphabet))])
			continue
		}
		i := rnd(len(b))
		switch rnd(3) {
		case 0:
			b[i] = alphabet[rnd(len(alphabet))]
		case 1:
			b = append(b[:i], b[i+1:]...)
		case 2:
			b = append(b[:i], append([]byte{alphabet[rnd(len(alphabet))]}, b[i:]...)...)
		}
	}
	return string(b)
}

func main() {
	h := fnv.New64a()
	ok, bad, valid := 0, 0, 0
	for n := 0; n < 3000; n++ {
		in := mutate(seeds[rnd(len(seeds))])
		if n%7 == 0 {
			sd := seeds[rnd(len(seeds))]
			in = sd[:rnd(len(sd))]
		}
		var r Rec
		var v any
		var err error
		if n%2 == 0 {
			err = json.Unmarshal([]byte(in), &r)
		} else {
			err = json.Unmarshal([]byte(in), &v)
		}
		var res string
		if err != nil {
			bad++
			res = "E " + err.Error()
		} else {
			ok++
			var out []byte
			if n%2 == 0 {
				out, err = json.Marshal(r)
			} else {
				out, err = json.Marshal(v)
			}
			res = "O " + string(out) + fmt.Sprint(err)
		}
		h.Write([]byte(res))
		if json.Valid([]byte(in)) {
			valid++
		}
	}
	fmt.Println(ok, bad, valid, h.Sum64())
}

// Output:
// 216 2784 358 889752538781874364
