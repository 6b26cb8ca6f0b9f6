package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
)

func b64() {
	data := []byte("Go is fun! \xff\xfe")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString(data)
		back, err := enc.DecodeString(s)
		fmt.Println(s, enc.EncodedLen(len(data)), enc.DecodedLen(len(s)), bytes.Equal(back, data), err)
	}
	for _, in := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar"} {
		fmt.Printf("%q ", base64.StdEncoding.EncodeToString([]byte(in)))
	}
	fmt.Println()
	_, err := base64.StdEncoding.DecodeString("Zm9v!mFy")
	fmt.Println(err)
	var cie base64.CorruptInputError
	fmt.Println(errors.As(err, &cie), int64(cie))
	_, err = base64.StdEncoding.DecodeString("Zm9vYg")
	fmt.Println(err)
	b, err := base64.StdEncoding.DecodeString("Zm9v\nYmFy\r\n")
	fmt.Printf("%s %v\n", b, err)
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	s := custom.EncodeToString([]byte("hi"))
	b, err = custom.DecodeString(s)
	fmt.Println(s, string(b), err)
	strict := base64.StdEncoding.Strict()
	_, err = strict.DecodeString("Zm9=")
	fmt.Println(err)
	dst := make([]byte, base64.StdEncoding.EncodedLen(5))
	base64.StdEncoding.Encode(dst, []byte("hello"))
	fmt.Println(string(dst))
	out := make([]byte, 10)
	n, err := base64.StdEncoding.Decode(out, dst)
	fmt.Println(n, string(out[:n]), err)
	w := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	w.Write([]byte("streaming "))
	w.Write([]byte("encoder"))
	w.Close()
	fmt.Println()
}

func main() {
	b64()
}

// Output:
// R28gaXMgZnVuISD//g== 20 15 true <nil>
// R28gaXMgZnVuISD__g== 20 15 true <nil>
// R28gaXMgZnVuISD//g 18 13 true <nil>
// R28gaXMgZnVuISD__g 18 13 true <nil>
// "" "Zg==" "Zm8=" "Zm9v" "Zm9vYg==" "Zm9vYmE=" "Zm9vYmFy" 
// illegal base64 data at input byte 4
// true 4
// illegal base64 data at input byte 4
// foobar <nil>
// zTp* hi <nil>
// illegal base64 data at input byte 3
// aGVsbG8=
// 5 hello <nil>
// c3RyZWFtaW5nIGVuY29kZXI=
