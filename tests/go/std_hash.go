package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func sums() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n", sha256.Sum256(data))
	fmt.Printf("%x\n", sha256.Sum224(data))
	fmt.Printf("%x\n", sha1.Sum(data))
	fmt.Printf("%x\n", md5.Sum(data))
	fmt.Printf("%X\n", md5.Sum(nil))
	sum := sha256.Sum256(nil)
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Println(sha256.Size, sha256.Size224, sha256.BlockSize, sha1.Size, sha1.BlockSize, md5.Size, md5.BlockSize)
	fmt.Printf("%T %v\n", sum, len(sum))
}

func streaming() {
	hs := []hash.Hash{sha256.New(), sha256.New224(), sha1.New(), md5.New()}
	long := strings.Repeat("abcdefghijklmnopqrstuvwxyz0123456789", 100)
	for _, h := range hs {
		// Uneven writes cross the block boundaries.
		for i := 0; i < len(long); i += 37 {
			end := i + 37
			if end > len(long) {
				end = len(long)
			}
			h.Write([]byte(long[i:end]))
		}
		fmt.Printf("%d %d %x\n", h.Size(), h.BlockSize(), h.Sum(nil))
		h.Reset()
		io.WriteString(h, "abc")
		fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	}
	fmt.Printf("%x\n", sha256.Sum256([]byte(long)))
	h := sha256.New()
	fmt.Fprintf(h, "hello %s", "world")
	fmt.Printf("%x\n", h.Sum(nil))
}

func fnvs() {
	for _, s := range []string{"", "a", "hello world"} {
		h32 := fnv.New32()
		h32a := fnv.New32a()
		h64 := fnv.New64()
		h64a := fnv.New64a()
		for _, h := range []io.Writer{h32, h32a, h64, h64a} {
			h.Write([]byte(s))
		}
		fmt.Println(h32.Sum32(), h32a.Sum32(), h64.Sum64(), h64a.Sum64())
	}
	h := fnv.New128a()
	h.Write([]byte("hello"))
	fmt.Printf("%x %d\n", h.Sum(nil), h.Size())
	h2 := fnv.New128()
	h2.Write([]byte("hello"))
	fmt.Printf("%x\n", h2.Sum(nil))
	var h3 hash.Hash32 = fnv.New32a()
	h3.Write([]byte("x"))
	fmt.Printf("%x %d %d\n", h3.Sum([]byte{1}), h3.Size(), h3.BlockSize())
}

func crcs() {
	data := []byte("hello, world")
	fmt.Println(crc32.ChecksumIEEE(data), crc32.ChecksumIEEE(nil))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.IEEETable))
	h := crc32.NewIEEE()
	h.Write([]byte("hello, "))
	h.Write([]byte("world"))
	fmt.Println(h.Sum32(), h.Size(), h.BlockSize())
	fmt.Printf("%x\n", h.Sum(nil))
	big := bytes.Repeat([]byte("0123456789"), 1000)
	fmt.Println(crc32.ChecksumIEEE(big), crc32.Checksum(big, crc32.MakeTable(crc32.Castagnoli)))
	c := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	c.Write(big[:5555])
	c.Write(big[5555:])
	fmt.Println(c.Sum32(), crc32.Update(0, crc32.IEEETable, big))
	fmt.Println(crc32.IEEE, crc32.Castagnoli, crc32.Koopman, crc32.Size)
}

func main() {
	sums()
	streaming()
	fnvs()
	crcs()
}

// Output:
// d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
// 730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525
// 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
// 9e107d9d372bb6826bd81d3542a419d6
// D41D8CD98F00B204E9800998ECF8427E
// e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// 32 28 64 20 64 16 64
// [32]uint8 32
// 32 64 1364a4fc7752e569c1b65fa44cd77e7c2aee592c0a58365e4eeebdc966933110
// 707265666978ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// 28 64 3483dc89e648741448dac62133b17fc19fd33e254db0e32442ee00d0
// 70726566697823097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7
// 20 64 7b8e0040bfb2bab82d16e72ad731927a1f5e7928
// 707265666978a9993e364706816aba3e25717850c26c9cd0d89d
// 16 64 fcec1b45e98a98305281ca561b5c757a
// 707265666978900150983cd24fb0d6963f7d28e17f72
// 1364a4fc7752e569c1b65fa44cd77e7c2aee592c0a58365e4eeebdc966933110
// b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
// 2166136261 2166136261 14695981039346656037 14695981039346656037
// 84696446 3826002220 12638153115695167422 12638187200555641996
// 1418570095 3582672807 9065573210506989167 8618312879776256743
// e3e1efd54283d94f7081314b599d31b3 16
// f14b58486483d94f708038798c29697f
// 01fd0c5087 4 1
// 4289425978 0
// 6999a41f
// 1e33c8fb
// ffab723a
// 4289425978 4 1
// ffab723a
// 3184429911 1077077399
// 1077077399 3184429911
// 3988292384 2197175160 3945912366 4
