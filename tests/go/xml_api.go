package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName   xml.Name `xml:"person"`
	Id        int      `xml:"id,attr"`
	FirstName string   `xml:"name>first"`
	LastName  string   `xml:"name>last"`
	Age       int      `xml:"age"`
	Height    float32  `xml:"height,omitempty"`
	Married   bool
	Address
	Comment string `xml:",comment"`
	Secret  string `xml:"-"`
	Email   []string `xml:"email"`
	Nick    *string  `xml:"nick"`
}

type Note struct {
	Lang string `xml:"lang,attr,omitempty"`
	Text string `xml:",chardata"`
}

type Doc struct {
	XMLName xml.Name
	Notes   []Note `xml:"note"`
	Raw     string `xml:",innerxml"`
}

type Simple struct {
	A int
	B string `xml:"b,attr"`
	C []byte
}

func main() {
	nick := "jo"
	v := &Person{Id: 13, FirstName: "John", LastName: "Doe", Age: 42, Married: true,
		Comment: " Need more details. ", Secret: "x", Email: []string{"a@b.c", "d@e.f"}, Nick: &nick}
	v.Address = Address{"Hanga Roa", "Easter Island"}
	out, err := xml.MarshalIndent(v, "  ", "    ")
	fmt.Println(string(out), err)
	out, err = xml.Marshal(v)
	fmt.Println(string(out), err)

	// round trip
	var p Person
	err = xml.Unmarshal(out, &p)
	nk := *p.Nick
	p.Nick = nil
	fmt.Printf("%+v %v %q\n", p, err, nk)

	// escaping
	var b bytes.Buffer
	xml.EscapeText(&b, []byte("a<b & \"c\" 'd'\n\t>é"))
	fmt.Println(b.String())
	out, _ = xml.Marshal(Note{Lang: "en", Text: "x < y & z"})
	fmt.Println(string(out))
	out, _ = xml.Marshal(Simple{A: 1, B: "q\"", C: []byte("hi")})
	fmt.Println(string(out))
	out, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.Marshal(42)
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.Marshal([]int{1, 2})
	fmt.Printf("%q %v\n", out, err)

	// chardata, attrs, innerxml
	var d Doc
	err = xml.Unmarshal([]byte(`<doc><note lang="en">Hello &amp; bye</note><note>two<![CDATA[<x>]]></note><other/></doc>`), &d)
	fmt.Printf("%+v %v\n", d, err)

	// errors
	var s Simple
	fmt.Println(xml.Unmarshal([]byte(`<Simple><A>x</A></Simple>`), &s))
	fmt.Println(xml.Unmarshal([]byte(`<Simple><A>1</B></Simple>`), &s))
	fmt.Println(xml.Unmarshal([]byte(`<Simple><A>1</A>`), &s))
	fmt.Println(xml.Unmarshal([]byte(``), &s))
	fmt.Println(xml.Unmarshal([]byte("<Simple>\n<A>&foo;</A></Simple>"), &s))
	fmt.Println(xml.Unmarshal([]byte("<Simple>\n<A>&foo</A></Simple>"), &s))
	fmt.Println(xml.Unmarshal([]byte(`<Simple b=x></Simple>`), &s))
	fmt.Println(xml.Unmarshal([]byte(`<Simple b></Simple>`), &s))
	fmt.Println(xml.Unmarshal([]byte(`<>`), &s))
	fmt.Println(xml.Unmarshal([]byte(`</a>`), &s))
	fmt.Println(xml.Unmarshal([]byte(`<Simple></Simple>`), s))
	fmt.Println(xml.Unmarshal([]byte(`<person></person>`), &d))
	fmt.Println(xml.Unmarshal([]byte(`<foo></foo>`), &p))
	var ip *int
	fmt.Println(xml.Unmarshal([]byte(`<a>1</a>`), ip))

	// streaming tokens
	dec := xml.NewDecoder(strings.NewReader(`<?xml version="1.0"?>
<!-- c --><root xmlns:h="http://h" a="1"><h:td>x&lt;y</h:td><e/></root>`))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Printf("start %v %v\n", t.Name, t.Attr)
		case xml.EndElement:
			fmt.Printf("end %v\n", t.Name)
		case xml.CharData:
			fmt.Printf("chars %q\n", string(t))
		case xml.Comment:
			fmt.Printf("comment %q\n", string(t))
		case xml.ProcInst:
			fmt.Printf("procinst %s %q\n", t.Target, string(t.Inst))
		default:
			fmt.Printf("%T\n", t)
		}
	}

	// encoder
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", " ")
	if err := enc.Encode(Simple{A: 7}); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	enc2 := xml.NewEncoder(os.Stdout)
	enc2.EncodeToken(xml.StartElement{Name: xml.Name{Local: "t"}, Attr: []xml.Attr{{Name: xml.Name{Local: "k"}, Value: "v"}}})
	enc2.EncodeToken(xml.CharData("a\nb<"))
	enc2.EncodeToken(xml.Comment("hi"))
	fmt.Println(enc2.EncodeToken(xml.EndElement{Name: xml.Name{Local: "u"}}))
	enc2.EncodeToken(xml.EndElement{Name: xml.Name{Local: "t"}})
	enc2.Flush()
	fmt.Println()
	dec2 := xml.NewDecoder(strings.NewReader(`<a><b>1</b><b>2</b></a>`))
	var got struct {
		B []int `xml:"b"`
	}
	fmt.Println(dec2.Decode(&got), got.B)
	fmt.Println(xml.Header)
}

// Output:
//   <person id="13">
//       <name>
//           <first>John</first>
//           <last>Doe</last>
//       </name>
//       <age>42</age>
//       <Married>true</Married>
//       <City>Hanga Roa</City>
//       <State>Easter Island</State>
//       <!-- Need more details. -->
//       <email>a@b.c</email>
//       <email>d@e.f</email>
//       <nick>jo</nick>
//   </person> <nil>
// <person id="13"><name><first>John</first><last>Doe</last></name><age>42</age><Married>true</Married><City>Hanga Roa</City><State>Easter Island</State><!-- Need more details. --><email>a@b.c</email><email>d@e.f</email><nick>jo</nick></person> <nil>
// {XMLName:{Space: Local:person} Id:13 FirstName:John LastName:Doe Age:42 Height:0 Married:true Address:{City:Hanga Roa State:Easter Island} Comment: Need more details.  Secret: Email:[a@b.c d@e.f] Nick:<nil>} <nil> "jo"
// a&lt;b &amp; &#34;c&#34; &#39;d&#39;&#xA;&#x9;&gt;é
// <Note lang="en">x &lt; y &amp; z</Note>
// <Simple b="q&#34;"><A>1</A><C>hi</C></Simple>
// "" xml: unsupported type: map[string]int
// "<int>42</int>" <nil>
// "<int>1</int><int>2</int>" <nil>
// {XMLName:{Space: Local:doc} Notes:[{Lang:en Text:Hello & bye} {Lang: Text:two<x>}] Raw:<note lang="en">Hello &amp; bye</note><note>two<![CDATA[<x>]]></note><other/>} <nil>
// strconv.ParseInt: parsing "x": invalid syntax
// XML syntax error on line 1: element <A> closed by </B>
// XML syntax error on line 1: unexpected EOF
// EOF
// XML syntax error on line 2: invalid character entity &foo;
// XML syntax error on line 2: invalid character entity &foo (no semicolon)
// XML syntax error on line 1: unquoted or missing attribute value in element
// XML syntax error on line 1: attribute name without = in element
// XML syntax error on line 1: expected element name after <
// XML syntax error on line 1: unexpected end element </a>
// non-pointer passed to Unmarshal
// <nil>
// expected element type <person> but have <foo>
// nil pointer passed to Unmarshal
// procinst xml "version=\"1.0\""
// chars "\n"
// comment " c "
// start { root} [{{xmlns h} http://h} {{ a} 1}]
// start {http://h td} []
// chars "x<y"
// end {http://h td}
// start { e} []
// end { e}
// end { root}
// <Simple b="">
//  <A>7</A>
//  <C></C>
// </Simple>
// xml: end tag </u> does not match start tag <t>
// <t k="v">a
// b&lt;<!--hi--></t>
// <nil> [1 2]
// <?xml version="1.0" encoding="UTF-8"?>
//
