// Unicode in source: non-ASCII identifiers (types, methods, variables), emoji in strings and
// comments, \u escapes, %q/%+q of non-ASCII.
package main

import "fmt"

type Größe struct{ Wert float64 }

func (g Größe) String() string { return fmt.Sprintf("%.1f m²", g.Wert) }

func main() {
	π := 3.14159
	日本 := "Japan"
	var ñ = []string{"año", "niño"}
	fmt.Println(π, 日本, ñ, Größe{2.5})
	// comment with emoji 🎉 and a tab	here
	s := "emoji 🎉 and \u2318"
	fmt.Println(len(s), []rune(s)[6] == '🎉', s)
	/* block
	   comment */
	fmt.Printf("%q %+q\n", "🎉", "é")
}

// Output:
// 3.14159 Japan [año niño] 2.5 m²
// 18 true emoji 🎉 and ⌘
// "🎉" "\u00e9"
