// Printf corners from tutorials: width and precision from arguments (*), negative and
// missing star arguments, %x/%X/% x of strings and byte slices, %c/%q/%U/%#U of runes,
// padding with 0 and -, %+d, %o/%O/%b, %e/%g precision, %6.2f tables and argument indexes.
package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 5, 42)
	fmt.Printf("[%-*d]\n", 5, 42)
	fmt.Printf("[%*d]\n", -5, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 8, 3, 3.14159)
	fmt.Printf("[%*s|%-*s]\n", 6, "go", 6, "lang")
	fmt.Printf("[%.*s]\n", 3, "gopher")
	fmt.Printf("[%*d]\n", "x", 1)
	fmt.Printf("[%.*d]\n", 3, 7)
	fmt.Printf("[%*d]\n", 5)

	fmt.Printf("%x %X % x %#x\n", "hello", "hello", "hello", "hello")
	fmt.Printf("%x % X %#x\n", []byte{1, 171, 255}, []byte{1, 171, 255}, []byte{1, 171, 255})
	fmt.Printf("%x %X %#x %#o %O %b %o\n", 255, 255, 255, 8, 8, 5, -8)
	fmt.Printf("%x %.2x %8.3x|\n", "日本", 3.5, -1)
	fmt.Printf("%c %c %c %q %U %#U\n", 'G', 0x65E5, 128512, 'x', 'ä', '⌘')
	fmt.Printf("%c|%q|%U\n", -1, rune(0x110000), 0x1F600)
	fmt.Printf("%q %+q %#q %x\n", "héllo\n", "héllo", "back`tick", 'é')
	fmt.Printf("%5c|%-4q|%08.3f|%+d|% d|%+.1e\n", 'z', 'y', -3.14159, 5, 7, 123456.789)
	fmt.Printf("%05d|%-05d|%x|%X\n", -42, 42, -255, []int{10, 11})
	fmt.Printf("%g %g %.3g %e %G\n", 1e21, 1e-7, 2.0/3, 0.0, 1e-10)
	fmt.Printf("%v %.2v %6.1v|\n", 2.0/3, 2.0/3, 1234.5678)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z %-+ 5d\n", 3, 4)
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%p\n", nil)
	fmt.Printf("%s %v %d\n", nil, nil, nil)
	fmt.Printf("%6.2f|%-8.3f|%8.3e\n", 3.14159, 2.5, 1234.5678)
	for _, row := range []struct {
		name  string
		price float64
		qty   int
	}{{"apple", 0.5, 12}, {"watermelon", 3.25, 1}, {"kiwi", 0.3333, 100}} {
		fmt.Printf("|%-10s|%8.2f|%4d|\n", row.name, row.price, row.qty)
	}
	s := fmt.Sprintf("%08b", 5)
	fmt.Println(s, len(fmt.Sprintf("%10s", "")), fmt.Sprint("a", 1, 2, "b", "c", 3.0, 'x'))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint(), fmt.Sprint(nil, nil))
}

// Output:
// [   42]
// [42   ]
// [42   ]
// [3.14]
// [   3.142]
// [    go|lang  ]
// [gop]
// [%!(BADWIDTH)1]
// [007]
// [%!d(MISSING)]
// 68656c6c6f 68656C6C6F 68 65 6c 6c 6f 0x68656c6c6f
// 01abff 01 AB FF 0x01abff
// ff FF 0xff 010 0o10 101 -10
// e697a5e69cac 0x1.c0p+01     -001|
// G 日 😀 'x' U+00E4 U+2318 '⌘'
// �|'�'|U+1F600
// "héllo\n" "h\u00e9llo" "back`tick" e9
//     z|'y' |-003.142|+5| 7|+1.2e+05
// -0042|42   |-ff|[A B]
// 1e+21 1e-07 0.667 0.000000e+00 1E-10
// 0.6666666666666666 0.67  1e+03|
// 20 10 20
//  12.00|
// 1 %!s(MISSING)
// 1
// %!(EXTRA int=2)%!!(MISSING)
// %!z(int=3) +4
// true false  true|
// %!p(<nil>)
// %!s(<nil>) <nil> %!d(<nil>)
//   3.14|2.500   |1.235e+03
// |apple     |    0.50|  12|
// |watermelon|    3.25|   1|
// |kiwi      |    0.33| 100|
// 00000101 10 a1 2bc3 120
// x 1
//   <nil> <nil>
