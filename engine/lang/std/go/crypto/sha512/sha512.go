// Package sha512: SHA-384, SHA-512, SHA-512/224 and SHA-512/256 (FIPS 180-4), written for gort
// in plain Go: one block function over the 80 round constants, four initial states, and the
// hash.Hash digest type shared by all four sizes.
package sha512

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

const (
	Size      = 64 // bytes in a SHA-512 checksum
	Size224   = 28 // bytes in a SHA-512/224 checksum
	Size256   = 32 // bytes in a SHA-512/256 checksum
	Size384   = 48 // bytes in a SHA-384 checksum
	BlockSize = 128
)

// round constants: the first 64 bits of the fractional parts of the cube roots of the first 80 primes
var k = [80]uint64{
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
}

// initial states (FIPS 180-4 §5.3.4–5.3.6)
var (
	iv512 = [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}
	iv384 = [8]uint64{0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
		0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4}
	iv224 = [8]uint64{0x8c3d37c819544da2, 0x73e1996689dcd4d6, 0x1dfab7ae32ff9c82, 0x679dd514582f9fcf,
		0x0f6d2b697bd44da8, 0x77e36f7304c48942, 0x3f9d85a86a1d36c8, 0x1112e6ad91d692a1}
	iv256 = [8]uint64{0x22312194fc2bf72c, 0x9f555fa3c84c64c2, 0x2393b86b6f53b151, 0x963877195940eabd,
		0x96283ee2a88effe3, 0xbe5e1e2553863992, 0x2b0199fc2c85b8aa, 0x0eb72ddc81c52ca2}
)

type digest struct {
	h    [8]uint64
	iv   *[8]uint64
	size int
	buf  [BlockSize]byte
	nbuf int
	len  uint64
}

func newDigest(iv *[8]uint64, size int) *digest {
	d := &digest{iv: iv, size: size}
	d.Reset()
	return d
}

// New returns a hash.Hash computing SHA-512.
func New() hash.Hash { return newDigest(&iv512, Size) }

// New384 returns a hash.Hash computing SHA-384.
func New384() hash.Hash { return newDigest(&iv384, Size384) }

// New512_224 returns a hash.Hash computing SHA-512/224.
func New512_224() hash.Hash { return newDigest(&iv224, Size224) }

// New512_256 returns a hash.Hash computing SHA-512/256.
func New512_256() hash.Hash { return newDigest(&iv256, Size256) }

func (d *digest) Reset() {
	d.h = *d.iv
	d.nbuf = 0
	d.len = 0
}

func (d *digest) Size() int      { return d.size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.len += uint64(n)
	if d.nbuf > 0 {
		c := copy(d.buf[d.nbuf:], p)
		d.nbuf += c
		p = p[c:]
		if d.nbuf == BlockSize {
			d.block(d.buf[:])
			d.nbuf = 0
		}
	}
	for len(p) >= BlockSize {
		d.block(p[:BlockSize])
		p = p[BlockSize:]
	}
	if len(p) > 0 {
		d.nbuf = copy(d.buf[:], p)
	}
	return n, nil
}

// Sum appends the checksum of the data written so far to b; d itself is unchanged.
func (d *digest) Sum(b []byte) []byte {
	c := *d
	sum := c.finish()
	return append(b, sum[:d.size]...)
}

func (d *digest) finish() [Size]byte {
	bitLen := d.len << 3
	var pad [BlockSize + 16]byte
	pad[0] = 0x80
	n := 112 - int(d.len%BlockSize)
	if n <= 0 {
		n += BlockSize
	}
	// the length is 128 bits; its high 64 bits are zero for any message gort can hold
	binary.BigEndian.PutUint64(pad[n+8:], bitLen)
	d.Write(pad[:n+16])
	var out [Size]byte
	for i, v := range d.h {
		binary.BigEndian.PutUint64(out[i*8:], v)
	}
	return out
}

func (d *digest) block(p []byte) {
	var w [80]uint64
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint64(p[i*8:])
	}
	for i := 16; i < 80; i++ {
		v1 := w[i-2]
		s1 := bits.RotateLeft64(v1, -19) ^ bits.RotateLeft64(v1, -61) ^ (v1 >> 6)
		v0 := w[i-15]
		s0 := bits.RotateLeft64(v0, -1) ^ bits.RotateLeft64(v0, -8) ^ (v0 >> 7)
		w[i] = s1 + w[i-7] + s0 + w[i-16]
	}
	a, b, c, dd, e, f, g, h := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7]
	for i := 0; i < 80; i++ {
		t1 := h + (bits.RotateLeft64(e, -14) ^ bits.RotateLeft64(e, -18) ^ bits.RotateLeft64(e, -41)) +
			((e & f) ^ (^e & g)) + k[i] + w[i]
		t2 := (bits.RotateLeft64(a, -28) ^ bits.RotateLeft64(a, -34) ^ bits.RotateLeft64(a, -39)) +
			((a & b) ^ (a & c) ^ (b & c))
		h, g, f, e, dd, c, b, a = g, f, e, dd+t1, c, b, a, t1+t2
	}
	d.h[0] += a
	d.h[1] += b
	d.h[2] += c
	d.h[3] += dd
	d.h[4] += e
	d.h[5] += f
	d.h[6] += g
	d.h[7] += h
}

func sum(iv *[8]uint64, size int, data []byte) [Size]byte {
	d := newDigest(iv, size)
	d.Write(data)
	return d.finish()
}

// Sum512 returns the SHA-512 checksum of data.
func Sum512(data []byte) [Size]byte { return sum(&iv512, Size, data) }

// Sum384 returns the SHA-384 checksum of data.
func Sum384(data []byte) (out [Size384]byte) {
	s := sum(&iv384, Size384, data)
	copy(out[:], s[:])
	return
}

// Sum512_224 returns the SHA-512/224 checksum of data.
func Sum512_224(data []byte) (out [Size224]byte) {
	s := sum(&iv224, Size224, data)
	copy(out[:], s[:])
	return
}

// Sum512_256 returns the SHA-512/256 checksum of data.
func Sum512_256(data []byte) (out [Size256]byte) {
	s := sum(&iv256, Size256, data)
	copy(out[:], s[:])
	return
}
