// Package rand (math/rand/v2, Go 1.22) for gort: a Rand over any Source of uint64s, the PCG
// source (ChaCha8 is not provided), and the top-level functions. Written for gort after the package's
// documented algorithms, so seeded generators give Go's exact sequences: PCG is the 128-bit LCG
// with the DXSM output function; bounded integers use Lemire's multiply-and-reject; floats take
// the top 53 (24) bits. The top-level functions draw from math/rand's global source (seeded
// per run; `gort run --seed N` fixes it), as Go's draw from the runtime's generator.
package rand

import (
	"math"
	"math/bits"
	v1 "math/rand"
)

// A Source yields uniformly distributed uint64 values.
type Source interface {
	Uint64() uint64
}

// A Rand turns a Source's values into other distributions.
type Rand struct {
	src Source
}

// New returns a Rand drawing from src.
func New(src Source) *Rand { return &Rand{src: src} }

func (r *Rand) Uint64() uint64 { return r.src.Uint64() }
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }
func (r *Rand) Int64() int64   { return int64(r.src.Uint64() &^ (1 << 63)) }
func (r *Rand) Int32() int32   { return int32(r.src.Uint64() >> 33) }
func (r *Rand) Int() int       { return int(uint(r.src.Uint64()) << 1 >> 1) }
func (r *Rand) Uint() uint     { return uint(r.src.Uint64()) }

// below returns a value in [0, n), n > 0, without modulo bias: the high word of x*n, drawing
// again while the low word falls in the 2⁶⁴ mod n values that would favour small results.
func (r *Rand) below(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		reject := -n % n
		for lo < reject {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.below(uint64(n)))
}
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.below(n)
}
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.below(uint64(n)))
}
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.below(uint64(n)))
}
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.below(uint64(n)))
}
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.below(uint64(n)))
}

// Float64 is in [0, 1): one of the 2⁵³ evenly spaced values.
func (r *Rand) Float64() float64 { return float64(r.Uint64()<<11>>11) / (1 << 53) }

// Float32 is in [0, 1): one of the 2²⁴ evenly spaced values.
func (r *Rand) Float32() float32 { return float32(r.Uint32()<<8>>8) / (1 << 24) }

// Perm is a random permutation of 0..n-1.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle is Fisher–Yates from the last element down.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.below(uint64(i+1))))
	}
}

// NormFloat64 is normally distributed (mean 0, deviation 1); Box–Muller here, so its values
// are not Go's ziggurat sequence for a seeded source.
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Float64()
		if u == 0 {
			continue
		}
		return math.Sqrt(-2*math.Log(u)) * math.Cos(2*math.Pi*r.Float64())
	}
}

// ExpFloat64 is exponentially distributed with rate 1 (inverse transform, not Go's ziggurat).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Float64()
		if u != 0 {
			return -math.Log(u)
		}
	}
}

// A PCG is a 128-bit permuted congruential generator; the zero value is NewPCG(0, 0).
type PCG struct {
	hi, lo uint64
}

// NewPCG returns a PCG whose state is (seed1, seed2).
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{hi: seed1, lo: seed2} }

// Seed resets the state as NewPCG does.
func (p *PCG) Seed(seed1, seed2 uint64) { p.hi, p.lo = seed1, seed2 }

// Uint64 steps the 128-bit state (state·mul + inc) and mixes its high word with the
// "double xorshift multiply" output function.
func (p *PCG) Uint64() uint64 {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo := bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	var carry uint64
	lo, carry = bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, carry)
	p.hi, p.lo = hi, lo
	x := hi
	x ^= x >> 32
	x *= 0xda942042e4dd58b5
	x ^= x >> 48
	x *= lo | 1
	return x
}

// globalSource draws from math/rand's per-run global generator.
type globalSource struct{}

func (globalSource) Uint64() uint64 { return uint64(v1.Int63())>>31 ^ uint64(v1.Int63())<<32 }

var global = &Rand{src: globalSource{}}

func Int64() int64                       { return global.Int64() }
func Uint32() uint32                     { return global.Uint32() }
func Uint64() uint64                     { return global.Uint64() }
func Int32() int32                       { return global.Int32() }
func Int() int                           { return global.Int() }
func Uint() uint                         { return global.Uint() }
func Int64N(n int64) int64               { return global.Int64N(n) }
func Uint64N(n uint64) uint64            { return global.Uint64N(n) }
func Int32N(n int32) int32               { return global.Int32N(n) }
func Uint32N(n uint32) uint32            { return global.Uint32N(n) }
func IntN(n int) int                     { return global.IntN(n) }
func UintN(n uint) uint                  { return global.UintN(n) }
func Float64() float64                   { return global.Float64() }
func Float32() float32                   { return global.Float32() }
func Perm(n int) []int                   { return global.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
func NormFloat64() float64               { return global.NormFloat64() }
func ExpFloat64() float64                { return global.ExpFloat64() }

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N is a value in [0, n) of any integer type (a time.Duration, say).
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(global.below(uint64(n)))
}
