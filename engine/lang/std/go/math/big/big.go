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
func (z *Rat) Add(x, y *Rat) *Rat {
	var a1, a2, b Int
	a1.Mul(&x.a, &Int{abs: y.den()})
	a2.Mul(&y.a, &Int{abs: x.den()})
	b.Mul(&Int{abs: x.den()}, &Int{abs: y.den()})
	z.a.Add(&a1, &a2)
	z.b.Set(&b)
	return z.norm()
}

// Sub sets z to the difference x-y and returns z.
func (z *Rat) Sub(x, y *Rat) *Rat {
	var a1, a2, b Int
	a1.Mul(&x.a, &Int{abs: y.den()})
	a2.Mul(&y.a, &Int{abs: x.den()})
	b.Mul(&Int{abs: x.den()}, &Int{abs: y.den()})
	z.a.Sub(&a1, &a2)
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
