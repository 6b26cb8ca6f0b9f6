package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Inner struct {
	V int `xml:"v"`
}

type Feed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	Inner   *Inner   `xml:"inner"`
	Nil     *Inner   `xml:"nil"`
	Any     any      `xml:"any"`
	Note    string   `xml:",comment"`
	Items   []Inner  `xml:"items>item"`
	Flag    bool     `xml:"flag,attr,omitempty"`
	Empty   string   `xml:"empty"`
	Omit    string   `xml:"omit,omitempty"`
}

type Mixed struct {
	XMLName xml.Name `xml:"p"`
	Lang    string   `xml:"lang,attr"`
	Text    string   `xml:",chardata"`
	B       []string `xml:"b"`
}

type Bad struct {
	M map[string]int
}

type Ns struct {
	XMLName xml.Name
	A       string `xml:"urn:x a"`
}

func main() {
	f := Feed{Title: "T <&>", Inner: &Inner{5}, Any: 3.5, Note: "hi-", Items: []Inner{{1}, {2}}}
	out, err := xml.MarshalIndent(f, "", "\t")
	fmt.Println(string(out), err)
	out, err = xml.Marshal(Mixed{Lang: "en", Text: "some text", B: []string{"x", "y"}})
	fmt.Println(string(out), err)
	out, err = xml.MarshalIndent(Mixed{Lang: "en", Text: "some text", B: []string{"x"}}, "", " ")
	fmt.Println(string(out), err)
	out, err = xml.Marshal(Bad{M: map[string]int{"a": 1}})
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.Marshal(Feed{Note: "a--b"})
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.Marshal(Ns{XMLName: xml.Name{Space: "urn:y", Local: "root"}, A: "v"})
	fmt.Printf("%s %v\n", out, err)

	var m Mixed
	err = xml.Unmarshal([]byte(`<p lang="de">Hallo <b>one</b> Welt <b>two</b><!-- c --></p>`), &m)
	fmt.Printf("%q %q %q %v\n", m.Lang, m.Text, m.B, err)
	var g Feed
	err = xml.Unmarshal([]byte(`<feed xmlns="http://www.w3.org/2005/Atom" flag="true"><title>x</title><inner><v>9</v></inner><items><item><v>1</v></item><item><v>2</v></item></items><nil/></feed>`), &g)
	fmt.Println(g.XMLName, g.Title, g.Inner.V, g.Items, g.Flag, g.Nil != nil, err)
	err = xml.Unmarshal([]byte(`<feed><title>x</title></feed>`), &g)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<feed xmlns="http://www.w3.org/2005/Atom" flag="maybe"></feed>`), &g)
	fmt.Println(err)

	// decoder errors with line numbers
	for _, s := range []string{"<a>\n<b>\n</a>", "<a>\n\n", "<a x='1' x2=\"2\"><b/></a>junk", "<a>&#xZZ;</a>", "<a><![CDATA[x</a>", "<a><!-- x -- y --></a>", "<?xml version=\"1.1\"?><a/>", "<a b='<'/>", "<a>]]></a>", "<!DOCTYPE html><a/>", "<a>\x01</a>"} {
		d := xml.NewDecoder(strings.NewReader(s))
		for {
			t, err := d.Token()
			if err != nil {
				fmt.Printf("%q: %v\n", s, err)
				break
			}
			fmt.Printf("  %T %v\n", t, t)
		}
	}
}

// Output:
// <feed xmlns="http://www.w3.org/2005/Atom">
// 	<title>T &lt;&amp;&gt;</title>
// 	<inner>
// 		<v>5</v>
// 	</inner>
// 	<any>3.5</any>
// 	<!--hi- -->
// 	<items>
// 		<item>
// 			<v>1</v>
// 		</item>
// 		<item>
// 			<v>2</v>
// 		</item>
// 	</items>
// 	<empty></empty>
// </feed> <nil>
// <p lang="en">some text<b>x</b><b>y</b></p> <nil>
// <p lang="en">some text
//  <b>x</b>
// </p> <nil>
// "" xml: unsupported type: map[string]int
// "" xml: comments must not contain "--"
// <root xmlns="urn:y"><a xmlns="urn:x">v</a></root> <nil>
// "de" "Hallo  Welt " ["one" "two"] <nil>
// {http://www.w3.org/2005/Atom feed} x 9 [{1} {2}] true true <nil>
// expected element <feed> in name space http://www.w3.org/2005/Atom but have no name space
// strconv.ParseBool: parsing "maybe": invalid syntax
//   xml.StartElement {{ a} []}
//   xml.CharData [10]
//   xml.StartElement {{ b} []}
//   xml.CharData [10]
// "<a>\n<b>\n</a>": XML syntax error on line 3: element <b> closed by </a>
//   xml.StartElement {{ a} []}
//   xml.CharData [10 10]
// "<a>\n\n": XML syntax error on line 3: unexpected EOF
//   xml.StartElement {{ a} [{{ x} 1} {{ x2} 2}]}
//   xml.StartElement {{ b} []}
//   xml.EndElement {{ b}}
//   xml.EndElement {{ a}}
//   xml.CharData [106 117 110 107]
// "<a x='1' x2=\"2\"><b/></a>junk": EOF
//   xml.StartElement {{ a} []}
// "<a>&#xZZ;</a>": XML syntax error on line 1: invalid character entity &#x (no semicolon)
//   xml.StartElement {{ a} []}
// "<a><![CDATA[x</a>": XML syntax error on line 1: unexpected EOF in CDATA section
//   xml.StartElement {{ a} []}
// "<a><!-- x -- y --></a>": XML syntax error on line 1: invalid sequence "--" not allowed in comments
// "<?xml version=\"1.1\"?><a/>": xml: unsupported version "1.1"; only version 1.0 is supported
// "<a b='<'/>": XML syntax error on line 1: unescaped < inside quoted string
//   xml.StartElement {{ a} []}
// "<a>]]></a>": XML syntax error on line 1: unescaped ]]> not in CDATA section
//   xml.Directive [68 79 67 84 89 80 69 32 104 116 109 108]
//   xml.StartElement {{ a} []}
//   xml.EndElement {{ a}}
// "<!DOCTYPE html><a/>": EOF
//   xml.StartElement {{ a} []}
// "<a>\x01</a>": XML syntax error on line 1: illegal character code U+0001
