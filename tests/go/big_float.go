package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	x := big.NewFloat(1.5)
	y := big.NewFloat(2.25)
	fmt.Println(x, y, new(big.Float).Add(x, y), new(big.Float).Sub(x, y), new(big.Float).Mul(x, y), new(big.Float).Quo(x, y))
	third := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(third, third.Text('g', -1), third.Text('f', 20), third.Text('e', 5), third.Prec(), third.Acc())
	p := new(big.Float).SetPrec(200)
	p.Quo(big.NewFloat(1), new(big.Float).SetPrec(200).SetInt64(3))
	fmt.Println(p.Text('f', 60), p.Text('g', -1))
	two := new(big.Float).SetPrec(300).SetInt64(2)
	sq := new(big.Float).SetPrec(300).Sqrt(two)
	fmt.Println(sq.Text('f', 80))
	fmt.Printf("%v %.10f %.3e %g %10.4f|%-12.2f|%+.1f %E %G\n", sq, sq, sq, x, x, y, x, y, third)
	f, acc := third.Float64()
	fmt.Println(f, acc)
	i, acc := big.NewFloat(-7.9).Int64()
	fmt.Println(i, acc)
	bi, acc := new(big.Float).SetFloat64(1e30).Int(nil)
	fmt.Println(bi, acc)
	s, ok := new(big.Float).SetString("3.14159265358979323846264338327950288")
	fmt.Println(s, ok, s.Prec(), s.Text('f', 30))
	_, ok = new(big.Float).SetString("abc")
	fmt.Println(ok)
	for _, v := range []float64{0, 1, -2.5, 1e6, 1e21, 123456789, 1e-7, 0.1, math.Inf(1), math.Inf(-1), 100, 1e100} {
		z := big.NewFloat(v)
		fmt.Println(z, z.Text('g', -1), z.Text('e', -1), z.Text('f', -1), z.Text('f', 3), z.Text('b', 0), z.Sign(), z.IsInt(), z.IsInf())
	}
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), big.NewFloat(math.Inf(-1)).Cmp(x))
	fmt.Println(new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 100)), new(big.Float).SetRat(big.NewRat(1, 3)))
	z := new(big.Float).SetPrec(10).SetFloat64(1.0 / 3)
	fmt.Println(z, z.Acc(), z.Text('b', 0), z.MinPrec())
	fmt.Println(new(big.Float).SetPrec(0).SetFloat64(3), big.NewFloat(2).SetPrec(1), big.NewFloat(3).SetPrec(1), big.NewFloat(3).SetPrec(1).Acc())
	sum := new(big.Float).SetPrec(100)
	for k := 1; k <= 20; k++ {
		sum.Add(sum, new(big.Float).SetPrec(100).Quo(big.NewFloat(1), big.NewFloat(float64(k*k))))
	}
	fmt.Println(sum.Text('g', 25))
	fmt.Println(new(big.Float).Neg(x), new(big.Float).Abs(new(big.Float).Neg(x)), big.NewFloat(-0.0), new(big.Float))
	zz := new(big.Float).SetMode(big.ToZero).SetPrec(4)
	zz.SetFloat64(2.9)
	fmt.Println(zz, zz.Mode(), zz.Acc())
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Float).Quo(new(big.Float), new(big.Float))
}

// Output:
// 1.5 2.25 3.75 -0.75 3.375 0.6666666666666666
// 0.3333333333333333 0.3333333333333333 0.33333333333333331483 3.33333e-01 53 Below
// 0.333333333333333333333333333333333333333333333333333333333333 0.3333333333333333333333333333333333333333333333333333333333334
// 1.41421356237309504880168872420969807856967187537694807317667973799073247846210704
// 1.414213562373095048801688724209698078569671875376948073176679737990732478462107038850387535 1.4142135624 1.414e+00 1.5     1.5000|2.25        |+1.5 2.250000E+00 0.3333333333333333
// 0.3333333333333333 Exact
// -7 Above
// 1000000000000000019884624838656 Exact
// 3.1415926535897932385 true 64 3.141592653589793238512808959406
// false
// 0 0 0e+00 0 0.000 0 0 true false
// 1 1 1e+00 1 1.000 4503599627370496p-52 1 true false
// -2.5 -2.5 -2.5e+00 -2.5 -2.500 -5629499534213120p-51 -1 false false
// 1e+06 1e+06 1e+06 1000000 1000000.000 8589934592000000p-33 1 true false
// 1e+21 1e+21 1e+21 1000000000000000000000 1000000000000000000000.000 7629394531250000p+17 1 true false
// 1.23456789e+08 1.23456789e+08 1.23456789e+08 123456789 123456789.000 8285044862877696p-26 1 true false
// 1e-07 1e-07 1e-07 0.0000001 0.000 7555786372591432p-76 1 false false
// 0.1 0.1 1e-01 0.1 0.100 7205759403792794p-56 1 false false
// +Inf +Inf +Inf +Inf +Inf +Inf 1 false true
// -Inf -Inf -Inf -Inf -Inf -Inf -1 false true
// 100 100 1e+02 100 100.000 7036874417766400p-46 1 true false
// 1e+100 1e+100 1e+100 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000 5147557589468029p+280 1 true false
// -1 1 0 -1
// 1.267650600228229401496703205376e+30 0.33333333333333333334
// 0.3335 Above 683p-11 10
// 3 2 4 Above
// 1.596163243913023316640879
// -1.5 1.5 0 0
// 2.8 ToZero Below
// recovered: division of zero by zero or infinity by infinity
