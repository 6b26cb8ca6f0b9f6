package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

func bin() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint16(b, 0x1234)
	binary.LittleEndian.PutUint16(b[2:], 0x1234)
	fmt.Printf("% x\n", b[:4])
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	fmt.Printf("% x %#x %#x\n", b[:4], binary.BigEndian.Uint32(b), binary.LittleEndian.Uint32(b))
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	fmt.Printf("% x %#x %#x\n", b, binary.LittleEndian.Uint64(b), binary.BigEndian.Uint64(b))
	fmt.Println(binary.BigEndian.Uint16([]byte{1, 2}), binary.LittleEndian.Uint16([]byte{1, 2}))
	fmt.Println(binary.BigEndian, binary.LittleEndian)
	fmt.Printf("%v %#v\n", binary.BigEndian, binary.LittleEndian)
	var order binary.ByteOrder = binary.BigEndian
	fmt.Println(order.Uint32([]byte{0, 0, 1, 0}), order)
	a := binary.BigEndian.AppendUint16(nil, 0xabcd)
	a = binary.LittleEndian.AppendUint32(a, 1)
	a = binary.BigEndian.AppendUint64(a, 2)
	fmt.Println(a)
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 300, 1 << 63} {
		n := binary.PutUvarint(buf, x)
		v, m := binary.Uvarint(buf[:n])
		fmt.Print(buf[:n], v, m, " ")
	}
	fmt.Println()
	for _, x := range []int64{0, -1, 1, -64, 64, -1 << 63} {
		n := binary.PutVarint(buf, x)
		v, m := binary.Varint(buf[:n])
		fmt.Print(buf[:n], v, m, " ")
	}
	fmt.Println()
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	r := bytes.NewReader([]byte{0xac, 0x02, 0x03, 0x80})
	u, err := binary.ReadUvarint(r)
	fmt.Println(u, err)
	v, err := binary.ReadVarint(r)
	fmt.Println(v, err)
	u, err = binary.ReadUvarint(r)
	fmt.Println(u, err)
	u, err = binary.ReadUvarint(r)
	fmt.Println(u, err)
	fmt.Println(binary.AppendUvarint([]byte{9}, 300), binary.AppendVarint(nil, -300))
}

func readWrite() {
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.LittleEndian, uint32(0xdeadbeef)))
	binary.Write(&buf, binary.BigEndian, int16(-2))
	binary.Write(&buf, binary.BigEndian, []uint16{1, 2})
	binary.Write(&buf, binary.LittleEndian, math.Pi)
	binary.Write(&buf, binary.LittleEndian, float32(1.5))
	binary.Write(&buf, binary.LittleEndian, []float32{-0.1, 3e-40, float32(math.Inf(1))})
	b := true
	binary.Write(&buf, binary.LittleEndian, &b)
	binary.Write(&buf, binary.LittleEndian, []int64{})
	fmt.Printf("% x\n", buf.Bytes())
	var u uint32
	var i16 int16
	us := make([]uint16, 2)
	var f64 float64
	var f32 float32
	fs := make([]float32, 3)
	var bb bool
	r := bytes.NewReader(buf.Bytes())
	fmt.Println(binary.Read(r, binary.LittleEndian, &u), binary.Read(r, binary.BigEndian, &i16), binary.Read(r, binary.BigEndian, us))
	fmt.Println(binary.Read(r, binary.LittleEndian, &f64), binary.Read(r, binary.LittleEndian, &f32), binary.Read(r, binary.LittleEndian, fs), binary.Read(r, binary.LittleEndian, &bb))
	fmt.Printf("%#x %d %v %v %v %v %v\n", u, i16, us, f64, f32, fs, bb)
	fmt.Println(binary.Read(r, binary.LittleEndian, &u))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &u))
	fmt.Println(binary.Size(uint64(0)), binary.Size([]int32{1, 2, 3}), binary.Size("x"), binary.Size([]int8{}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, "str"))
	fmt.Println(binary.Read(r, binary.LittleEndian, new(int)))
	for _, f := range []float32{0, -0.0, 1, -2.5, 1e-45, 3.4028235e38, float32(math.NaN())} {
		var w bytes.Buffer
		binary.Write(&w, binary.BigEndian, f)
		var g float32
		binary.Read(&w, binary.BigEndian, &g)
		fmt.Printf("%x %v ", w.Bytes(), g)
	}
	fmt.Println()
}

func main() {
	bin()
	readWrite()
}

// Output:
// 12 34 34 12
// de ad be ef 0xdeadbeef 0xefbeadde
// 08 07 06 05 04 03 02 01 0x102030405060708 0x807060504030201
// 258 513
// BigEndian LittleEndian
// BigEndian binary.LittleEndian
// 256 BigEndian
// [171 205 1 0 0 0 0 0 0 0 0 0 0 2]
// [0] 0 1 [1] 1 1 [127] 127 1 [128 1] 128 2 [172 2] 300 2 [128 128 128 128 128 128 128 128 128 1] 9223372036854775808 10 
// [0] 0 1 [1] -1 1 [2] 1 1 [127] -64 1 [128 1] 64 2 [255 255 255 255 255 255 255 255 255 1] -9223372036854775808 10 
// 0 0
// 0 -11
// 3 5 10
// 300 <nil>
// -2 <nil>
// 0 EOF
// 0 EOF
// [9 172 2] [215 4]
// <nil>
// ef be ad de ff fe 00 01 00 02 18 2d 44 54 fb 21 09 40 00 00 c0 3f cd cc cc bd 47 44 03 00 00 00 80 7f 01
// <nil> <nil> <nil>
// <nil> <nil> <nil> <nil>
// 0xdeadbeef -2 [1 2] 3.141592653589793 1.5 [-0.1 3e-40 +Inf] true
// EOF
// unexpected EOF
// 8 12 -1 0
// binary.Write: invalid type string
// binary.Read: invalid type *int
//  0  0  1  -2.5  1e-45  3.4028235e+38  NaN 
