// Go tour "Readers" and "rot13Reader": io.Reader implemented by a user type wrapping another,
// strings.NewReader read in 8-byte chunks until io.EOF, and io.Copy to os.Stdout.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct {
	r io.Reader
}

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if err == io.EOF {
			break
		}
	}
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	rr := rot13Reader{s}
	io.Copy(os.Stdout, &rr)
	buf := make([]byte, 5)
	n, _ := MyReader{}.Read(buf)
	fmt.Println(n, string(buf))
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)
}

// Output:
// n = 8 err = <nil> b = [72 101 108 108 111 44 32 82]
// b[:n] = "Hello, R"
// n = 6 err = <nil> b = [101 97 100 101 114 33 32 82]
// b[:n] = "eader!"
// n = 0 err = EOF b = [101 97 100 101 114 33 32 82]
// b[:n] = ""
// You cracked the code!
// 5 AAAAA
// all of it <nil>
