package main

import (
	"bytes"
	"fmt"
	"os"
	"text/tabwriter"
)

func basic() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "aaaaaaaaa\tb\tccc")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "x\ty\tz\t")
	fmt.Fprintln(w, "xxxxxx\tyy\tz\t")
	fmt.Fprintln(w, "\t\tlast\t")
	w.Flush()
}

func gobyexample() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(w, "Name\tAge\tCity")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintln(w, "Bob\t4\tLA")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "after\tblank\tline")
	w.Flush()
}

func tabs() {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 8, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tcell")
	fmt.Fprintln(w, "\t\tdeeper\tx")
	fmt.Fprintf(w, "no newline\tat end")
	w.Flush()
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	w = tabwriter.NewWriter(&buf, 0, 4, 1, '-', tabwriter.FilterHTML|tabwriter.StripEscape|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\t\xffesc\taped\xff\tz")
	fmt.Fprintln(w, "a\t\tb")
	fmt.Fprintln(w, "héllo\twörld\tz")
	w.Flush()
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	w = tabwriter.NewWriter(&buf, 0, 8, 1, ' ', 0)
	w.Write([]byte("a\tb\fc\td\n"))
	w.Write([]byte("ccc\tddd\v\n"))
	w.Flush()
	fmt.Printf("%q\n", buf.String())
}

func main() {
	basic()
	gobyexample()
	tabs()
}

// Output:
// a         b       c
// aaa       bbbbbbb c
// aaaaaaaaa b       ccc
// .......x|....y|.....z|
// ..xxxxxx|...yy|.....z|
// ........|.....|..last|
// Name  |Age |City
// Alice |30  |New York
// Bob   |4   |LA
//
// after |blank |line
// "\t\tindentedcell\n\t\t\tdeeper\tx\nno newline\tat end"
// "<b>bold</b>--&amp;-----esc\taped-z\na-----------b\nhéllo-wörld-z\n"
// "a b\nc   d\nccc ddd \n"
