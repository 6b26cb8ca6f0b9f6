// Package big: gort's math/big, written for gort (not Go's source): Int and Rat over a
// magnitude type nat of 32-bit limbs, whose products and quotients fit the VM's uint64
// arithmetic. The algorithms are the textbook ones (schoolbook and Karatsuba multiplication,
// Knuth's division D, square-and-multiply, Euclid); the observable behaviour — results, String,
// Format with fmt's verbs and flags, SetString's syntax, the panic texts, JSON/text
// marshalling — is Go 1.19's.
package big

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

// ---------------------------------------------------------------------------------------------
// nat: an unsigned magnitude, little-endian 32-bit limbs, normalised (no leading zero limb).
// Results are always freshly allocated, so an operand may alias a result without harm.

type nat []uint32

var natOne = nat{1}

func (x nat) norm() nat {
	i := len(x)
	for i > 0 && x[i-1] == 0 {
		i--
	}
	return x[:i]
}

func natFromUint64(v uint64) nat {
	if v == 0 {
		return nil
	}
	if v>>32 == 0 {
		return nat{uint32(v)}
	}
	return nat{uint32(v), uint32(v >> 32)}
}

func (x nat) low64() uint64 {
	switch len(x) {
	case 0:
		return 0
	case 1:
		return uint64(x[0])
	}
	return uint64(x[0]) | uint64(x[1])<<32
}

func (x nat) clone() nat {
	if len(x) == 0 {
		return nil
	}
	z := make(nat, len(x))
	copy(z, x)
	return z
}

func natCmp(x, y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func natAdd(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(y) == 0 {
		return x.clone()
	}
	z := make(nat, len(x)+1)
	addVV(z, x, y)
	return z.norm()
}

// natSub returns x-y for x >= y.
func natSub(x, y nat) nat {
	z := make(nat, len(x))
	subVV(z, x, y)
	return z.norm()
}

// natMulW returns x*w + a.
func natMulW(x nat, w, a uint32) nat {
	z := make(nat, len(x)+1)
	mulAddVWW(z, x, w, a)
	return z.norm()
}

// addMulTo adds x*w into z[0:] (z long enough) — the inner loop of schoolbook multiplication.
func addMulTo(z, x nat, w uint32) { addMulVW(z, x, w) }

const karatsubaThreshold = 48

func natMul(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(y) == 0 {
		return nil
	}
	if len(y) == 1 {
		return natMulW(x, y[0], 0)
	}
	if len(y) >= karatsubaThreshold {
		return karatsuba(x, y)
	}
	z := make(nat, len(x)+len(y)+1)
	for i, yi := range y {
		if yi != 0 {
			addMulTo(z[i:], x, yi)
		}
	}
	return z.norm()
}

// karatsuba splits both operands at half of the shorter one: x = x1·B+x0, y = y1·B+y0,
// x·y = x1y1·B² + ((x0+x1)(y0+y1) - x1y1 - x0y0)·B + x0y0.
func karatsuba(x, y nat) nat {
	h := len(y) / 2
	x0, x1 := x[:h].norm(), x[h:]
	y0, y1 := y[:h].norm(), y[h:]
	p0 := natMul(x0, y0)
	p2 := natMul(x1, y1)
	p1 := natSub(natSub(natMul(natAdd(x0, x1), natAdd(y0, y1)), p0), p2)
	z := make(nat, len(x)+len(y)+1)
	copy(z, p0)
	addAt(z, p1, h)
	addAt(z, p2, 2*h)
	return z.norm()
}

func addAt(z, x nat, at int) {
	var c uint64
	i := 0
	for ; i < len(x); i++ {
		t := uint64(z[at+i]) + uint64(x[i]) + c
		z[at+i] = uint32(t)
		c = t >> 32
	}
	for ; c != 0; i++ {
		t := uint64(z[at+i]) + c
		z[at+i] = uint32(t)
		c = t >> 32
	}
}

// natDivW returns x/d and x%d for a one-limb divisor.
func natDivW(x nat, d uint32) (nat, uint32) {
	q := make(nat, len(x))
	r := divWVW(q, x, d)
	return q.norm(), r
}

func len32(x uint32) int {
	n := 0
	for x >= 1<<8 {
		x >>= 8
		n += 8
	}
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

func (x nat) bitLen() int {
	if len(x) == 0 {
		return 0
	}
	return (len(x)-1)*32 + len32(x[len(x)-1])
}

func natShl(x nat, s uint) nat {
	if len(x) == 0 {
		return nil
	}
	z := make(nat, len(x)+int(s/32)+1)
	shlVU(z, x, s)
	return z.norm()
}

func natShr(x nat, s uint) nat {
	w := int(s / 32)
	if w >= len(x) {
		return nil
	}
	z := make(nat, len(x)-w)
	shrVU(z, x, s)
	return z.norm()
}

// natDiv returns u/v and u%v (Knuth, TAOCP vol. 2, 4.3.1 algorithm D). v must not be zero.
func natDiv(u, v nat) (nat, nat) {
	if len(v) == 0 {
		panic("division by zero")
	}
	if natCmp(u, v) < 0 {
		return nil, u.clone()
	}
	if len(v) == 1 {
		q, r := natDivW(u, v[0])
		return q, natFromUint64(uint64(r))
	}
	n := len(v)
	m := len(u) - n
	s := uint(32 - len32(v[n-1]))
	vn := natShl(v, s)
	un := make(nat, len(u)+1)
	copy(un, natShl(u, s))
	q := make(nat, m+1)
	divKnuth(q, un, vn)
	return q.norm(), natShr(un[:n].norm(), s)
}

func (x nat) bit(i uint) uint {
	w := int(i / 32)
	if w >= len(x) {
		return 0
	}
	return uint(x[w]>>(i%32)) & 1
}

func natSetBit(x nat, i uint, b uint) nat {
	w := int(i / 32)
	m := uint32(1) << (i % 32)
	n := len(x)
	if w >= n {
		if b == 0 {
			return x.clone()
		}
		n = w + 1
	}
	z := make(nat, n)
	copy(z, x)
	if b == 0 {
		z[w] &^= m
	} else {
		z[w] |= m
	}
	return z.norm()
}

func natAnd(x, y nat) nat {
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	z := make(nat, n)
	for i := 0; i < n; i++ {
		z[i] = x[i] & y[i]
	}
	return z.norm()
}

func natAndNot(x, y nat) nat {
	z := make(nat, len(x))
	for i := range x {
		if i < len(y) {
			z[i] = x[i] &^ y[i]
		} else {
			z[i] = x[i]
		}
	}
	return z.norm()
}

func natOr(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(nat, len(x))
	copy(z, x)
	for i := range y {
		z[i] |= y[i]
	}
	return z.norm()
}

func natXor(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(nat, len(x))
	copy(z, x)
	for i := range y {
		z[i] ^= y[i]
	}
	return z.norm()
}

func (x nat) trailingZeroBits() uint {
	for i, w := range x {
		if w != 0 {
			n := uint(0)
			for w&1 == 0 {
				w >>= 1
				n++
			}
			return uint(i)*32 + n
		}
	}
	return 0
}

// natExp returns x**y mod m (m nil: no modulus).
func natExp(x, y, m nat) nat {
	if len(m) == 1 && m[0] == 1 {
		return nil
	}
	z := natOne
	if len(y) == 0 {
		return z
	}
	if len(x) == 0 {
		return nil
	}
	base := x
	if len(m) > 0 {
		_, base = natDiv(x, m)
	}
	for i := y.bitLen() - 1; i >= 0; i-- {
		z = natMul(z, z)
		if len(m) > 0 {
			_, z = natDiv(z, m)
		}
		if y.bit(uint(i)) == 1 {
			z = natMul(z, base)
			if len(m) > 0 {
				_, z = natDiv(z, m)
			}
		}
	}
	return z
}

func natSqrt(x nat) nat {
	if len(x) == 0 {
		return nil
	}
	if natCmp(x, natOne) == 0 {
		return natOne
	}
	// Newton's method from above: z starts >= sqrt(x) and decreases to floor(sqrt(x)).
	z := natShl(natOne, uint((x.bitLen()+1)/2))
	for {
		q, _ := natDiv(x, z)
		z1 := natShr(natAdd(z, q), 1)
		if natCmp(z1, z) >= 0 {
			return z
		}
		z = z1
	}
}

const digitChars = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

// utoa returns x's digits in base b (2..62).
func (x nat) utoa(base int) []byte {
	if len(x) == 0 {
		return []byte{'0'}
	}
	// The largest power of base that fits a limb, and how many digits it holds.
	bb := uint32(base)
	k := 1
	for uint64(bb)*uint64(base) <= 0xFFFFFFFF {
		bb *= uint32(base)
		k++
	}
	var chunks []uint32
	q := x
	for len(q) > 0 {
		var r uint32
		q, r = natDivW(q, bb)
		chunks = append(chunks, r)
	}
	buf := make([]byte, 0, len(chunks)*k)
	for i := len(chunks) - 1; i >= 0; i-- {
		c := chunks[i]
		var tmp [32]byte
		j := len(tmp)
		for n := 0; n < k; n++ {
			if i == len(chunks)-1 && c == 0 {
				break
			}
			j--
			tmp[j] = digitChars[c%uint32(base)]
			c /= uint32(base)
		}
		buf = append(buf, tmp[j:]...)
	}
	return buf
}

func digitVal(ch byte, base int) int {
	var d int
	switch {
	case '0' <= ch && ch <= '9':
		d = int(ch - '0')
	case 'a' <= ch && ch <= 'z':
		d = int(ch-'a') + 10
	case 'A' <= ch && ch <= 'Z':
		if base <= 36 {
			d = int(ch-'A') + 10
		} else {
			d = int(ch-'A') + 36
		}
	default:
		return 99
	}
	return d
}

// scanNat parses the digits of s in base (0: a prefix decides, and '_' may separate digits);
// ok is false unless all of s is consumed.
func scanNat(s string, base int) (nat, bool) {
	underscores := false
	if base == 0 {
		base = 10
		underscores = true
		if len(s) >= 2 && s[0] == '0' {
			switch s[1] {
			case 'x', 'X':
				base, s = 16, s[2:]
			case 'b', 'B':
				base, s = 2, s[2:]
			case 'o', 'O':
				base, s = 8, s[2:]
			default:
				base, s = 8, s[1:]
				if s == "" {
					return nil, false
				}
				// "0" followed by digits: the 0 itself counts as a digit for '_' placement.
				if s[0] == '_' {
					s = s[1:]
					if s == "" {
						return nil, false
					}
				}
			}
			if s != "" && s[0] == '_' && base != 8 {
				s = s[1:]
			}
		}
	}
	if s == "" {
		return nil, false
	}
	var z nat
	// Accumulate digits in one limb, then fold it in with one multiply-add.
	var acc uint32
	var mul uint32 = 1
	prevUnderscore := false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch == '_' {
			if !underscores || prevUnderscore || i == 0 || i == len(s)-1 {
				return nil, false
			}
			prevUnderscore = true
			continue
		}
		prevUnderscore = false
		d := digitVal(ch, base)
		if d >= base {
			return nil, false
		}
		if uint64(mul)*uint64(base) > 0xFFFFFFFF {
			z = natMulW(z, mul, acc)
			acc, mul = 0, 1
		}
		acc = acc*uint32(base) + uint32(d)
		mul *= uint32(base)
	}
	return natMulW(z, mul, acc), true
}

// The word-vector loops are natives (engine/stdlib/big_natives.cpp); the Go side allocates.
func addMulVW(z, x nat, w uint32)
func mulAddVWW(z, x nat, w, a uint32)
func addVV(z, x, y nat)
func subVV(z, x, y nat)
func divWVW(q, x nat, d uint32) uint32
func divKnuth(q, un, vn nat)
func shlVU(z, x nat, s uint)
func shrVU(z, x nat, s uint)

// ---------------------------------------------------------------------------------------------
// Int

// An Int represents a signed multi-precision integer. The zero value for an Int represents
// the value 0.
type Int struct {
	neg bool
	abs nat
}

var intOne = &Int{false, natOne}

// NewInt allocates and returns a new Int set to x.
func NewInt(x int64) *Int { return new(Int).SetInt64(x) }

func (z *Int) set(neg bool, abs nat) *Int {
	z.abs = abs
	z.neg = neg && len(abs) > 0
	return z
}

// SetInt64 sets z to x and returns z.
func (z *Int) SetInt64(x int64) *Int {
	neg := x < 0
	if neg {
		x = -x
	}
	return z.set(neg, natFromUint64(uint64(x)))
}

// SetUint64 sets z to x and returns z.
func (z *Int) SetUint64(x uint64) *Int { return z.set(false, natFromUint64(x)) }

// Set sets z to x and returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.set(x.neg, x.abs.clone())
	}
	return z
}

// Bits/SetBits use a Word of 32 bits here.
type Word uint

// Bits returns the little-endian limbs of x's absolute value.
func (x *Int) Bits() []Word {
	w := make([]Word, len(x.abs))
	for i, v := range x.abs {
		w[i] = Word(v)
	}
	return w
}

// Abs sets z to |x| (the absolute value of x) and returns z.
func (z *Int) Abs(x *Int) *Int { return z.set(false, x.abs.clone()) }

// Neg sets z to -x and returns z.
func (z *Int) Neg(x *Int) *Int { return z.set(!x.neg, x.abs.clone()) }

// Sign returns -1, 0 or +1 for x < 0, x == 0, x > 0.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// Cmp compares x and y and returns -1, 0 or +1.
func (x *Int) Cmp(y *Int) int {
	switch {
	case x == y:
		return 0
	case x.neg == y.neg:
		r := natCmp(x.abs, y.abs)
		if x.neg {
			r = -r
		}
		return r
	case x.neg:
		return -1
	}
	return 1
}

// CmpAbs compares the absolute values of x and y.
func (x *Int) CmpAbs(y *Int) int { return natCmp(x.abs, y.abs) }

// Add sets z to the sum x+y and returns z.
func (z *Int) Add(x, y *Int) *Int {
	if x.neg == y.neg {
		return z.set(x.neg, natAdd(x.abs, y.abs))
	}
	if natCmp(x.abs, y.abs) >= 0 {
		return z.set(x.neg, natSub(x.abs, y.abs))
	}
	return z.set(!x.neg, natSub(y.abs, x.abs))
}

// Sub sets z to the difference x-y and returns z.
func (z *Int) Sub(x, y *Int) *Int {
	if x.neg != y.neg {
		return z.set(x.neg, natAdd(x.abs, y.abs))
	}
	if natCmp(x.abs, y.abs) >= 0 {
		return z.set(x.neg, natSub(x.abs, y.abs))
	}
	return z.set(!x.neg, natSub(y.abs, x.abs))
}

// Mul sets z to the product x*y and returns z.
func (z *Int) Mul(x, y *Int) *Int {
	if x == y {
		return z.set(false, natMul(x.abs, x.abs))
	}
	return z.set(x.neg != y.neg, natMul(x.abs, y.abs))
}

// MulRange sets z to the product of all integers in the range [a, b] inclusively.
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	p := natOne
	for i := a; i <= b; i++ {
		p = natMul(p, natFromUint64(uint64(i)))
	}
	return z.set(neg, p)
}

// Binomial sets z to the binomial coefficient C(n, k) and returns z.
func (z *Int) Binomial(n, k int64) *Int {
	if k > n {
		return z.SetInt64(0)
	}
	if k > n-k {
		k = n - k
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// Quo sets z to the quotient x/y for y != 0 (truncated division, like Go's /).
func (z *Int) Quo(x, y *Int) *Int {
	q, _ := natDiv(x.abs, y.abs)
	return z.set(x.neg != y.neg, q)
}

// Rem sets z to the remainder x%y for y != 0 (sign of x, like Go's %).
func (z *Int) Rem(x, y *Int) *Int {
	_, r := natDiv(x.abs, y.abs)
	return z.set(x.neg, r)
}

// QuoRem sets z to the quotient x/y and r to the remainder x%y and returns the pair (z, r).
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	q, rr := natDiv(x.abs, y.abs)
	qneg, rneg := x.neg != y.neg, x.neg
	z.set(qneg, q)
	r.set(rneg, rr)
	return z, r
}

// Div sets z to the quotient x/y for y != 0 (Euclidean division).
func (z *Int) Div(x, y *Int) *Int {
	yneg := y.neg
	var r Int
	z.QuoRem(x, y, &r)
	if r.neg {
		if yneg {
			z.Add(z, intOne)
		} else {
			z.Sub(z, intOne)
		}
	}
	return z
}

// Mod sets z to the modulus x%y for y != 0 (Euclidean modulus: 0 <= z < |y|).
func (z *Int) Mod(x, y *Int) *Int {
	yabs := y.abs
	_, r := natDiv(x.abs, yabs)
	z.set(x.neg, r)
	if z.neg {
		z.set(false, natSub(yabs, z.abs))
	}
	return z
}

// DivMod sets z to the quotient x div y and m to the modulus x mod y (Euclidean).
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	y0 := new(Int).Set(y)
	z.QuoRem(x, y, m)
	if m.neg {
		if y0.neg {
			z.Add(z, intOne)
			m.Sub(m, y0)
		} else {
			z.Sub(z, intOne)
			m.Add(m, y0)
		}
	}
	return z, m
}

// Exp sets z = x**y mod |m| (i.e. the sign of m is ignored), and returns z. If m == nil or
// m == 0, z = x**y unless y <= 0 then z = 1. If m != 0, y < 0, and x and m are not relatively
// prime, z is unchanged and nil is returned.
func (z *Int) Exp(x, y, m *Int) *Int {
	xv := x
	var mabs nat
	if m != nil {
		mabs = m.abs
	}
	if y.neg {
		if len(mabs) == 0 {
			return z.SetInt64(1)
		}
		inv := new(Int).ModInverse(x, m)
		if inv == nil {
			return nil
		}
		xv = inv
	}
	yabs := y.abs
	r := natExp(xv.abs, yabs, mabs)
	neg := len(r) > 0 && xv.neg && len(yabs) > 0 && yabs[0]&1 == 1
	if neg && len(mabs) > 0 {
		return z.set(false, natSub(mabs, r))
	}
	return z.set(neg, r)
}

// GCD sets z to the greatest common divisor of a and b and returns z. If x or y are not nil,
// GCD sets their value such that z = a*x + b*y.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		la, lb, negA, negB := len(a.abs), len(b.abs), a.neg, b.neg
		if la == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if la == 0 {
				x.SetUint64(0)
			} else {
				x.SetUint64(1)
				x.neg = negA
			}
		}
		if y != nil {
			if lb == 0 {
				y.SetUint64(0)
			} else {
				y.SetUint64(1)
				y.neg = negB
			}
		}
		return z
	}
	// Extended Euclid on |a|, |b|, tracking a's cofactor (Ua·|a| ≡ r mod |b|).
	A := new(Int).Abs(a)
	B := new(Int).Abs(b)
	ua := new(Int).SetInt64(1)
	ub := new(Int)
	aIsA := true
	if A.Cmp(B) < 0 {
		A, B = B, A
		ua, ub = ub, ua
		aIsA = false
	}
	_ = aIsA
	q, r := new(Int), new(Int)
	for len(B.abs) > 0 {
		q.QuoRem(A, B, r)
		A, B = B, new(Int).Set(r)
		t := new(Int).Sub(ua, new(Int).Mul(q, ub))
		ua, ub = ub, t
	}
	negA := a.neg
	if y != nil {
		// y = (z - a*x) / b
		if x == nil {
			x = new(Int)
		}
		x.Set(ua)
		if negA {
			x.neg = !x.neg && len(x.abs) > 0
		}
		t := new(Int).Mul(a, x)
		t.Sub(A, t)
		y.Quo(t, b)
	} else if x != nil {
		x.Set(ua)
		if negA {
			x.neg = !x.neg && len(x.abs) > 0
		}
	}
	return z.Set(A)
}

// ModInverse sets z to the multiplicative inverse of g in the ring ℤ/nℤ and returns z. If g
// and n are not relatively prime, g has no multiplicative inverse in the ring ℤ/nℤ. In this
// case, z is unchanged and the return value is nil. If n == 0, a division-by-zero run-time
// panic occurs.
func (z *Int) ModInverse(g, n *Int) *Int {
	nn := new(Int).Abs(n)
	gg := g
	if g.neg {
		gg = new(Int).Mod(g, nn)
	}
	var d, x Int
	d.GCD(&x, nil, gg, nn)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	if x.neg {
		z.Add(&x, nn)
	} else {
		z.Set(&x)
	}
	return z
}

// ModSqrt is not provided.

// Sqrt sets z to ⌊√x⌋, the largest integer such that z² ≤ x, and returns z. It panics if x is
// negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	return z.set(false, natSqrt(x.abs))
}

// Lsh sets z = x << n and returns z.
func (z *Int) Lsh(x *Int, n uint) *Int { return z.set(x.neg, natShl(x.abs, n)) }

// Rsh sets z = x >> n and returns z (rounding toward negative infinity, as Go's >>).
func (z *Int) Rsh(x *Int, n uint) *Int {
	if x.neg {
		t := natShr(natSub(x.abs, natOne), n)
		return z.set(true, natAdd(t, natOne))
	}
	return z.set(false, natShr(x.abs, n))
}

// Bit returns the value of the i'th bit of x (two's complement for negative x).
func (x *Int) Bit(i int) uint {
	if i == 0 {
		if len(x.abs) > 0 {
			return uint(x.abs[0] & 1)
		}
		return 0
	}
	if i < 0 {
		panic("negative bit index")
	}
	if x.neg {
		return natSub(x.abs, natOne).bit(uint(i)) ^ 1
	}
	return x.abs.bit(uint(i))
}

// SetBit sets z to x, with x's i'th bit set to b (0 or 1).
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic("set bit is not 0 or 1")
	}
	if x.neg {
		t := natSetBit(natSub(x.abs, natOne), uint(i), b^1)
		return z.set(true, natAdd(t, natOne))
	}
	return z.set(false, natSetBit(x.abs, uint(i), b))
}

// BitLen returns the length of the absolute value of x in bits.
func (x *Int) BitLen() int { return x.abs.bitLen() }

// TrailingZeroBits returns the number of consecutive least significant zero bits of |x|.
func (x *Int) TrailingZeroBits() uint { return x.abs.trailingZeroBits() }

// And sets z = x & y and returns z.
func (z *Int) And(x, y *Int) *Int {
	if x.neg == y.neg {
		if x.neg {
			return z.set(true, natAdd(natOr(natSub(x.abs, natOne), natSub(y.abs, natOne)), natOne))
		}
		return z.set(false, natAnd(x.abs, y.abs))
	}
	if x.neg {
		x, y = y, x
	}
	return z.set(false, natAndNot(x.abs, natSub(y.abs, natOne)))
}

// AndNot sets z = x &^ y and returns z.
func (z *Int) AndNot(x, y *Int) *Int {
	if x.neg == y.neg {
		if x.neg {
			return z.set(false, natAndNot(natSub(y.abs, natOne), natSub(x.abs, natOne)))
		}
		return z.set(false, natAndNot(x.abs, y.abs))
	}
	if x.neg {
		return z.set(true, natAdd(natOr(natSub(x.abs, natOne), y.abs), natOne))
	}
	return z.set(false, natAnd(x.abs, natSub(y.abs, natOne)))
}

// Or sets z = x | y and returns z.
func (z *Int) Or(x, y *Int) *Int {
	if x.neg == y.neg {
		if x.neg {
			return z.set(true, natAdd(natAnd(natSub(x.abs, natOne), natSub(y.abs, natOne)), natOne))
		}
		return z.set(false, natOr(x.abs, y.abs))
	}
	if x.neg {
		x, y = y, x
	}
	return z.set(true, natAdd(natAndNot(natSub(y.abs, natOne), x.abs), natOne))
}

// Xor sets z = x ^ y and returns z.
func (z *Int) Xor(x, y *Int) *Int {
	if x.neg == y.neg {
		if x.neg {
			return z.set(false, natXor(natSub(x.abs, natOne), natSub(y.abs, natOne)))
		}
		return z.set(false, natXor(x.abs, y.abs))
	}
	if x.neg {
		x, y = y, x
	}
	return z.set(true, natAdd(natXor(x.abs, natSub(y.abs, natOne)), natOne))
}

// Not sets z = ^x and returns z.
func (z *Int) Not(x *Int) *Int {
	if x.neg {
		return z.set(false, natSub(x.abs, natOne))
	}
	return z.set(true, natAdd(x.abs, natOne))
}

// Int64 returns the int64 representation of x (the low 64 bits, two's complement).
func (x *Int) Int64() int64 {
	v := int64(x.abs.low64())
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the uint64 representation of x (the low 64 bits of |x|).
func (x *Int) Uint64() uint64 { return x.abs.low64() }

// IsInt64 reports whether x can be represented as an int64.
func (x *Int) IsInt64() bool {
	if len(x.abs) <= 2 {
		w := int64(x.abs.low64())
		return w >= 0 || x.neg && w == -w
	}
	return false
}

// IsUint64 reports whether x can be represented as a uint64.
func (x *Int) IsUint64() bool { return !x.neg && len(x.abs) <= 2 }

// Float64 returns the float64 value nearest x, and an indication of any rounding that occurred.
func (x *Int) Float64() (float64, Accuracy) {
	n := x.abs.bitLen()
	if n <= 53 {
		f := float64(x.abs.low64())
		if x.neg {
			f = -f
		}
		return f, Exact
	}
	f, exact := ratToFloat64(x.abs, natOne)
	if x.neg {
		f = -f
	}
	acc := Exact
	if !exact {
		acc = Below
		if r, _ := new(Int).SetString(fmt.Sprintf("%.0f", f), 10); r != nil && r.Cmp(x) > 0 {
			acc = Above
		}
	}
	return f, acc
}

// Accuracy describes the rounding error produced by the most recent operation.
type Accuracy int8

const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (a Accuracy) String() string {
	switch a {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return fmt.Sprintf("Accuracy(%d)", int(a))
}

// ProbablyPrime reports whether x is probably prime, applying the Miller-Rabin test with n
// pseudorandomly chosen bases as well as a set of fixed bases (exact below 3.3·10²⁴).
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	if len(x.abs) <= 2 && x.abs.low64() < 64 {
		return (uint64(1)<<x.abs.low64())&0x28208a20a08a28ac != 0
	}
	small := []uint32{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61}
	for _, p := range small {
		if _, r := natDivW(x.abs, p); r == 0 {
			return false
		}
	}
	bases := []uint32{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41}
	for _, b := range bases {
		if !millerRabin(x.abs, natFromUint64(uint64(b))) {
			return false
		}
	}
	if x.abs.bitLen() > 81 {
		rng := rand.New(rand.NewSource(int64(x.abs[0])))
		xm3 := natSub(x.abs, nat{3})
		for i := 0; i < n+8; i++ {
			b := make(nat, len(x.abs))
			for j := range b {
				b[j] = uint32(rng.Int63())
			}
			_, b = natDiv(b.norm(), xm3)
			if !millerRabin(x.abs, natAdd(b, nat{2})) {
				return false
			}
		}
	}
	return true
}

func millerRabin(n, a nat) bool {
	nm1 := natSub(n, natOne)
	k := nm1.trailingZeroBits()
	q := natShr(nm1, k)
	y := natExp(a, q, n)
	if natCmp(y, natOne) == 0 || natCmp(y, nm1) == 0 {
		return true
	}
	for j := uint(1); j < k; j++ {
		_, y = natDiv(natMul(y, y), n)
		if natCmp(y, nm1) == 0 {
			return true
		}
		if natCmp(y, natOne) == 0 {
			return false
		}
	}
	return false
}

// String returns the decimal representation of x as generated by x.Text(10).
func (x *Int) String() string { return x.Text(10) }

// Text returns the string representation of x in the given base (2..62); "<nil>" for nil.
func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	return string(x.Append(nil, base))
}

// Append appends the string representation of x, as generated by x.Text(base), to buf.
func (x *Int) Append(buf []byte, base int) []byte {
	if x == nil {
		return append(buf, "<nil>"...)
	}
	if base < 2 || base > 62 {
		panic("invalid base")
	}
	if x.neg {
		buf = append(buf, '-')
	}
	return append(buf, x.abs.utoa(base)...)
}

// SetString sets z to the value of s, interpreted in the given base, and returns z and a
// boolean indicating success (base 0: a 0b/0o/0x/0 prefix selects it and '_' may separate
// digits).
func (z *Int) SetString(s string, base int) (*Int, bool) {
	if base != 0 && (base < 2 || base > 62) {
		return nil, false
	}
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	abs, ok := scanNat(s, base)
	if !ok {
		return nil, false
	}
	return z.set(neg, abs), true
}

// SetBytes interprets buf as the bytes of a big-endian unsigned integer, sets z to that value,
// and returns z.
func (z *Int) SetBytes(buf []byte) *Int {
	a := make(nat, (len(buf)+3)/4)
	for i := 0; i < len(buf); i++ {
		b := buf[len(buf)-1-i]
		a[i/4] |= uint32(b) << (8 * uint(i%4))
	}
	return z.set(false, a.norm())
}

// Bytes returns the absolute value of x as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	n := (x.abs.bitLen() + 7) / 8
	buf := make([]byte, n)
	for i := 0; i < n; i++ {
		buf[n-1-i] = byte(x.abs[i/4] >> (8 * uint(i%4)))
	}
	return buf
}

// FillBytes sets buf to the absolute value of x, storing it as a zero-extended big-endian byte
// slice, and returns buf. It panics if the value does not fit.
func (x *Int) FillBytes(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	b := x.Bytes()
	if len(b) > len(buf) {
		panic("math/big: buffer too small to fit value")
	}
	copy(buf[len(buf)-len(b):], b)
	return buf
}

// Format implements fmt.Formatter: %b %o %O %d %x %X %s %v, with the '+', ' ', '#', '0' and
// '-' flags, width and precision (minimum digits).
func (x *Int) Format(s fmt.State, ch rune) {
	base := 0
	switch ch {
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 's', 'v':
		base = 10
	case 'x', 'X':
		base = 16
	default:
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	sign := ""
	switch {
	case x.neg:
		sign = "-"
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	prefix := ""
	if s.Flag('#') {
		switch ch {
		case 'b':
			prefix = "0b"
		case 'o':
			prefix = "0"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if ch == 'O' {
		prefix = "0o"
	}
	digits := x.abs.utoa(base)
	if ch == 'X' {
		for i, d := range digits {
			if 'a' <= d && d <= 'z' {
				digits[i] = 'A' + (d - 'a')
			}
		}
	}
	left, zeros, right := 0, 0, 0
	prec, precSet := s.Precision()
	if precSet {
		if len(digits) < prec {
			zeros = prec - len(digits)
		} else if len(digits) == 1 && digits[0] == '0' && prec == 0 {
			return
		}
	}
	length := len(sign) + len(prefix) + zeros + len(digits)
	if width, ok := s.Width(); ok && length < width {
		d := width - length
		switch {
		case s.Flag('-'):
			right = d
		case s.Flag('0') && !precSet:
			zeros = d
		default:
			left = d
		}
	}
	out := strings.Repeat(" ", left) + sign + prefix + strings.Repeat("0", zeros) + string(digits) + strings.Repeat(" ", right)
	s.Write([]byte(out))
}

// MarshalText implements encoding.TextMarshaler.
func (x *Int) MarshalText() ([]byte, error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return x.Append(nil, 10), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (z *Int) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text), 0); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Int", text)
	}
	return nil
}

// MarshalJSON implements json.Marshaler.
func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return x.Append(nil, 10), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (z *Int) UnmarshalJSON(text []byte) error {
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}

// Jacobi returns the Jacobi symbol (x/y), either +1, -1, or 0. The y argument must be an odd
// integer.
func Jacobi(x, y *Int) int {
	if len(y.abs) == 0 || y.abs[0]&1 == 0 {
		panic(fmt.Sprintf("big: invalid 2nd argument to Int.Jacobi: need odd integer but got %s", y.String()))
	}
	var a, b, c Int
	a.Set(x)
	b.Set(y)
	j := 1
	if b.neg {
		if a.neg {
			j = -1
		}
		b.neg = false
	}
	for {
		if b.Cmp(intOne) == 0 {
			return j
		}
		if len(a.abs) == 0 {
			return 0
		}
		a.Mod(&a, &b)
		if len(a.abs) == 0 {
			return 0
		}
		s := a.abs.trailingZeroBits()
		if s&1 != 0 {
			bmod8 := b.abs[0] & 7
			if bmod8 == 3 || bmod8 == 5 {
				j = -j
			}
		}
		c.Rsh(&a, s)
		if b.abs[0]&3 == 3 && c.abs[0]&3 == 3 {
			j = -j
		}
		a.Set(&b)
		b.Set(&c)
	}
}

// ratToFloat64 returns the float64 nearest a/b (both non-zero magnitudes, b != 0), rounding
// half to even, and whether it is exact.
func ratToFloat64(a, b nat) (float64, bool) {
	alen, blen := a.bitLen(), b.bitLen()
	if alen == 0 {
		return 0, true
	}
	// Scale so the quotient has 54 or 55 bits: q = a·2^shift / b.
	shift := 54 - (alen - blen)
	var num, den nat
	if shift >= 0 {
		num, den = natShl(a, uint(shift)), b
	} else {
		num, den = a, natShl(b, uint(-shift))
	}
	q, r := natDiv(num, den)
	if q.bitLen() < 55 {
		shift++
		num = natShl(num, 1)
		q, r = natDiv(num, den)
	}
	// q has 55 bits; exponent of the result: 2^(55-1-shift).
	exp := 55 - 1 - shift
	exact := len(r) == 0
	mantBits := 53
	if exp < -1022 {
		mantBits = 53 - (-1022 - exp)
		if mantBits < 0 {
			mantBits = 0
		}
	}
	drop := uint(55 - mantBits)
	m := natShr(q, drop)
	half := q.bit(drop - 1)
	sticky := len(r) != 0 || len(natAnd(q, natSub(natShl(natOne, drop-1), natOne))) != 0
	if drop-1 == 0 {
		sticky = len(r) != 0
	}
	if half == 1 || sticky {
		exact = false
	}
	if half == 1 && (sticky || m.bit(0) == 1) {
		m = natAdd(m, natOne)
	}
	f := ldexp(float64(m.low64()), exp-mantBits+1)
	return f, exact
}

// ldexp returns f·2^e by exact doublings/halvings (f·2^e is representable by construction).
func ldexp(f float64, e int) float64 {
	for ; e > 0; e-- {
		f *= 2
		if math.IsInf(f, 0) {
			return f
		}
	}
	for ; e < 0; e++ {
		f *= 0.5
	}
	return f
}

// ---------------------------------------------------------------------------------------------
// Rat: a quotient a/b of arbitrary precision, kept normalised (b > 0, gcd(a, b) = 1). The zero
// value is 0; a zero denominator in the struct stands for 1.

// A Rat represents a quotient a/b of arbitrary precision.
type Rat struct {
	a, b Int
}

// NewRat creates a new Rat with numerator a and denominator b.
func NewRat(a, b int64) *Rat { return new(Rat).SetFrac64(a, b) }

func (z *Rat) norm() *Rat {
	if len(z.b.abs) == 0 {
		z.b.set(false, natOne)
	}
	if len(z.a.abs) == 0 {
		z.a.neg = false
		z.b.set(false, natOne)
		return z
	}
	if z.b.neg {
		z.b.neg = false
		z.a.neg = !z.a.neg
	}
	g := gcdNat(z.a.abs, z.b.abs)
	if natCmp(g, natOne) != 0 {
		q, _ := natDiv(z.a.abs, g)
		z.a.abs = q
		q, _ = natDiv(z.b.abs, g)
		z.b.abs = q
	}
	return z
}

func gcdNat(a, b nat) nat {
	for len(b) > 0 {
		_, r := natDiv(a, b)
		a, b = b, r
	}
	return a
}

// SetFrac sets z to a/b and returns z. If b == 0, SetFrac panics.
func (z *Rat) SetFrac(a, b *Int) *Rat {
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	an, bn := a.neg, b.neg
	aa, ba := a.abs.clone(), b.abs.clone()
	z.a.set(an != bn, aa)
	z.b.set(false, ba)
	return z.norm()
}

// SetFrac64 sets z to a/b and returns z. If b == 0, SetFrac64 panics.
func (z *Rat) SetFrac64(a, b int64) *Rat {
	if b == 0 {
		panic("division by zero")
	}
	return z.SetFrac(NewInt(a), NewInt(b))
}

// SetInt sets z to x (by making a copy of x) and returns z.
func (z *Rat) SetInt(x *Int) *Rat {
	z.a.Set(x)
	z.b.SetInt64(1)
	return z
}

// SetInt64 sets z to x and returns z.
func (z *Rat) SetInt64(x int64) *Rat {
	z.a.SetInt64(x)
	z.b.SetInt64(1)
	return z
}

// SetUint64 sets z to x and returns z.
func (z *Rat) SetUint64(x uint64) *Rat {
	z.a.SetUint64(x)
	z.b.SetInt64(1)
	return z
}

// Set sets z to x (by making a copy of x) and returns z.
func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.Set(&x.a)
		z.b.Set(&x.b)
	}
	return z.norm()
}

// SetFloat64 sets z to exactly f and returns z. If f is not finite, SetFloat returns nil.
func (z *Rat) SetFloat64(f float64) *Rat {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	bits := math.Float64bits(f)
	mant := bits & (1<<52 - 1)
	exp := int((bits >> 52) & 0x7FF)
	if exp == 0 {
		exp = -1074
	} else {
		mant |= 1 << 52
		exp -= 1075
	}
	z.a.SetUint64(mant)
	z.a.neg = f < 0 && mant != 0
	z.b.SetInt64(1)
	if exp > 0 {
		z.a.Lsh(&z.a, uint(exp))
	} else {
		z.b.Lsh(&z.b, uint(-exp))
	}
	return z.norm()
}

// Float64 returns the nearest float64 value for x and a bool indicating whether f represents
// x exactly.
func (x *Rat) Float64() (float64, bool) {
	b := x.b.abs
	if len(b) == 0 {
		b = natOne
	}
	f, exact := ratToFloat64(x.a.abs, b)
	if x.a.neg {
		f = -f
	}
	return f, exact
}

// Abs sets z to |x| (the absolute value of x) and returns z.
func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = len(z.a.abs) > 0 && !z.a.neg
	return z
}

// Inv sets z to 1/x and returns z. If x == 0, Inv panics.
func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.a.abs) == 0 {
		panic("division by zero")
	}
	z.Set(x)
	z.a.abs, z.b.abs = z.b.abs, z.a.abs
	return z.norm()
}

// Sign returns -1, 0 or +1 for x < 0, x == 0, x > 0.
func (x *Rat) Sign() int { return x.a.Sign() }

// IsInt reports whether the denominator of x is 1.
func (x *Rat) IsInt() bool { return len(x.b.abs) == 0 || natCmp(x.b.abs, natOne) == 0 }

// Num returns the numerator of x; it may be <= 0.
func (x *Rat) Num() *Int { return &x.a }

// Denom returns the denominator of x; it is always > 0.
func (x *Rat) Denom() *Int {
	if len(x.b.abs) == 0 {
		return new(Int).SetInt64(1)
	}
	return &x.b
}

func (x *Rat) den() nat {
	if len(x.b.abs) == 0 {
		return natOne
	}
	return x.b.abs
}

// Cmp compares x and y and returns -1, 0 or +1.
func (x *Rat) Cmp(y *Rat) int {
	var l, r Int
	l.Mul(&x.a, &Int{abs: y.den()})
	r.Mul(&y.a, &Int{abs: x.den()})
	return l.Cmp(&r)
}

// Add sets z to the sum x+y and returns z.
func (z *Rat) Add(x, y *Rat) *Rat { return z.addSub(x, y, false) }

// Sub sets z to the difference x-y and returns z.
func (z *Rat) Sub(x, y *Rat) *Rat { return z.addSub(x, y, true) }

// addSub sets z to x+y, or x-y when sub, over the common denominator and normalises it.
func (z *Rat) addSub(x, y *Rat, sub bool) *Rat {
	var a1, a2, b Int
	a1.Mul(&x.a, &Int{abs: y.den()})
	a2.Mul(&y.a, &Int{abs: x.den()})
	b.Mul(&Int{abs: x.den()}, &Int{abs: y.den()})
	if sub {
		z.a.Sub(&a1, &a2)
	} else {
		z.a.Add(&a1, &a2)
	}
	z.b.Set(&b)
	return z.norm()
}

// Mul sets z to the product x*y and returns z.
func (z *Rat) Mul(x, y *Rat) *Rat {
	var a, b Int
	a.Mul(&x.a, &y.a)
	b.Mul(&Int{abs: x.den()}, &Int{abs: y.den()})
	z.a.Set(&a)
	z.b.Set(&b)
	return z.norm()
}

// Quo sets z to the quotient x/y and returns z. If y == 0, Quo panics.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.a.abs) == 0 {
		panic("division by zero")
	}
	var a, b Int
	a.Mul(&x.a, &Int{abs: y.den()})
	b.Mul(&Int{abs: x.den()}, &y.a)
	z.a.Set(&a)
	z.b.Set(&b)
	return z.norm()
}

// String returns a string representation of x in the form "a/b" (even if b == 1).
func (x *Rat) String() string {
	return x.a.String() + "/" + (&Int{abs: x.den()}).String()
}

// RatString returns a string representation of x in the form "a/b" if b != 1, and in the form
// "a" if b == 1.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// FloatString returns a string representation of x in decimal form with prec digits of
// precision after the radix point. The last digit is rounded to nearest, with halves rounded
// away from zero.
func (x *Rat) FloatString(prec int) string {
	var buf []byte
	if x.IsInt() {
		buf = x.a.Append(buf, 10)
		if prec > 0 {
			buf = append(buf, '.')
			for i := prec; i > 0; i-- {
				buf = append(buf, '0')
			}
		}
		return string(buf)
	}
	q, r := natDiv(x.a.abs, x.b.abs)
	p := natOne
	if prec > 0 {
		p = natExp(nat{10}, natFromUint64(uint64(prec)), nil)
	}
	r = natMul(r, p)
	r, r2 := natDiv(r, x.b.abs)
	r2 = natAdd(r2, r2)
	if natCmp(x.b.abs, r2) <= 0 {
		r = natAdd(r, natOne)
		if natCmp(r, p) >= 0 {
			q = natAdd(q, natOne)
			r = natSub(r, p)
		}
	}
	if x.a.neg {
		buf = append(buf, '-')
	}
	buf = append(buf, q.utoa(10)...)
	if prec > 0 {
		buf = append(buf, '.')
		rs := r.utoa(10)
		for i := prec - len(rs); i > 0; i-- {
			buf = append(buf, '0')
		}
		buf = append(buf, rs...)
	}
	return string(buf)
}

// SetString sets z to the value of s and returns z and a boolean indicating success. s can be
// given as a (possibly signed) fraction "a/b", or as a floating-point number optionally
// followed by an exponent.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if len(s) == 0 {
		return nil, false
	}
	if sep := strings.Index(s, "/"); sep >= 0 {
		var a Int
		if _, ok := a.SetString(s[:sep], 0); !ok {
			return nil, false
		}
		den := s[sep+1:]
		if den == "" || den[0] == '+' || den[0] == '-' {
			return nil, false
		}
		b, ok := scanNat(den, 0)
		if !ok || len(b) == 0 {
			return nil, false
		}
		z.a.Set(&a)
		z.b.set(false, b)
		return z.norm(), true
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' && strings.IndexByte("xXbBoO", s[1]) >= 0 {
		// A prefixed integer (0x10, 0b11, 0o17); prefixed fractions and 'p' exponents are not
		// supported.
		a, ok := scanNat(s, 0)
		if !ok {
			return nil, false
		}
		z.a.set(neg, a)
		z.b.set(false, natOne)
		return z, true
	}
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i+1:]
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	if intPart == "" && frac == "" {
		return nil, false
	}
	digits := intPart + frac
	if strings.Contains(mant, "_") {
		// '_' may only separate digits (base 0 syntax).
		for i := 0; i < len(mant); i++ {
			if mant[i] == '_' && (i == 0 || i == len(mant)-1 || mant[i-1] < '0' || mant[i-1] > '9' || mant[i+1] < '0' || mant[i+1] > '9') {
				return nil, false
			}
		}
		digits = strings.ReplaceAll(digits, "_", "")
		frac = strings.ReplaceAll(frac, "_", "")
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return nil, false
		}
	}
	e := -len(frac)
	if exp != "" || strings.ContainsAny(s, "eE") {
		sign := 1
		if exp != "" && (exp[0] == '+' || exp[0] == '-') {
			if exp[0] == '-' {
				sign = -1
			}
			exp = exp[1:]
		}
		if exp == "" {
			return nil, false
		}
		v := 0
		for i := 0; i < len(exp); i++ {
			if exp[i] < '0' || exp[i] > '9' {
				return nil, false
			}
			if v < 1e8 {
				v = v*10 + int(exp[i]-'0')
			}
		}
		e += sign * v
	}
	a, _ := scanNat(digits, 10)
	b := natOne
	if e > 0 {
		a = natMul(a, natExp(nat{10}, natFromUint64(uint64(e)), nil))
	} else if e < 0 {
		b = natExp(nat{10}, natFromUint64(uint64(-e)), nil)
	}
	z.a.set(neg, a)
	z.b.set(false, b)
	return z.norm(), true
}

// MarshalText implements encoding.TextMarshaler.
func (x *Rat) MarshalText() ([]byte, error) {
	if x.IsInt() {
		return x.a.MarshalText()
	}
	return []byte(x.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return nil
}

// ---------------------------------------------------------------------------------------------
// Float: a binary floating-point number of chosen precision. A finite non-zero value is
// mant·2^exp with mant's bit length <= prec, rounded with the Float's RoundingMode after every
// operation (results are computed exactly, or with a sticky bit, and then rounded once).
// Decimal output follows Go's: exact decimal digits, then rounding half to even (or the
// shortest digits that read back as the same Float for precision -1).

// A RoundingMode determines how a Float value is rounded to the desired precision.
type RoundingMode byte

const (
	ToNearestEven RoundingMode = iota
	ToNearestAway
	ToZero
	AwayFromZero
	ToNegativeInf
	ToPositiveInf
)

func (i RoundingMode) String() string {
	names := []string{"ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"}
	if int(i) < len(names) {
		return names[i]
	}
	return fmt.Sprintf("RoundingMode(%d)", int(i))
}

const (
	MaxExp  = math.MaxInt32
	MinExp  = math.MinInt32
	MaxPrec = math.MaxUint32
)

// An ErrNaN panic is raised by a Float operation that would lead to a NaN under IEEE-754 rules.
type ErrNaN struct {
	msg string
}

func (err ErrNaN) Error() string { return err.msg }

const (
	formZero   = 0
	formFinite = 1
	formInf    = 2
)

// A nonzero finite Float represents a multi-precision floating point number.
type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form byte
	neg  bool
	mant nat
	exp  int
}

// NewFloat allocates and returns a new Float set to x, with precision 53 and rounding mode
// ToNearestEven. NewFloat panics with ErrNaN if x is a NaN.
func NewFloat(x float64) *Float {
	if math.IsNaN(x) {
		panic(ErrNaN{"NewFloat(NaN)"})
	}
	return new(Float).SetFloat64(x)
}

// ParseFloat is like f.Parse(s, base) with f set to the given precision and rounding mode.
func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error) {
	return new(Float).SetPrec(prec).SetMode(mode).Parse(s, base)
}

// round rounds z's exact magnitude (mant·2^exp, plus a non-zero tail below it when sticky) to
// z.prec bits in z.mode, and sets z.acc.
func (z *Float) round(sticky bool) {
	z.acc = Exact
	if z.form != formFinite {
		return
	}
	if len(z.mant) == 0 {
		z.form = formZero
		return
	}
	if z.prec == 0 {
		z.form = formZero
		z.mant = nil
		if z.neg {
			z.acc = Above
		} else {
			z.acc = Below
		}
		return
	}
	bits := z.mant.bitLen()
	prec := int(z.prec)
	var r uint
	s := sticky
	m := z.mant
	if bits > prec {
		d := uint(bits - prec)
		r = m.bit(d - 1)
		if !s && d > 1 {
			s = m.trailingZeroBits() < d-1
		}
		m = natShr(m, d)
		z.exp += int(d)
	}
	if r == 0 && !s {
		z.mant = m
		z.normMant()
		return
	}
	inc := false
	switch z.mode {
	case ToNearestEven:
		inc = r == 1 && (s || m.bit(0) == 1)
	case ToNearestAway:
		inc = r == 1
	case AwayFromZero:
		inc = true
	case ToZero:
		inc = false
	case ToPositiveInf:
		inc = !z.neg
	case ToNegativeInf:
		inc = z.neg
	}
	if inc {
		m = natAdd(m, natOne)
		if m.bitLen() > prec {
			m = natShr(m, 1)
			z.exp++
		}
	}
	z.mant = m
	z.normMant()
	if inc != z.neg {
		z.acc = Above
	} else {
		z.acc = Below
	}
}

// normMant drops trailing zero bits of the mantissa into the exponent.
func (z *Float) normMant() {
	if tz := z.mant.trailingZeroBits(); tz > 0 {
		z.mant = natShr(z.mant, tz)
		z.exp += int(tz)
	}
}

// SetPrec sets z's precision to prec and returns the (possibly) rounded value of z.
func (z *Float) SetPrec(prec uint) *Float {
	z.acc = Exact
	if prec == 0 {
		z.prec = 0
		if z.form == formFinite {
			z.acc = Below
			if z.neg {
				z.acc = Above
			}
			z.form = formZero
			z.mant = nil
		}
		return z
	}
	if prec > MaxPrec {
		prec = MaxPrec
	}
	old := z.prec
	z.prec = uint32(prec)
	if z.prec < old {
		z.round(false)
	}
	return z
}

// SetMode sets z's rounding mode to mode and returns an exact z.
func (z *Float) SetMode(mode RoundingMode) *Float {
	z.mode = mode
	z.acc = Exact
	return z
}

// Prec returns the mantissa precision of x in bits.
func (x *Float) Prec() uint { return uint(x.prec) }

// MinPrec returns the minimum precision required to represent x exactly.
func (x *Float) MinPrec() uint {
	if x.form != formFinite {
		return 0
	}
	return uint(x.mant.bitLen())
}

// Mode returns the rounding mode of x.
func (x *Float) Mode() RoundingMode { return x.mode }

// Acc returns the accuracy of x produced by the most recent operation.
func (x *Float) Acc() Accuracy { return x.acc }

// Sign returns -1, 0 or +1 for x < 0, x is ±0, x > 0.
func (x *Float) Sign() int {
	if x.form == formZero {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// Signbit reports whether x is negative or negative zero.
func (x *Float) Signbit() bool { return x.neg }

// IsInf reports whether x is +Inf or -Inf.
func (x *Float) IsInf() bool { return x.form == formInf }

// IsInt reports whether x is an integer. ±Inf values are not integers.
func (x *Float) IsInt() bool {
	if x.form != formFinite {
		return x.form == formZero
	}
	return x.exp >= 0
}

func (z *Float) setExact(neg bool, mant nat, exp int, defPrec uint32) *Float {
	if z.prec == 0 {
		z.prec = defPrec
	}
	z.neg = neg
	z.mant = mant
	z.exp = exp
	z.form = formFinite
	if len(mant) == 0 {
		z.form = formZero
	}
	z.round(false)
	return z
}

// SetFloat64 sets z to the (possibly rounded) value of x and returns z. If z's precision is
// 0, it is changed to 53. SetFloat64 panics with ErrNaN if x is a NaN.
func (z *Float) SetFloat64(x float64) *Float {
	if z.prec == 0 {
		z.prec = 53
	}
	if math.IsNaN(x) {
		panic(ErrNaN{"Float.SetFloat64(NaN)"})
	}
	z.acc = Exact
	z.neg = math.Signbit(x)
	if x == 0 {
		z.form = formZero
		z.mant = nil
		return z
	}
	if math.IsInf(x, 0) {
		z.form = formInf
		z.mant = nil
		return z
	}
	bits := math.Float64bits(x)
	mant := bits & (1<<52 - 1)
	exp := int((bits >> 52) & 0x7FF)
	if exp == 0 {
		exp = -1074
	} else {
		mant |= 1 << 52
		exp -= 1075
	}
	return z.setExact(z.neg, natFromUint64(mant), exp, 53)
}

// SetInt64 sets z to the (possibly rounded) value of x and returns z. If z's precision is 0,
// it is changed to 64.
func (z *Float) SetInt64(x int64) *Float {
	neg := x < 0
	if neg {
		x = -x
	}
	return z.setExact(neg, natFromUint64(uint64(x)), 0, 64)
}

// SetUint64 sets z to the (possibly rounded) value of x and returns z.
func (z *Float) SetUint64(x uint64) *Float { return z.setExact(false, natFromUint64(x), 0, 64) }

// SetInt sets z to the (possibly rounded) value of x and returns z. If z's precision is 0, it
// is changed to the larger of x.BitLen() or 64.
func (z *Float) SetInt(x *Int) *Float {
	p := uint32(64)
	if b := x.BitLen(); b > 64 {
		p = uint32(b)
	}
	return z.setExact(x.neg, x.abs.clone(), 0, p)
}

// SetRat sets z to the (possibly rounded) value of x and returns z.
func (z *Float) SetRat(x *Rat) *Float {
	if x.IsInt() {
		return z.SetInt(&x.a)
	}
	p := uint32(64)
	if b := x.a.BitLen(); b > int(p) {
		p = uint32(b)
	}
	if b := x.b.BitLen(); b > int(p) {
		p = uint32(b)
	}
	if z.prec == 0 {
		z.prec = p
	}
	return z.setQuo(x.a.neg, x.a.abs, 0, x.b.abs, 0)
}

// setQuo sets z to the rounded (a·2^ea) / (b·2^eb).
func (z *Float) setQuo(neg bool, a nat, ea int, b nat, eb int) *Float {
	z.neg = neg
	if len(a) == 0 {
		z.form = formZero
		z.mant = nil
		z.acc = Exact
		return z
	}
	// Shift a so the quotient has at least prec+2 bits.
	k := int(z.prec) + 2 - (a.bitLen() - b.bitLen()) + 1
	if k < 0 {
		k = 0
	}
	q, r := natDiv(natShl(a, uint(k)), b)
	z.form = formFinite
	z.mant = q
	z.exp = ea - eb - k
	z.round(len(r) != 0)
	return z
}

// Set sets z to the (possibly rounded) value of x and returns z.
func (z *Float) Set(x *Float) *Float {
	if z != x {
		if z.prec == 0 {
			z.prec = x.prec
		}
		z.form, z.neg, z.mant, z.exp = x.form, x.neg, x.mant, x.exp
		z.round(false)
	}
	return z
}

// Copy sets z to x, with the same precision, rounding mode, and accuracy as x, and returns z.
func (z *Float) Copy(x *Float) *Float {
	if z != x {
		*z = *x
	}
	return z
}

// Abs sets z to the (possibly rounded) value |x| and returns z.
func (z *Float) Abs(x *Float) *Float {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to the (possibly rounded) value of x with its sign negated, and returns z.
func (z *Float) Neg(x *Float) *Float {
	z.Set(x)
	z.neg = !z.neg
	return z
}

func (z *Float) usePrec(x, y *Float) {
	if z.prec == 0 {
		z.prec = x.prec
		if y.prec > z.prec {
			z.prec = y.prec
		}
	}
}

// Add sets z to the rounded sum x+y and returns z.
func (z *Float) Add(x, y *Float) *Float { return z.addSub(x, y, false) }

// Sub sets z to the rounded difference x-y and returns z.
func (z *Float) Sub(x, y *Float) *Float { return z.addSub(x, y, true) }

func (z *Float) addSub(x, y *Float, sub bool) *Float {
	z.usePrec(x, y)
	yneg := y.neg != sub
	if x.form == formInf || y.form == formInf {
		if x.form == formInf && y.form == formInf && x.neg != yneg {
			z.acc = Exact
			z.form, z.neg = formZero, false
			if sub {
				panic(ErrNaN{"subtraction of infinities with equal signs"})
			}
			panic(ErrNaN{"addition of infinities with opposite signs"})
		}
		if x.form == formInf {
			z.form, z.neg = formInf, x.neg
		} else {
			z.form, z.neg = formInf, yneg
		}
		z.mant = nil
		z.acc = Exact
		return z
	}
	if x.form == formZero && y.form == formZero {
		z.form, z.mant, z.acc = formZero, nil, Exact
		z.neg = x.neg && yneg
		if z.mode == ToNegativeInf {
			z.neg = x.neg || yneg
		}
		return z
	}
	if x.form == formZero {
		neg := yneg
		mant, exp := y.mant, y.exp
		z.neg, z.mant, z.exp, z.form = neg, mant, exp, formFinite
		z.round(false)
		return z
	}
	if y.form == formZero {
		z.neg, z.mant, z.exp, z.form = x.neg, x.mant, x.exp, formFinite
		z.round(false)
		return z
	}
	// Align the exponents, then add or subtract the magnitudes exactly.
	xm, ym := x.mant, y.mant
	e := x.exp
	if x.exp > y.exp {
		xm = natShl(xm, uint(x.exp-y.exp))
		e = y.exp
	} else if y.exp > x.exp {
		ym = natShl(ym, uint(y.exp-x.exp))
	}
	var m nat
	neg := x.neg
	if x.neg == yneg {
		m = natAdd(xm, ym)
	} else if natCmp(xm, ym) >= 0 {
		m = natSub(xm, ym)
	} else {
		m = natSub(ym, xm)
		neg = yneg
	}
	if len(m) == 0 {
		z.form, z.mant, z.acc = formZero, nil, Exact
		z.neg = z.mode == ToNegativeInf
		return z
	}
	z.neg, z.mant, z.exp, z.form = neg, m, e, formFinite
	z.round(false)
	return z
}

// Mul sets z to the rounded product x*y and returns z.
func (z *Float) Mul(x, y *Float) *Float {
	z.usePrec(x, y)
	neg := x.neg != y.neg
	if x.form == formInf || y.form == formInf {
		if x.form == formZero || y.form == formZero {
			z.form, z.neg = formZero, false
			panic(ErrNaN{"multiplication of zero with infinity"})
		}
		z.form, z.neg, z.mant, z.acc = formInf, neg, nil, Exact
		return z
	}
	if x.form == formZero || y.form == formZero {
		z.form, z.neg, z.mant, z.acc = formZero, neg, nil, Exact
		return z
	}
	z.neg, z.mant, z.exp, z.form = neg, natMul(x.mant, y.mant), x.exp+y.exp, formFinite
	z.round(false)
	return z
}

// Quo sets z to the rounded quotient x/y and returns z. Quo panics with ErrNaN if both
// operands are zero or infinities.
func (z *Float) Quo(x, y *Float) *Float {
	z.usePrec(x, y)
	neg := x.neg != y.neg
	if x.form == formZero && y.form == formZero || x.form == formInf && y.form == formInf {
		z.form, z.neg = formZero, false
		panic(ErrNaN{"division of zero by zero or infinity by infinity"})
	}
	if x.form == formInf || y.form == formZero {
		z.form, z.neg, z.mant, z.acc = formInf, neg, nil, Exact
		return z
	}
	if x.form == formZero || y.form == formInf {
		z.form, z.neg, z.mant, z.acc = formZero, neg, nil, Exact
		return z
	}
	return z.setQuo(neg, x.mant, x.exp, y.mant, y.exp)
}

// Sqrt sets z to the rounded square root of x, and returns it. If z's precision is 0, it is
// changed to x's precision before the operation. Sqrt panics with ErrNaN if x < 0.
func (z *Float) Sqrt(x *Float) *Float {
	if z.prec == 0 {
		z.prec = x.prec
	}
	if x.Sign() == -1 {
		panic(ErrNaN{"square root of negative operand"})
	}
	if x.form != formFinite {
		z.form, z.neg, z.mant, z.acc = x.form, x.neg, nil, Exact
		return z
	}
	// sqrt(m·2^e) = sqrt(m·2^k)·2^((e-k)/2), k making e-k even and the root >= prec+2 bits.
	k := 2*(int(z.prec)+2) - x.mant.bitLen() + 2
	if k < 0 {
		k = 0
	}
	if (x.exp-k)%2 != 0 {
		k++
	}
	a := natShl(x.mant, uint(k))
	s := natSqrt(a)
	exact := natCmp(natMul(s, s), a) == 0
	z.neg, z.mant, z.exp, z.form = false, s, (x.exp-k)/2, formFinite
	z.round(!exact)
	return z
}

// Cmp compares x and y and returns -1, 0 or +1.
func (x *Float) Cmp(y *Float) int {
	xs, ys := x.ord(), y.ord()
	if xs != ys || xs == 0 || xs == 2 || xs == -2 {
		switch {
		case xs < ys:
			return -1
		case xs > ys:
			return 1
		}
		return 0
	}
	// same sign, both finite non-zero: compare magnitudes
	xm, ym := x.mant, y.mant
	if x.exp > y.exp {
		xm = natShl(xm, uint(x.exp-y.exp))
	} else if y.exp > x.exp {
		ym = natShl(ym, uint(y.exp-x.exp))
	}
	r := natCmp(xm, ym)
	if x.neg {
		r = -r
	}
	return r
}

// ord: -2 for -Inf, -1 negative finite, 0 zero, +1 positive finite, +2 +Inf.
func (x *Float) ord() int {
	var m int
	switch x.form {
	case formZero:
		return 0
	case formFinite:
		m = 1
	case formInf:
		m = 2
	}
	if x.neg {
		m = -m
	}
	return m
}

// Float64 returns the float64 value nearest to x and an indication of any rounding.
func (x *Float) Float64() (float64, Accuracy) {
	switch x.form {
	case formZero:
		if x.neg {
			return math.Copysign(0, -1), Exact
		}
		return 0, Exact
	case formInf:
		if x.neg {
			return math.Inf(-1), Exact
		}
		return math.Inf(1), Exact
	}
	// Top bit position: value in [2^(e1-1), 2^e1).
	e1 := x.exp + x.mant.bitLen()
	prec := 53
	if e1-1 < -1022 {
		prec = 53 - (-1022 - (e1 - 1))
	}
	if e1-1 > 1023 {
		if x.neg {
			return math.Inf(-1), Below
		}
		return math.Inf(1), Above
	}
	if prec <= 0 {
		// below half the smallest denormal (or exactly there) rounds to zero (half to even)
		t := &Float{prec: 1, mode: x.mode, form: formFinite, neg: x.neg, mant: natOne, exp: -1075}
		if prec == 0 && x.Cmp(t) != 0 && (!x.neg && x.Cmp(t) > 0 || x.neg && x.Cmp(t) < 0) {
			f := math.Float64frombits(1)
			if x.neg {
				return -f, Below
			}
			return f, Above
		}
		if x.neg {
			return math.Copysign(0, -1), Above
		}
		return 0, Below
	}
	t := new(Float).SetPrec(uint(prec)).SetMode(x.mode)
	t.Set(x)
	if t.form == formInf || t.exp+t.mant.bitLen()-1 > 1023 {
		if x.neg {
			return math.Inf(-1), Below
		}
		return math.Inf(1), Above
	}
	f := ldexp(float64(t.mant.low64()), t.exp)
	if x.neg {
		f = -f
	}
	return f, t.acc
}

// Int64 returns the integer resulting from truncating x towards zero.
func (x *Float) Int64() (int64, Accuracy) {
	i, acc := x.Int(nil)
	if i == nil {
		if x.neg {
			return math.MinInt64, Above
		}
		return math.MaxInt64, Below
	}
	if !i.IsInt64() {
		if x.neg {
			return math.MinInt64, Above
		}
		return math.MaxInt64, Below
	}
	return i.Int64(), acc
}

// Uint64 returns the unsigned integer resulting from truncating x towards zero.
func (x *Float) Uint64() (uint64, Accuracy) {
	if x.neg && x.form != formZero {
		return 0, Above
	}
	i, acc := x.Int(nil)
	if i == nil || !i.IsUint64() {
		return math.MaxUint64, Below
	}
	return i.Uint64(), acc
}

// Int returns the result of truncating x towards zero; or nil if x is an infinity.
func (x *Float) Int(z *Int) (*Int, Accuracy) {
	if z == nil && x.form <= formFinite {
		z = new(Int)
	}
	switch x.form {
	case formZero:
		return z.SetInt64(0), Exact
	case formInf:
		if x.neg {
			return nil, Above
		}
		return nil, Below
	}
	acc := Exact
	var m nat
	if x.exp >= 0 {
		m = natShl(x.mant, uint(x.exp))
	} else {
		m = natShr(x.mant, uint(-x.exp))
		if x.mant.trailingZeroBits() < uint(-x.exp) {
			acc = Below
			if x.neg {
				acc = Above
			}
		}
	}
	z.set(x.neg, m)
	return z, acc
}

// Rat returns the rational number corresponding to x; or nil if x is an infinity.
func (x *Float) Rat(z *Rat) (*Rat, Accuracy) {
	if z == nil && x.form <= formFinite {
		z = new(Rat)
	}
	switch x.form {
	case formZero:
		return z.SetInt64(0), Exact
	case formInf:
		if x.neg {
			return nil, Above
		}
		return nil, Below
	}
	z.a.set(x.neg, x.mant.clone())
	z.b.set(false, natOne)
	if x.exp > 0 {
		z.a.abs = natShl(z.a.abs, uint(x.exp))
	} else if x.exp < 0 {
		z.b.abs = natShl(natOne, uint(-x.exp))
	}
	return z.norm(), Exact
}

// SetInf sets z to the infinite Float -Inf if signbit is set, or +Inf if signbit is not set.
func (z *Float) SetInf(signbit bool) *Float {
	z.acc = Exact
	z.form = formInf
	z.neg = signbit
	z.mant = nil
	return z
}

// SetString sets z to the value of s and returns z and a boolean indicating success.
func (z *Float) SetString(s string) (*Float, bool) {
	if f, _, err := z.Parse(s, 0); err == nil {
		return f, true
	}
	return nil, false
}

// Parse parses s which must contain a text representation of a floating-point number with a
// mantissa in base 10 (the base argument must be 0 or 10) and an optional decimal exponent.
func (z *Float) Parse(s string, base int) (f *Float, b int, err error) {
	if z.prec == 0 {
		z.prec = 64
	}
	if base != 0 && base != 10 {
		return nil, 0, fmt.Errorf("invalid base %d", base)
	}
	orig := s
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "Inf" || s == "inf" {
		z.SetInf(neg)
		return z, 10, nil
	}
	r := new(Rat)
	if _, ok := r.SetString(s); !ok || strings.Contains(s, "/") || s == "" {
		_ = orig
		return nil, 10, fmt.Errorf("number has no digits")
	}
	z.setQuo(neg, r.a.abs, 0, r.den(), 0)
	if len(r.a.abs) == 0 {
		z.form, z.neg = formZero, neg
	}
	return z, 10, nil
}

// decimal digits of a non-negative number: mant (no trailing zeros) and the position of the
// decimal point (value = 0.mant·10^exp).
type decimal struct {
	mant []byte
	exp  int
}

func (d *decimal) at(i int) byte {
	if 0 <= i && i < len(d.mant) {
		return d.mant[i]
	}
	return '0'
}

// init sets d to the exact decimal value of m·2^shift.
func (d *decimal) init(m nat, shift int) {
	if len(m) == 0 {
		d.mant, d.exp = nil, 0
		return
	}
	if shift < 0 {
		if tz := int(m.trailingZeroBits()); tz > 0 {
			s := tz
			if s > -shift {
				s = -shift
			}
			m = natShr(m, uint(s))
			shift += s
		}
	}
	var s []byte
	if shift >= 0 {
		s = natShl(m, uint(shift)).utoa(10)
		d.exp = len(s)
	} else {
		// m·2^shift = m·5^-shift / 10^-shift
		s = natMul(m, natExp(nat{5}, natFromUint64(uint64(-shift)), nil)).utoa(10)
		d.exp = len(s) + shift
	}
	n := len(s)
	for n > 0 && s[n-1] == '0' {
		n--
	}
	d.mant = s[:n]
	if n == 0 {
		d.exp = 0
	}
}

func (d *decimal) trim() {
	i := len(d.mant)
	for i > 0 && d.mant[i-1] == '0' {
		i--
	}
	d.mant = d.mant[:i]
	if i == 0 {
		d.exp = 0
	}
}

func (d *decimal) round(n int) {
	if n < 0 || n >= len(d.mant) {
		return
	}
	up := d.mant[n] >= '5'
	if d.mant[n] == '5' && n+1 == len(d.mant) {
		up = n > 0 && (d.mant[n-1]-'0')&1 != 0
	}
	if up {
		d.roundUp(n)
	} else {
		d.roundDown(n)
	}
}

func (d *decimal) roundUp(n int) {
	if n < 0 || n >= len(d.mant) {
		return
	}
	for n > 0 && d.mant[n-1] >= '9' {
		n--
	}
	if n == 0 {
		d.mant[0] = '1'
		d.mant = d.mant[:1]
		d.exp++
		return
	}
	d.mant[n-1]++
	d.mant = d.mant[:n]
}

func (d *decimal) roundDown(n int) {
	if n < 0 || n >= len(d.mant) {
		return
	}
	d.mant = d.mant[:n]
	d.trim()
}

// roundShortest shortens d to the fewest digits that still lie strictly within half an ulp
// (at x's precision) of x — Go's rule, including its treatment of the interval ends.
func roundShortest(d *decimal, x *Float) {
	if len(d.mant) == 0 {
		return
	}
	mant := x.mant
	exp := x.exp
	s := mant.bitLen() - int(x.prec+1)
	if s < 0 {
		mant = natShl(mant, uint(-s))
	} else if s > 0 {
		mant = natShr(mant, uint(s))
	}
	exp += s
	var lower, upper decimal
	lower.init(natSub(mant, natOne), exp)
	upper.init(natAdd(mant, natOne), exp)
	inclusive := mant[0]&2 == 0
	for i, m := range d.mant {
		l := lower.at(i)
		u := upper.at(i)
		okdown := l != m || inclusive && i+1 == len(lower.mant)
		okup := m != u && (inclusive || m+1 < u || i+1 < len(upper.mant))
		switch {
		case okdown && okup:
			d.round(i + 1)
			return
		case okdown:
			d.roundDown(i + 1)
			return
		case okup:
			d.roundUp(i + 1)
			return
		}
	}
}

func fmtE(buf []byte, fmtc byte, prec int, d decimal) []byte {
	ch := byte('0')
	if len(d.mant) > 0 {
		ch = d.mant[0]
	}
	buf = append(buf, ch)
	if prec > 0 {
		buf = append(buf, '.')
		i := 1
		m := len(d.mant)
		if prec+1 < m {
			m = prec + 1
		}
		if i < m {
			buf = append(buf, d.mant[i:m]...)
			i = m
		}
		for ; i <= prec; i++ {
			buf = append(buf, '0')
		}
	}
	buf = append(buf, fmtc)
	exp := 0
	if len(d.mant) > 0 {
		exp = d.exp - 1
	}
	if exp < 0 {
		buf = append(buf, '-')
		exp = -exp
	} else {
		buf = append(buf, '+')
	}
	if exp < 10 {
		buf = append(buf, '0')
	}
	return append(buf, fmt.Sprint(exp)...)
}

func fmtF(buf []byte, prec int, d decimal) []byte {
	if d.exp > 0 {
		m := len(d.mant)
		if d.exp < m {
			m = d.exp
		}
		buf = append(buf, d.mant[:m]...)
		for ; m < d.exp; m++ {
			buf = append(buf, '0')
		}
	} else {
		buf = append(buf, '0')
	}
	if prec > 0 {
		buf = append(buf, '.')
		for i := 0; i < prec; i++ {
			buf = append(buf, d.at(d.exp+i))
		}
	}
	return buf
}

// Text converts the floating-point number x to a string according to the given format
// ('e', 'E', 'f', 'g', 'G'; 'b' as mantissa "p" exponent) and precision prec (-1: the
// fewest digits that represent x uniquely at its precision).
func (x *Float) Text(format byte, prec int) string {
	return string(x.Append(nil, format, prec))
}

// String formats x like x.Text('g', 10).
func (x *Float) String() string { return x.Text('g', 10) }

// Append appends to buf the string form of the floating-point number x, as generated by
// x.Text, and returns the extended buffer.
func (x *Float) Append(buf []byte, fmtc byte, prec int) []byte {
	if x.neg {
		buf = append(buf, '-')
	}
	if x.form == formInf {
		if !x.neg {
			buf = append(buf, '+')
		}
		return append(buf, "Inf"...)
	}
	if fmtc == 'b' {
		if x.form == formZero {
			return append(buf, '0')
		}
		m := natShl(x.mant, uint(int(x.prec)-x.mant.bitLen()))
		buf = append(buf, m.utoa(10)...)
		buf = append(buf, 'p')
		e := x.exp - (int(x.prec) - x.mant.bitLen())
		if e >= 0 {
			buf = append(buf, '+')
		}
		return append(buf, fmt.Sprint(e)...)
	}
	var d decimal
	if x.form == formFinite {
		d.init(x.mant, x.exp)
	}
	shortest := false
	if prec < 0 {
		shortest = true
		roundShortest(&d, x)
		switch fmtc {
		case 'e', 'E':
			prec = len(d.mant) - 1
		case 'f':
			prec = len(d.mant) - d.exp
			if prec < 0 {
				prec = 0
			}
		case 'g', 'G':
			prec = len(d.mant)
		}
	} else {
		switch fmtc {
		case 'e', 'E':
			d.round(1 + prec)
		case 'f':
			d.round(d.exp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.round(prec)
		}
	}
	switch fmtc {
	case 'e', 'E':
		return fmtE(buf, fmtc, prec, d)
	case 'f':
		return fmtF(buf, prec, d)
	case 'g', 'G':
		eprec := prec
		if eprec > len(d.mant) && len(d.mant) >= d.exp {
			eprec = len(d.mant)
		}
		if shortest {
			eprec = 6
		}
		exp := d.exp - 1
		if exp < -4 || exp >= eprec {
			if prec > len(d.mant) {
				prec = len(d.mant)
			}
			return fmtE(buf, fmtc+'e'-'g', prec-1, d)
		}
		if prec > d.exp {
			prec = len(d.mant)
		}
		p := prec - d.exp
		if p < 0 {
			p = 0
		}
		return fmtF(buf, p, d)
	}
	if x.neg {
		buf = buf[:len(buf)-1]
	}
	return append(buf, '%', fmtc)
}

// Format implements fmt.Formatter: 'e', 'E', 'f', 'F', 'g', 'G', 'b', 'v' with flags, width
// and precision.
func (x *Float) Format(s fmt.State, format rune) {
	prec, hasPrec := s.Precision()
	if !hasPrec {
		prec = 6
	}
	switch format {
	case 'e', 'E', 'f', 'b':
	case 'F':
		format = 'f'
	case 'v':
		format = 'g'
		if !hasPrec {
			prec = -1
		}
	case 'g', 'G':
		if !hasPrec {
			prec = -1
		}
	default:
		fmt.Fprintf(s, "%%!%c(*big.Float=%s)", format, x.String())
		return
	}
	buf := x.Append(nil, byte(format), prec)
	if len(buf) == 0 {
		buf = []byte("?")
	}
	sign := ""
	switch {
	case buf[0] == '-':
		sign = "-"
		buf = buf[1:]
	case buf[0] == '+':
		sign = "+"
		if s.Flag(' ') {
			sign = " "
		}
		buf = buf[1:]
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	padding := 0
	if width, ok := s.Width(); ok && width > len(sign)+len(buf) {
		padding = width - len(sign) - len(buf)
	}
	var out string
	switch {
	case s.Flag('0') && !x.IsInf():
		out = sign + strings.Repeat("0", padding) + string(buf)
	case s.Flag('-'):
		out = sign + string(buf) + strings.Repeat(" ", padding)
	default:
		out = strings.Repeat(" ", padding) + sign + string(buf)
	}
	s.Write([]byte(out))
}

// MarshalText implements encoding.TextMarshaler (Text('g', -1)).
func (x *Float) MarshalText() ([]byte, error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return x.Append(nil, 'g', -1), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (z *Float) UnmarshalText(text []byte) error {
	_, _, err := z.Parse(string(text), 0)
	if err != nil {
		err = fmt.Errorf("math/big: cannot unmarshal %q into a *big.Float (%v)", text, err)
	}
	return err
}
