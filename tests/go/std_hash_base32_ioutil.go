package main

import (
	"bytes"
	"crypto/rand"
	"crypto/sha512"
	"encoding/base32"
	"fmt"
	"hash/adler32"
	"hash/crc64"
	"io"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	// crypto/sha512: every size, streaming equals one-shot, across block boundaries
	for _, s := range []string{"", "abc", strings.Repeat("x", 111), strings.Repeat("y", 112), strings.Repeat("z", 128), strings.Repeat("gort", 300)} {
		fmt.Printf("%x\n", sha512.Sum512([]byte(s)))
		fmt.Printf("%x\n", sha512.Sum384([]byte(s)))
		fmt.Printf("%x %x\n", sha512.Sum512_224([]byte(s)), sha512.Sum512_256([]byte(s)))
		h := sha512.New()
		for i := 0; i < len(s); i += 7 {
			j := i + 7
			if j > len(s) {
				j = len(s)
			}
			io.WriteString(h, s[i:j])
		}
		fmt.Println(bytes.Equal(h.Sum(nil), func() []byte { x := sha512.Sum512([]byte(s)); return x[:] }()), h.Size(), h.BlockSize())
	}
	h := sha512.New384()
	h.Write([]byte("hello"))
	fmt.Printf("%x %d\n", h.Sum([]byte("pre")), h.Size())

	// encoding/base32
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "any carnal pleasure."} {
		e := base32.StdEncoding.EncodeToString([]byte(s))
		x := base32.HexEncoding.EncodeToString([]byte(s))
		n := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte(s))
		d, err := base32.StdEncoding.DecodeString(e)
		d2, err2 := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(n)
		fmt.Printf("%q %s %s %s %q %v %q %v %d %d\n", s, e, x, n, d, err, d2, err2, base32.StdEncoding.EncodedLen(len(s)), base32.StdEncoding.DecodedLen(len(e)))
	}
	for _, bad := range []string{"MZXW6===", "MZXW6YQ=", "MZXW6Y==", "MZ======", "M=======", "MZXW6YTB\nOI======", "MZXW6!==", "MZXW", "MZXW6YTBOI=====", "MZ=W6YTB", "========"} {
		d, err := base32.StdEncoding.DecodeString(bad)
		fmt.Printf("%q -> %q %v\n", bad, d, err)
	}
	var buf bytes.Buffer
	w := base32.NewEncoder(base32.StdEncoding, &buf)
	w.Write([]byte("stream"))
	w.Write([]byte("ing data"))
	w.Close()
	fmt.Println(buf.String())
	all, err := io.ReadAll(base32.NewDecoder(base32.StdEncoding, strings.NewReader(buf.String())))
	fmt.Printf("%q %v\n", all, err)

	// hash/adler32, hash/crc64
	for _, s := range []string{"", "a", "Wikipedia", strings.Repeat("\xff", 6000)} {
		a := adler32.New()
		a.Write([]byte(s))
		fmt.Println(adler32.Checksum([]byte(s)), a.Sum32(), a.Sum(nil), a.Size())
		iso := crc64.MakeTable(crc64.ISO)
		ecma := crc64.MakeTable(crc64.ECMA)
		c := crc64.New(ecma)
		io.WriteString(c, s)
		fmt.Println(crc64.Checksum([]byte(s), iso), crc64.Checksum([]byte(s), ecma), c.Sum64(), crc64.Update(0, ecma, []byte(s)), c.Sum([]byte{1}))
	}

	// crypto/rand: lengths and errors only (the bytes are random)
	b := make([]byte, 37)
	n, err := rand.Read(b)
	fmt.Println(n, err)
	n, err = io.ReadFull(rand.Reader, b[:5])
	fmt.Println(n, err)

	// io/ioutil
	dir, err := ioutil.TempDir("", "gort")
	fmt.Println(err, strings.HasPrefix(dir, os.TempDir()))
	fmt.Println(ioutil.WriteFile(dir+"/b.txt", []byte("bee"), 0o644))
	fmt.Println(ioutil.WriteFile(dir+"/a.txt", []byte("a"), 0o644))
	os.Mkdir(dir+"/c", 0o755)
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode())
	}
	data, err := ioutil.ReadFile(dir + "/b.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(dir + "/nope")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = ioutil.ReadDir("/nope")
	fmt.Println(err)
	all, err = ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("read all")))
	fmt.Printf("%q %v\n", all, err)
	f, err := ioutil.TempFile(dir, "x*.log")
	fmt.Println(err, strings.HasPrefix(f.Name(), dir+"/x"), strings.HasSuffix(f.Name(), ".log"))
	fmt.Fprintln(ioutil.Discard, "nothing")
	os.RemoveAll(dir)
}

// Output:
// cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e
// 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b
// 6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4 c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a
// true 64 128
// ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
// cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7
// 4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa 53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23
// true 64 128
// 9a2a120825c2319867758ec277924f6faa254968bf752046dacdd948d8ad299b10359fd04bfd7d3810b5fa1b16a294236138baff981cbb85248478053ac4d3dd
// dfec6588f894c2b089119e1884a23941e5aa69ed38702839cf7352ac6d155d315693bb5d26b7468d8b69ecf4631ef419
// df6f7daf0c65e60cd87d05b4c83b22863e3ec99693e20085a02effed 79a6132b3c9df0f7dfcb5c9c3c663d829a6e7f1c26440afa4eb49cfef669c8ea
// true 64 128
// 8a9b4960b8ba283f3ff4ae7c0cd9da8c12a9520701122630a9f903be075c19047ec85743ac93b91af5d9b3d428764f19e712f52232d3205a5e8b6d0c04aecd3e
// 2aab29b9194bd1d7adb4b7945b6b3574bd35f0df3a7d72ed2f0bbb2123b8f0bfb1f04653bc7895807e995e864aa607c3
// 4538b6ac3fe3165564b844c653c52e74717fef426b851461aecd312e 6a88eeb882955a5b9406c2ce2e87fcb2405dc9127d308890e5c0a17bcd22790c
// true 64 128
// ea6239790dc45b4c7e60eca12046e4cb8d27a0812c7ae466ab6aed01aed6659b10b03d4905e70217a10aa0e08bc05128e33f49ee103c5764e62d60c761e0f0c8
// 922b510dc911802772f108270940125abecbeef8a9299aab23cb8ce2fa7ba40afe37349ebcf26fd7c2a186574fe0396c
// 0306c986d660037f6260fd23fde15421f7697121d4042067f63f27b6 c5113e6c92d6cd9dbd8716f787ff656dee9e1c9d5cfc2210b82a3589b0312bee
// true 64 128
// bb3a0ca2a38b705750e8b77da9fe5aaaec2329024140ee31445ae69d9cfd6b30c2f4d52d530f512c6436fd34da20d0dceef612c673b5ca6fb34ae20c4cfe3269
// cbcc692040d5ba764fc0b25bccdb42300e90867912f2222a74085ad070f9cdc74e11451a3af5ebcff3b6bf5f943264a3
// ab8056434491d5cc6853baad37f2a93b379c1e0e690b4f535cbfcb5e 3572e267a8c16a4b6d06f07f227a05deec2588950a1dd26a7b355f92f62274b6
// true 64 128
// 70726559e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f 48
// ""    "" <nil> "" <nil> 0 0
// "f" MY====== CO====== MY "f" <nil> "f" <nil> 8 5
// "fo" MZXQ==== CPNG==== MZXQ "fo" <nil> "fo" <nil> 8 5
// "foo" MZXW6=== CPNMU=== MZXW6 "foo" <nil> "foo" <nil> 8 5
// "foob" MZXW6YQ= CPNMUOG= MZXW6YQ "foob" <nil> "foob" <nil> 8 5
// "fooba" MZXW6YTB CPNMUOJ1 MZXW6YTB "fooba" <nil> "fooba" <nil> 8 5
// "foobar" MZXW6YTBOI====== CPNMUOJ1E8====== MZXW6YTBOI "foobar" <nil> "foobar" <nil> 16 10
// "any carnal pleasure." MFXHSIDDMFZG4YLMEBYGYZLBON2XEZJO C5N7I833C5P6SOBC41O6OPB1EDQN4P9E MFXHSIDDMFZG4YLMEBYGYZLBON2XEZJO "any carnal pleasure." <nil> "any carnal pleasure." <nil> 32 20
// "MZXW6===" -> "foo" <nil>
// "MZXW6YQ=" -> "foob" <nil>
// "MZXW6Y==" -> "" illegal base32 data at input byte 6
// "MZ======" -> "f" <nil>
// "M=======" -> "" illegal base32 data at input byte 1
// "MZXW6YTB\nOI======" -> "foobar" <nil>
// "MZXW6!==" -> "" illegal base32 data at input byte 5
// "MZXW" -> "" illegal base32 data at input byte 0
// "MZXW6YTBOI=====" -> "fooba" illegal base32 data at input byte 15
// "MZ=W6YTB" -> "" illegal base32 data at input byte 2
// "========" -> "" illegal base32 data at input byte 0
// ON2HEZLBNVUW4ZZAMRQXIYI=
// "streaming data" <nil>
// 1 1 [0 0 0 1] 4
// 0 0 0 0 [1 0 0 0 0 0 0 0 0]
// 6422626 6422626 [0 98 0 98] 4
// 3756002089226993664 3675645893302102789 3675645893302102789 3675645893302102789 [1 51 2 132 119 46 101 43 5]
// 300286872 300286872 [17 230 3 152] 4
// 14592106320240417529 2954309768198171337 2954309768198171337 2954309768198171337 [1 40 255 209 20 225 235 42 201]
// 2761382378 2761382378 [164 151 89 234] 4
// 1617668651056480859 16735221894710727015 16735221894710727015 16735221894710727015 [1 232 63 115 165 111 146 145 103]
// 37 <nil>
// 5 <nil>
// <nil> true
// <nil>
// <nil>
// a.txt 1 false -rw-r--r--
// b.txt 3 false -rw-r--r--
// c 4096 true drwxr-xr-x
// "bee" <nil>
// open DIR/nope: no such file or directory
// open /nope: no such file or directory
// "read all" <nil>
// <nil> true true
