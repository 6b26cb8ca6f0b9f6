package main

// Mutated documents into a struct with embedded pointers, TextUnmarshaler map keys, Number,
// ",string" fields and an interface field, through Unmarshal and a UseNumber Decoder, then
// re-marshalled: gort must agree with Go on every error and every output (a hash of all),
// and never crash.

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"strings"
)

type Inner struct {
	X int8    `json:"x"`
	Y *uint16 `json:"y,omitempty"`
}

type Key string

func (k *Key) UnmarshalText(b []byte) error {
	if len(b) > 3 {
		return fmt.Errorf("key too long: %s", b)
	}
	*k = Key(strings.ToUpper(string(b)))
	return nil
}

type Rec2 struct {
	*Inner
	Name  string          `json:"name"`
	Vals  []*int          `json:"vals"`
	M     map[Key]float32 `json:"m"`
	N     json.Number     `json:"n"`
	Any   map[string]any  `json:"any"`
	Arr   [3]bool         `json:"arr"`
	U     uint32          `json:"u,omitempty"`
	S     string          `json:"s,string"`
	F     float32         `json:"f,string"`
	B     bool            `json:"b,string"`
	Iface fmt.Stringer    `json:"iface"`
}

var seed uint32 = 99

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

var seeds = []string{
	`{"x": 3, "y": 9, "name": "n", "vals": [1, null, 3], "m": {"ab": 1.5, "abcd": 2}, "n": 12.5, "any": {"q": [1, {}]}, "arr": [true, false], "u": 7, "s": "\"str\"", "f": "1.25", "b": "true", "iface": null}`,
	`{"X": 300, "Y": -1, "NAME": 5, "Vals": {}, "M": [], "N": "x1", "Arr": [1], "U": -3, "S": "plain", "F": 2, "B": "yes", "Iface": "s"}`,
	`{"n": "7", "m": {"k": "v"}, "vals": [1.5], "f": "nan", "b": "false", "s": "\"\"", "x": 1e2, "y": 70000}`,
}

const alphabet = "{}[]:,\"\\ntrufalse0123456789.-+eE abcxyXY\x00"

func mutate(s string) string {
	b := []byte(s)
	for k := rnd(2); k >= 0; k-- {
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
	errs := 0
	for n := 0; n < 3000; n++ {
		in := seeds[rnd(len(seeds))]
		if n >= 3 {
			in = mutate(in)
		}
		var r Rec2
		var err error
		if n%3 == 0 {
			d := json.NewDecoder(strings.NewReader(in))
			d.UseNumber()
			err = d.Decode(&r)
		} else {
			err = json.Unmarshal([]byte(in), &r)
		}
		out, merr := json.Marshal(r)
		if err != nil {
			errs++
		}
		fmt.Fprintf(h, "%d %v | %s %v\n", n, err, out, merr)
	}
	fmt.Println(errs, h.Sum64())
}

// Output:
// 2992 1144245531383865387
