package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func reading() {
	in := `first_name,last_name,username
"Rob","Pike",rob
Ken,Thompson,ken
"Robert","Griesemer","gri"
"multi
line","with ""quotes""",x
`
	r := csv.NewReader(strings.NewReader(in))
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%q\n", rec)
	}
	r = csv.NewReader(strings.NewReader("a;b;c\n# comment\n d ; e ;f\r\n\n"))
	r.Comma = ';'
	r.Comment = '#'
	r.TrimLeadingSpace = true
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)
	line, col := r.FieldPos(1)
	fmt.Println(line, col, r.InputOffset())
	for _, bad := range []string{"a,b\nc\n", "a,\"b\nc", "a,b\"c\"\n", "\"a\"b,c\n"} {
		r = csv.NewReader(strings.NewReader(bad))
		_, err := r.ReadAll()
		fmt.Println(err)
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Println(pe.StartLine, pe.Line, pe.Column, pe.Err, errors.Is(err, csv.ErrFieldCount) || errors.Is(err, csv.ErrQuote) || errors.Is(err, csv.ErrBareQuote))
		}
	}
	r = csv.NewReader(strings.NewReader("a,b\"c\"\nx,y\n"))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	all, err = r.ReadAll()
	fmt.Printf("%q %v\n", all, err)
	r = csv.NewReader(strings.NewReader("1,2\n3,4\n"))
	r.ReuseRecord = true
	a, _ := r.Read()
	b, _ := r.Read()
	fmt.Println(a, b)
	long := strings.Repeat("x", 5000) + "," + strings.Repeat("y", 3000) + "\nz,w\n"
	r = csv.NewReader(strings.NewReader(long))
	all, err = r.ReadAll()
	fmt.Println(len(all), len(all[0][0]), len(all[0][1]), all[1], err)
}

func writing() {
	w := csv.NewWriter(os.Stdout)
	records := [][]string{
		{"name", "quote"},
		{"Gopher", `says "hi"`},
		{"comma,name", "multi\nline"},
		{" lead", ""},
		{"#hash", `\.`},
	}
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			fmt.Println(err)
		}
	}
	w.Flush()
	fmt.Println(w.Error())
	var buf bytes.Buffer
	w = csv.NewWriter(&buf)
	w.Comma = '\t'
	w.UseCRLF = true
	w.WriteAll([][]string{{"a", "b c"}, {"d\te", "f\r\ng"}})
	fmt.Printf("%q %v\n", buf.String(), w.Error())
	w = csv.NewWriter(&buf)
	w.Comma = '"'
	fmt.Println(w.Write([]string{"x"}))
}

func main() {
	reading()
	writing()
}

// Output:
// ["first_name" "last_name" "username"]
// ["Rob" "Pike" "rob"]
// ["Ken" "Thompson" "ken"]
// ["Robert" "Griesemer" "gri"]
// ["multi\nline" "with \"quotes\"" "x"]
// [["a" "b" "c"] ["d " "e " "f"]] <nil>
// 3 6 28
// record on line 2: wrong number of fields
// 2 2 1 wrong number of fields true
// record on line 1; parse error on line 2, column 2: extraneous or missing " in quoted-field
// 1 2 2 extraneous or missing " in quoted-field true
// parse error on line 1, column 4: bare " in non-quoted-field
// 1 1 4 bare " in non-quoted-field true
// parse error on line 1, column 3: extraneous or missing " in quoted-field
// 1 1 3 extraneous or missing " in quoted-field true
// [["a" "b\"c\""] ["x" "y"]] <nil>
// [3 4] [3 4]
// 2 5000 3000 [z w] <nil>
// name,quote
// Gopher,"says ""hi"""
// "comma,name","multi
// line"
// " lead",
// #hash,"\."
// <nil>
// "a\tb c\r\n\"d\te\"\t\"f\r\ng\"\r\n" <nil>
// csv: invalid field or comment delimiter
