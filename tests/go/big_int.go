package main

import (
	"encoding/json"
	"fmt"
	"math/big"
)

func main() {
	a := big.NewInt(1)
	for i := int64(1); i <= 50; i++ {
		a.Mul(a, big.NewInt(i))
	}
	fmt.Println(a, a.BitLen(), a.Sign())
	b, ok := new(big.Int).SetString("-123456789012345678901234567890", 10)
	fmt.Println(b, ok)
	_, ok = new(big.Int).SetString("12a", 10)
	fmt.Println(ok)
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000_000", "0x_ff", "_1", "1__0", "1_", "0", "-0", "+5", "", "0x", "z"} {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Println(s, v, ok)
	}
	v, _ := new(big.Int).SetString("zz", 36)
	fmt.Println(v, v.Text(36), v.Text(62), v.Text(2))
	x, _ := new(big.Int).SetString("340282366920938463463374607431768211457", 10)
	y := big.NewInt(-987654321)
	q, r := new(big.Int), new(big.Int)
	q.QuoRem(x, y, r)
	fmt.Println(q, r)
	q.DivMod(new(big.Int).Neg(x), y, r)
	fmt.Println(q, r)
	fmt.Println(new(big.Int).Div(big.NewInt(-7), big.NewInt(2)), new(big.Int).Mod(big.NewInt(-7), big.NewInt(2)))
	fmt.Println(new(big.Int).Div(big.NewInt(-7), big.NewInt(-2)), new(big.Int).Mod(big.NewInt(-7), big.NewInt(-2)))
	fmt.Println(new(big.Int).Quo(big.NewInt(-7), big.NewInt(2)), new(big.Int).Rem(big.NewInt(-7), big.NewInt(2)))
	big1, _ := new(big.Int).SetString("123456789123456789123456789123456789123456789", 10)
	big2, _ := new(big.Int).SetString("987654321987654321987", 10)
	fmt.Println(new(big.Int).Mul(big1, big2), new(big.Int).Quo(big1, big2), new(big.Int).Rem(big1, big2))
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(-3), big.NewInt(5), nil), new(big.Int).Exp(big.NewInt(-3), big.NewInt(5), big.NewInt(7)))
	fmt.Println(new(big.Int).Exp(big.NewInt(4), big.NewInt(13), big.NewInt(497)), new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(7)))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(-2), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(0), big.NewInt(1)))
	gx, gy := new(big.Int), new(big.Int)
	g := new(big.Int).GCD(gx, gy, big.NewInt(240), big.NewInt(46))
	fmt.Println(g, gx, gy)
	g = new(big.Int).GCD(gx, gy, big.NewInt(-240), big.NewInt(46))
	fmt.Println(g, gx, gy)
	g = new(big.Int).GCD(gx, gy, big.NewInt(46), big.NewInt(-240))
	fmt.Println(g, gx, gy)
	g = new(big.Int).GCD(gx, gy, big.NewInt(0), big.NewInt(-5))
	fmt.Println(g, gx, gy)
	g = new(big.Int).GCD(nil, nil, big1, big2)
	fmt.Println(g)
	g = new(big.Int).GCD(gx, gy, big1, big2)
	fmt.Println(g, gx, gy)
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(-3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(2), big.NewInt(4)))
	fmt.Println(new(big.Int).Sqrt(big1), new(big.Int).Sqrt(big.NewInt(99)), new(big.Int).Sqrt(big.NewInt(100)))
	fmt.Println(new(big.Int).Lsh(big.NewInt(-5), 70), new(big.Int).Rsh(big.NewInt(-5), 1), new(big.Int).Rsh(big1, 33))
	m5, m12 := big.NewInt(-5), big.NewInt(12)
	fmt.Println(new(big.Int).And(m5, m12), new(big.Int).Or(m5, m12), new(big.Int).Xor(m5, m12), new(big.Int).AndNot(m5, m12), new(big.Int).AndNot(m12, m5), new(big.Int).Not(m5), new(big.Int).Not(m12))
	fmt.Println(new(big.Int).And(m5, big.NewInt(-9)), new(big.Int).Or(m5, big.NewInt(-9)), new(big.Int).Xor(m5, big.NewInt(-9)), new(big.Int).AndNot(m5, big.NewInt(-9)))
	fmt.Println(m5.Bit(0), m5.Bit(1), m5.Bit(100), big1.Bit(3), new(big.Int).SetBit(big.NewInt(0), 100, 1), new(big.Int).SetBit(m5, 2, 1), new(big.Int).SetBit(m5, 1, 0))
	fmt.Println(big.NewInt(-1).Int64(), big1.Int64(), big1.Uint64(), big1.IsInt64(), big.NewInt(-9).Uint64(), big.NewInt(-9).IsUint64())
	mn := new(big.Int).SetUint64(1 << 63)
	fmt.Println(mn.IsInt64(), new(big.Int).Neg(mn).IsInt64(), new(big.Int).Neg(mn).Int64(), mn.IsUint64(), mn.Uint64())
	for _, n := range []int64{0, 1, 2, 3, 4, 17, 91, 97, 561, 7919, 1000003, 2147483647} {
		fmt.Print(big.NewInt(n).ProbablyPrime(20), " ")
	}
	m127 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	fmt.Println(m127.ProbablyPrime(10), new(big.Int).Add(m127, big.NewInt(2)).ProbablyPrime(10))
	fmt.Println(big1.Cmp(big2), big2.Cmp(big1), big1.Cmp(big1), m5.CmpAbs(big.NewInt(5)), new(big.Int).Abs(m5), new(big.Int).Neg(m5))
	n := big.NewInt(-255)
	fmt.Printf("%d|%x|%X|%o|%O|%b|%s|%v|%#x|%#o|%#b|%+d|% d|%8d|%-8d|%08d|%.5d|%10.5x|%q\n", n, n, n, n, n, n, n, n, n, n, n, big.NewInt(5), big.NewInt(5), n, n, n, n, n, n)
	fmt.Printf("%.0d|%v|%s\n", big.NewInt(0), (*big.Int)(nil), []*big.Int{big.NewInt(1), big.NewInt(2)})
	fmt.Println(n.String(), n.Text(16), string(n.Append([]byte("x="), 10)), big.NewInt(258).Bytes(), new(big.Int).SetBytes([]byte{1, 0, 0, 0, 0, 2}))
	fmt.Println(new(big.Int).MulRange(1, 20), new(big.Int).Binomial(100, 50), new(big.Int).MulRange(-3, -1), big1.TrailingZeroBits(), big.NewInt(96).TrailingZeroBits())
	type T struct {
		N *big.Int
		M *big.Int
	}
	js, err := json.Marshal(T{N: big1})
	fmt.Println(string(js), err)
	var t T
	err = json.Unmarshal([]byte(`{"N": 123456789012345678901234567890, "M": -5}`), &t)
	fmt.Println(t.N, t.M, err)
	err = json.Unmarshal([]byte(`{"N": "12"}`), &t)
	fmt.Println(err)
	txt, _ := big1.MarshalText()
	fmt.Println(string(txt), new(big.Int).UnmarshalText([]byte("0x10")), new(big.Int).UnmarshalText([]byte("1.5")))
	fmt.Println(big.Jacobi(big.NewInt(1001), big.NewInt(9907)), big.Jacobi(big.NewInt(19), big.NewInt(45)))
	var z big.Int
	fmt.Println(z.String(), z.Sign(), z.Add(&z, big.NewInt(3)), z.Sub(&z, big.NewInt(10)))
	fmt.Println(z.Mul(&z, &z), z.Cmp(big.NewInt(49)))
}

// Output:
// 30414093201713378043612608166064768844377641568960512000000000000 215 1
// -123456789012345678901234567890 true
// false
// 0x1f 31 true
// 0b101 5 true
// 0o17 15 true
// 017 15 true
// 1_000_000 1000000 true
// 0x_ff 255 true
// _1 <nil> false
// 1__0 <nil> false
// 1_ <nil> false
// 0 0 true
// -0 0 true
// +5 5 true
//  <nil> false
// 0x <nil> false
// z <nil> false
// 1295 zz kT 10100001111
// -344535896503143495550377496330 282069527
// 344535896503143495550377496331 705584794
// -4 1
// 4 1
// -3 -1
// 121932631356500531590987651333987651333987651212055019977487119743 124999998860937500014321 92716588779078280962
// 1606938044258990275541962092341162602522202993782792835301376
// -243 2
// 445 5
// 1 0
// 2 -9 47
// 2 9 47
// 2 47 9
// 5 0 -1
// 3
// 3 -6442719148219579586 805339886188787668573401913557305645002511
// 4 7 <nil>
// 11111111066111110974986 9 10
// -5902958103587056517120 -3 14372261837527247742220851257845851
// 8 -1 -9 -13 4 4 -13
// -13 -1 12 8
// 1 1 1 0 1267650600228229401496703205376 -1 -7
// -1 -8939275040524574955 9507469033184976661 false 9 false
// false true -9223372036854775808 true 9223372036854775808
// false false true true false true false true false true true true true false
// 1 -1 0 0 5 5
// -255|-ff|-FF|-377|-0o377|-11111111|-255|-255|-0xff|-0377|-0b11111111|+5| 5|    -255|-255    |-0000255|-00255|    -000ff|%!q(big.Int=-255)
// |<nil>|[1 2]
// -255 -ff x=-255 [1 2] 1099511627778
// 2432902008176640000 100891344545564193334812497256 -6 0 5
// {"N":123456789123456789123456789123456789123456789,"M":null} <nil>
// 123456789012345678901234567890 -5 <nil>
// math/big: cannot unmarshal "\"12\"" into a *big.Int
// 123456789123456789123456789123456789123456789 <nil> math/big: cannot unmarshal "1.5" into a *big.Int
// -1 1
// 0 0 -7 -7
// 49 0
