package main

import (
	"fmt"
	"math/big"
)

func main() {
	x := big.NewRat(6, -8)
	y := big.NewRat(5, 12)
	fmt.Println(x, y, x.RatString(), new(big.Rat).SetInt64(3), new(big.Rat).SetInt64(3).RatString())
	fmt.Println(new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y), new(big.Rat).Quo(x, y))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), x.Sign(), new(big.Rat).Sign(), x.IsInt(), new(big.Rat).Abs(x), new(big.Rat).Neg(x), new(big.Rat).Inv(x))
	fmt.Println(x.Num(), x.Denom(), new(big.Rat).Denom(), new(big.Rat))
	for _, s := range []string{"3/4", "-6/8", "1.25", "-0.125", "1e3", "1.5e-3", ".5", "5.", "3/0", "abc", "1/-2", "", "2E2", "0x10/3", "1_000", "12/16"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Println(s, r, ok)
	}
	third := big.NewRat(1, 3)
	for _, p := range []int{0, 1, 2, 5, 20} {
		fmt.Print(third.FloatString(p), " ", big.NewRat(-2, 3).FloatString(p), " ", big.NewRat(5, 2).FloatString(p), " ", big.NewRat(-1, 1000).FloatString(p), " ", big.NewRat(7, 1).FloatString(p), "|")
	}
	fmt.Println()
	for _, f := range []float64{0.1, -2.5, 1e300, 5e-324, 0} {
		r := new(big.Rat).SetFloat64(f)
		g, exact := r.Float64()
		fmt.Println(r.FloatString(3), g, exact)
	}
	f, exact := third.Float64()
	fmt.Println(f, exact)
	f, exact = big.NewRat(2, 3).Float64()
	fmt.Println(f, exact)
	// sum of 1/n
	sum := new(big.Rat)
	for i := int64(1); i <= 30; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	fmt.Println(sum, sum.FloatString(10))
	fmt.Printf("%v %s\n", x, y)
	t, _ := x.MarshalText()
	fmt.Println(string(t), new(big.Rat).UnmarshalText([]byte("x")))
	fmt.Println(new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-4)), new(big.Rat).SetInt(big.NewInt(9)))
}

// Output:
// -3/4 5/12 -3/4 3/1 3
// -1/3 -7/6 -5/16 -9/5
// -1 1 0 -1 0 false 3/4 3/4 -4/3
// -3 4 1 0/1
// 3/4 3/4 true
// -6/8 -3/4 true
// 1.25 5/4 true
// -0.125 -1/8 true
// 1e3 1000/1 true
// 1.5e-3 3/2000 true
// .5 1/2 true
// 5. 5/1 true
// 3/0 <nil> false
// abc <nil> false
// 1/-2 <nil> false
//  <nil> false
// 2E2 200/1 true
// 0x10/3 16/3 true
// 1_000 1000/1 true
// 12/16 3/4 true
// 0 -1 3 -0 7|0.3 -0.7 2.5 -0.0 7.0|0.33 -0.67 2.50 -0.00 7.00|0.33333 -0.66667 2.50000 -0.00100 7.00000|0.33333333333333333333 -0.66666666666666666667 2.50000000000000000000 -0.00100000000000000000 7.00000000000000000000|
// 0.100 0.1 true
// -2.500 -2.5 true
// 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000 1e+300 true
// 0.000 5e-324 true
// 0.000 0 true
// 0.3333333333333333 false
// 0.6666666666666666 false
// 9304682830147/2329089562800 3.9949871309
// -3/4 5/12
// -3/4 math/big: cannot unmarshal "x" into a *big.Rat
// -5/2 9/1
