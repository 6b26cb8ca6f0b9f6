package main

import (
	"fmt"
	"math/big"
)

var (
	tmp1  = big.NewInt(0)
	tmp2  = big.NewInt(0)
	numer = big.NewInt(1)
	accum = big.NewInt(0)
	denom = big.NewInt(1)
)

func extractDigit() int64 {
	if numer.Cmp(accum) > 0 {
		return -1
	}
	tmp1.Lsh(numer, 1).Add(tmp1, numer).Add(tmp1, accum)
	tmp1.QuoRem(tmp1, denom, tmp2)
	tmp2.Add(tmp2, numer)
	if tmp2.Cmp(denom) >= 0 {
		return -1
	}
	return tmp1.Int64()
}

func nextTerm(k int64) {
	y2 := k*2 + 1
	accum.Add(accum, tmp1.Lsh(numer, 1))
	accum.Mul(accum, tmp1.SetInt64(y2))
	numer.Mul(numer, tmp1.SetInt64(k))
	denom.Mul(denom, tmp1.SetInt64(y2))
}

func eliminateDigit(d int64) {
	accum.Sub(accum, tmp1.Mul(denom, tmp1.SetInt64(d)))
	accum.Mul(accum, tmp1.SetInt64(10))
	numer.Mul(numer, tmp1.SetInt64(10))
}

func main() {
	n := 300
	i := 0
	k := int64(0)
	line := make([]byte, 0, 10)
	for {
		d := int64(-1)
		for d < 0 {
			k++
			nextTerm(k)
			d = extractDigit()
		}
		line = append(line, byte(d)+'0')
		i++
		if len(line) == 10 {
			fmt.Printf("%s\t:%d\n", line, i)
			line = line[:0]
		}
		if i >= n {
			break
		}
		eliminateDigit(d)
	}
}

// Output:
// 3141592653	:10
// 5897932384	:20
// 6264338327	:30
// 9502884197	:40
// 1693993751	:50
// 0582097494	:60
// 4592307816	:70
// 4062862089	:80
// 9862803482	:90
// 5342117067	:100
// 9821480865	:110
// 1328230664	:120
// 7093844609	:130
// 5505822317	:140
// 2535940812	:150
// 8481117450	:160
// 2841027019	:170
// 3852110555	:180
// 9644622948	:190
// 9549303819	:200
// 6442881097	:210
// 5665933446	:220
// 1284756482	:230
// 3378678316	:240
// 5271201909	:250
// 1456485669	:260
// 2346034861	:270
// 0454326648	:280
// 2133936072	:290
// 6024914127	:300
