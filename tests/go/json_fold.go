// encoding/json Unmarshal matches object keys to struct fields as Go does: an exact match
// first, else case-insensitively with Go's folding (ASCII, Unicode simple folding: the Kelvin
// sign K folds to k, ſ to s), tag names included; the last matching key wins. A field named
// with a non-ASCII upper-case letter (Ä) is exported. strings.EqualFold folds alike.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type T struct {
	Name  string
	Kind  int
	Sum   int
	Exact int `json:"exact"`
	Ä     string
	URL   string `json:"url"`
	Skip  int    `json:"-"`
}

type Both struct {
	Aa int
	AA int
}

func main() {
	for _, in := range []string{
		`{"NAME":"a"}`,
		`{"nAmE":"b"}`,
		`{"name":"c","Name":"d"}`,
		`{"Name":"d","name":"c"}`,
		"{\"\u212aind\":3}",
		"{\"\u017fum\":4}",
		`{"EXACT":5}`,
		`{"ä":"x"}`,
		`{"URL":"u","Url":"v"}`,
		`{"skip":9,"Skip":9}`,
		`{"Nam":"no","Namee":"no"}`,
	} {
		var t T
		err := json.Unmarshal([]byte(in), &t)
		fmt.Printf("%-28s %+v %v\n", in, t, err)
	}
	for _, in := range []string{`{"aa":1}`, `{"AA":2}`, `{"Aa":3}`, `{"aA":4}`} {
		var b Both
		json.Unmarshal([]byte(in), &b)
		fmt.Printf("%s %+v\n", in, b)
	}
	for _, p := range [][2]string{{"K", "\u212a"}, {"k", "\u212a"}, {"S", "\u017f"}, {"\u01c5", "\u01c6"},
		{"\u01c4", "\u01c5"}, {"ß", "SS"}, {"\xff", "\ufffd"}, {"Go", "GO"}, {"a", "aa"}} {
		fmt.Print(strings.EqualFold(p[0], p[1]), " ")
	}
	fmt.Println()
	out, _ := json.Marshal(T{Name: "n", Ä: "z"})
	fmt.Println(string(out))
	var m map[string]int
	json.Unmarshal([]byte(`{"A":1,"a":2}`), &m)
	fmt.Println(m)
}

// Output:
// {"NAME":"a"}                 {Name:a Kind:0 Sum:0 Exact:0 Ä: URL: Skip:0} <nil>
// {"nAmE":"b"}                 {Name:b Kind:0 Sum:0 Exact:0 Ä: URL: Skip:0} <nil>
// {"name":"c","Name":"d"}      {Name:d Kind:0 Sum:0 Exact:0 Ä: URL: Skip:0} <nil>
// {"Name":"d","name":"c"}      {Name:c Kind:0 Sum:0 Exact:0 Ä: URL: Skip:0} <nil>
// {"Kind":3}                   {Name: Kind:3 Sum:0 Exact:0 Ä: URL: Skip:0} <nil>
// {"ſum":4}                    {Name: Kind:0 Sum:4 Exact:0 Ä: URL: Skip:0} <nil>
// {"EXACT":5}                  {Name: Kind:0 Sum:0 Exact:5 Ä: URL: Skip:0} <nil>
// {"ä":"x"}                    {Name: Kind:0 Sum:0 Exact:0 Ä:x URL: Skip:0} <nil>
// {"URL":"u","Url":"v"}        {Name: Kind:0 Sum:0 Exact:0 Ä: URL:v Skip:0} <nil>
// {"skip":9,"Skip":9}          {Name: Kind:0 Sum:0 Exact:0 Ä: URL: Skip:0} <nil>
// {"Nam":"no","Namee":"no"}    {Name: Kind:0 Sum:0 Exact:0 Ä: URL: Skip:0} <nil>
// {"aa":1} {Aa:1 AA:0}
// {"AA":2} {Aa:0 AA:2}
// {"Aa":3} {Aa:3 AA:0}
// {"aA":4} {Aa:4 AA:0}
// true true true true true false true true false
// {"Name":"n","Kind":0,"Sum":0,"exact":0,"Ä":"z","url":""}
// map[A:1 a:2]
