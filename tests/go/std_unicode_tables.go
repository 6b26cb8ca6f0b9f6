// unicode's range tables (every category, script and property of Go 1.19), Is/In/IsOneOf, the
// Categories/Scripts maps, To, and SimpleFold's case orbits (K → k → U+212A → K).
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Greek, 'a'), unicode.In('λ', unicode.Latin, unicode.Greek))
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), len(unicode.FoldCategory), len(unicode.FoldScript))
	fmt.Println(unicode.Latin.R16[:3], unicode.Latin.LatinOffset, unicode.Letter == unicode.L, unicode.Space == unicode.Z)
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.IsOneOf(unicode.GraphicRanges, ' '))
	counts := map[string]int{}
	for name, t := range unicode.Scripts {
		n := 0
		for _, r := range t.R16 {
			n += int(r.Hi-r.Lo)/int(r.Stride) + 1
		}
		for _, r := range t.R32 {
			n += int(r.Hi-r.Lo)/int(r.Stride) + 1
		}
		counts[name] = n
	}
	var names []string
	for name := range counts {
		names = append(names, name)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		total += counts[n]
	}
	fmt.Println(names[:5], counts["Cyrillic"], counts["Han"], total)
	var cats []string
	for name, t := range unicode.Categories {
		if unicode.Is(t, 'ß') {
			cats = append(cats, name)
		}
	}
	sort.Strings(cats)
	fmt.Println(cats, unicode.Is(unicode.White_Space, '\u00a0'), unicode.In('٣', unicode.Nd, unicode.Arabic))
	for _, r := range []rune{'K', 'k', '\u212a', 's', 'S', 'ſ', 'Σ', 'σ', 'ς', '1', -1} {
		fmt.Printf("%U ", unicode.SimpleFold(r))
	}
	fmt.Println()
}

// Output:
// true false true
// 36 156 35 6 3
// [{65 90 1} {97 122 1} {170 186 16}] 5 true true
// 81 453 true
// [Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian] 443 94204 143924
// [L Ll] true true
// U+006B U+212A U+004B U+017F U+0073 U+0053 U+03C2 U+03A3 U+03C3 U+0031 U+FFFFFFFFFFFFFFFF
