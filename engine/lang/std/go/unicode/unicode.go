// Package unicode provides data and functions to test some properties of Unicode code points.
// Written for gort after Go 1.19's src/unicode (letter.go, graphic.go; BSD licence, The Go
// Authors). The Is* predicates and case mappings are natives (engine/stdlib/unicode_natives.cpp);
// every RangeTable of Go's package (categories, scripts, properties, fold tables) is built at
// init from data generated from Go 1.19 (engine/stdlib/tools/gen_unicode.go writes both that
// data and this file's generated section).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or
// more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower marks a CaseRange of alternating upper and lower case pairs.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsControl(r rune) bool
func IsMark(r rune) bool
func IsSymbol(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// tableData returns table id's ranges as lo, hi, stride triples (its R16 ranges first), the
// number of R16 ranges and its LatinOffset.
func tableData(id int) (triples []int, n16 int, latinOffset int)

func tableAt(id int) *RangeTable {
	d, n16, latin := tableData(id)
	t := &RangeTable{LatinOffset: latin}
	if n16 > 0 {
		t.R16 = make([]Range16, n16)
		for i := range t.R16 {
			t.R16[i] = Range16{uint16(d[3*i]), uint16(d[3*i+1]), uint16(d[3*i+2])}
		}
	}
	if n32 := len(d)/3 - n16; n32 > 0 {
		t.R32 = make([]Range32, n32)
		for i := range t.R32 {
			j := 3 * (n16 + i)
			t.R32[i] = Range32{uint32(d[j]), uint32(d[j+1]), uint32(d[j+2])}
		}
	}
	return t
}

// linearMax is the maximum size table for linear search for non-Latin1 rune.
const linearMax = 18

// is16 reports whether r is in the sorted slice of 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := &ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted slice of 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compare as uint32 to correctly handle negative runes.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// Aliases Go's tables.go defines beside the category names.
var (
	Digit  = _Nd
	Letter = _L
	Lower  = _Ll
	Mark   = _M
	Number = _N
	Other  = _C
	Punct  = _P
	Space  = _Z
	Symbol = _S
	Title  = _Lt
	Upper  = _Lu
)

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// BEGIN GENERATED by engine/stdlib/tools/gen_unicode.go — do not edit this section.
var (
	_C = tableAt(0)
	_Cc = tableAt(1)
	_Cf = tableAt(2)
	_Co = tableAt(3)
	_Cs = tableAt(4)
	_L = tableAt(5)
	_Ll = tableAt(6)
	_Lm = tableAt(7)
	_Lo = tableAt(8)
	_Lt = tableAt(9)
	_Lu = tableAt(10)
	_M = tableAt(11)
	_Mc = tableAt(12)
	_Me = tableAt(13)
	_Mn = tableAt(14)
	_N = tableAt(15)
	_Nd = tableAt(16)
	_Nl = tableAt(17)
	_No = tableAt(18)
	_P = tableAt(19)
	_Pc = tableAt(20)
	_Pd = tableAt(21)
	_Pe = tableAt(22)
	_Pf = tableAt(23)
	_Pi = tableAt(24)
	_Po = tableAt(25)
	_Ps = tableAt(26)
	_S = tableAt(27)
	_Sc = tableAt(28)
	_Sk = tableAt(29)
	_Sm = tableAt(30)
	_So = tableAt(31)
	_Z = tableAt(32)
	_Zl = tableAt(33)
	_Zp = tableAt(34)
	_Zs = tableAt(35)
	_Adlam = tableAt(36)
	_Ahom = tableAt(37)
	_Anatolian_Hieroglyphs = tableAt(38)
	_Arabic = tableAt(39)
	_Armenian = tableAt(40)
	_Avestan = tableAt(41)
	_Balinese = tableAt(42)
	_Bamum = tableAt(43)
	_Bassa_Vah = tableAt(44)
	_Batak = tableAt(45)
	_Bengali = tableAt(46)
	_Bhaiksuki = tableAt(47)
	_Bopomofo = tableAt(48)
	_Brahmi = tableAt(49)
	_Braille = tableAt(50)
	_Buginese = tableAt(51)
	_Buhid = tableAt(52)
	_Canadian_Aboriginal = tableAt(53)
	_Carian = tableAt(54)
	_Caucasian_Albanian = tableAt(55)
	_Chakma = tableAt(56)
	_Cham = tableAt(57)
	_Cherokee = tableAt(58)
	_Chorasmian = tableAt(59)
	_Common = tableAt(60)
	_Coptic = tableAt(61)
	_Cuneiform = tableAt(62)
	_Cypriot = tableAt(63)
	_Cyrillic = tableAt(64)
	_Deseret = tableAt(65)
	_Devanagari = tableAt(66)
	_Dives_Akuru = tableAt(67)
	_Dogra = tableAt(68)
	_Duployan = tableAt(69)
	_Egyptian_Hieroglyphs = tableAt(70)
	_Elbasan = tableAt(71)
	_Elymaic = tableAt(72)
	_Ethiopic = tableAt(73)
	_Georgian = tableAt(74)
	_Glagolitic = tableAt(75)
	_Gothic = tableAt(76)
	_Grantha = tableAt(77)
	_Greek = tableAt(78)
	_Gujarati = tableAt(79)
	_Gunjala_Gondi = tableAt(80)
	_Gurmukhi = tableAt(81)
	_Han = tableAt(82)
	_Hangul = tableAt(83)
	_Hanifi_Rohingya = tableAt(84)
	_Hanunoo = tableAt(85)
	_Hatran = tableAt(86)
	_Hebrew = tableAt(87)
	_Hiragana = tableAt(88)
	_Imperial_Aramaic = tableAt(89)
	_Inherited = tableAt(90)
	_Inscriptional_Pahlavi = tableAt(91)
	_Inscriptional_Parthian = tableAt(92)
	_Javanese = tableAt(93)
	_Kaithi = tableAt(94)
	_Kannada = tableAt(95)
	_Katakana = tableAt(96)
	_Kayah_Li = tableAt(97)
	_Kharoshthi = tableAt(98)
	_Khitan_Small_Script = tableAt(99)
	_Khmer = tableAt(100)
	_Khojki = tableAt(101)
	_Khudawadi = tableAt(102)
	_Lao = tableAt(103)
	_Latin = tableAt(104)
	_Lepcha = tableAt(105)
	_Limbu = tableAt(106)
	_Linear_A = tableAt(107)
	_Linear_B = tableAt(108)
	_Lisu = tableAt(109)
	_Lycian = tableAt(110)
	_Lydian = tableAt(111)
	_Mahajani = tableAt(112)
	_Makasar = tableAt(113)
	_Malayalam = tableAt(114)
	_Mandaic = tableAt(115)
	_Manichaean = tableAt(116)
	_Marchen = tableAt(117)
	_Masaram_Gondi = tableAt(118)
	_Medefaidrin = tableAt(119)
	_Meetei_Mayek = tableAt(120)
	_Mende_Kikakui = tableAt(121)
	_Meroitic_Cursive = tableAt(122)
	_Meroitic_Hieroglyphs = tableAt(123)
	_Miao = tableAt(124)
	_Modi = tableAt(125)
	_Mongolian = tableAt(126)
	_Mro = tableAt(127)
	_Multani = tableAt(128)
	_Myanmar = tableAt(129)
	_Nabataean = tableAt(130)
	_Nandinagari = tableAt(131)
	_New_Tai_Lue = tableAt(132)
	_Newa = tableAt(133)
	_Nko = tableAt(134)
	_Nushu = tableAt(135)
	_Nyiakeng_Puachue_Hmong = tableAt(136)
	_Ogham = tableAt(137)
	_Ol_Chiki = tableAt(138)
	_Old_Hungarian = tableAt(139)
	_Old_Italic = tableAt(140)
	_Old_North_Arabian = tableAt(141)
	_Old_Permic = tableAt(142)
	_Old_Persian = tableAt(143)
	_Old_Sogdian = tableAt(144)
	_Old_South_Arabian = tableAt(145)
	_Old_Turkic = tableAt(146)
	_Oriya = tableAt(147)
	_Osage = tableAt(148)
	_Osmanya = tableAt(149)
	_Pahawh_Hmong = tableAt(150)
	_Palmyrene = tableAt(151)
	_Pau_Cin_Hau = tableAt(152)
	_Phags_Pa = tableAt(153)
	_Phoenician = tableAt(154)
	_Psalter_Pahlavi = tableAt(155)
	_Rejang = tableAt(156)
	_Runic = tableAt(157)
	_Samaritan = tableAt(158)
	_Saurashtra = tableAt(159)
	_Sharada = tableAt(160)
	_Shavian = tableAt(161)
	_Siddham = tableAt(162)
	_SignWriting = tableAt(163)
	_Sinhala = tableAt(164)
	_Sogdian = tableAt(165)
	_Sora_Sompeng = tableAt(166)
	_Soyombo = tableAt(167)
	_Sundanese = tableAt(168)
	_Syloti_Nagri = tableAt(169)
	_Syriac = tableAt(170)
	_Tagalog = tableAt(171)
	_Tagbanwa = tableAt(172)
	_Tai_Le = tableAt(173)
	_Tai_Tham = tableAt(174)
	_Tai_Viet = tableAt(175)
	_Takri = tableAt(176)
	_Tamil = tableAt(177)
	_Tangut = tableAt(178)
	_Telugu = tableAt(179)
	_Thaana = tableAt(180)
	_Thai = tableAt(181)
	_Tibetan = tableAt(182)
	_Tifinagh = tableAt(183)
	_Tirhuta = tableAt(184)
	_Ugaritic = tableAt(185)
	_Vai = tableAt(186)
	_Wancho = tableAt(187)
	_Warang_Citi = tableAt(188)
	_Yezidi = tableAt(189)
	_Yi = tableAt(190)
	_Zanabazar_Square = tableAt(191)
	_ASCII_Hex_Digit = tableAt(192)
	_Bidi_Control = tableAt(193)
	_Dash = tableAt(194)
	_Deprecated = tableAt(195)
	_Diacritic = tableAt(196)
	_Extender = tableAt(197)
	_Hex_Digit = tableAt(198)
	_Hyphen = tableAt(199)
	_IDS_Binary_Operator = tableAt(200)
	_IDS_Trinary_Operator = tableAt(201)
	_Ideographic = tableAt(202)
	_Join_Control = tableAt(203)
	_Logical_Order_Exception = tableAt(204)
	_Noncharacter_Code_Point = tableAt(205)
	_Other_Alphabetic = tableAt(206)
	_Other_Default_Ignorable_Code_Point = tableAt(207)
	_Other_Grapheme_Extend = tableAt(208)
	_Other_ID_Continue = tableAt(209)
	_Other_ID_Start = tableAt(210)
	_Other_Lowercase = tableAt(211)
	_Other_Math = tableAt(212)
	_Other_Uppercase = tableAt(213)
	_Pattern_Syntax = tableAt(214)
	_Pattern_White_Space = tableAt(215)
	_Prepended_Concatenation_Mark = tableAt(216)
	_Quotation_Mark = tableAt(217)
	_Radical = tableAt(218)
	_Regional_Indicator = tableAt(219)
	_STerm = tableAt(220)
	_Soft_Dotted = tableAt(221)
	_Terminal_Punctuation = tableAt(222)
	_Unified_Ideograph = tableAt(223)
	_Variation_Selector = tableAt(224)
	_White_Space = tableAt(225)
	foldL = tableAt(226)
	foldLl = tableAt(227)
	foldLt = tableAt(228)
	foldLu = tableAt(229)
	foldM = tableAt(230)
	foldMn = tableAt(231)
	foldCommon = tableAt(232)
	foldGreek = tableAt(233)
	foldInherited = tableAt(234)
)

var (
	C = _C
	Cc = _Cc
	Cf = _Cf
	Co = _Co
	Cs = _Cs
	L = _L
	Ll = _Ll
	Lm = _Lm
	Lo = _Lo
	Lt = _Lt
	Lu = _Lu
	M = _M
	Mc = _Mc
	Me = _Me
	Mn = _Mn
	N = _N
	Nd = _Nd
	Nl = _Nl
	No = _No
	P = _P
	Pc = _Pc
	Pd = _Pd
	Pe = _Pe
	Pf = _Pf
	Pi = _Pi
	Po = _Po
	Ps = _Ps
	S = _S
	Sc = _Sc
	Sk = _Sk
	Sm = _Sm
	So = _So
	Z = _Z
	Zl = _Zl
	Zp = _Zp
	Zs = _Zs
	Adlam = _Adlam
	Ahom = _Ahom
	Anatolian_Hieroglyphs = _Anatolian_Hieroglyphs
	Arabic = _Arabic
	Armenian = _Armenian
	Avestan = _Avestan
	Balinese = _Balinese
	Bamum = _Bamum
	Bassa_Vah = _Bassa_Vah
	Batak = _Batak
	Bengali = _Bengali
	Bhaiksuki = _Bhaiksuki
	Bopomofo = _Bopomofo
	Brahmi = _Brahmi
	Braille = _Braille
	Buginese = _Buginese
	Buhid = _Buhid
	Canadian_Aboriginal = _Canadian_Aboriginal
	Carian = _Carian
	Caucasian_Albanian = _Caucasian_Albanian
	Chakma = _Chakma
	Cham = _Cham
	Cherokee = _Cherokee
	Chorasmian = _Chorasmian
	Common = _Common
	Coptic = _Coptic
	Cuneiform = _Cuneiform
	Cypriot = _Cypriot
	Cyrillic = _Cyrillic
	Deseret = _Deseret
	Devanagari = _Devanagari
	Dives_Akuru = _Dives_Akuru
	Dogra = _Dogra
	Duployan = _Duployan
	Egyptian_Hieroglyphs = _Egyptian_Hieroglyphs
	Elbasan = _Elbasan
	Elymaic = _Elymaic
	Ethiopic = _Ethiopic
	Georgian = _Georgian
	Glagolitic = _Glagolitic
	Gothic = _Gothic
	Grantha = _Grantha
	Greek = _Greek
	Gujarati = _Gujarati
	Gunjala_Gondi = _Gunjala_Gondi
	Gurmukhi = _Gurmukhi
	Han = _Han
	Hangul = _Hangul
	Hanifi_Rohingya = _Hanifi_Rohingya
	Hanunoo = _Hanunoo
	Hatran = _Hatran
	Hebrew = _Hebrew
	Hiragana = _Hiragana
	Imperial_Aramaic = _Imperial_Aramaic
	Inherited = _Inherited
	Inscriptional_Pahlavi = _Inscriptional_Pahlavi
	Inscriptional_Parthian = _Inscriptional_Parthian
	Javanese = _Javanese
	Kaithi = _Kaithi
	Kannada = _Kannada
	Katakana = _Katakana
	Kayah_Li = _Kayah_Li
	Kharoshthi = _Kharoshthi
	Khitan_Small_Script = _Khitan_Small_Script
	Khmer = _Khmer
	Khojki = _Khojki
	Khudawadi = _Khudawadi
	Lao = _Lao
	Latin = _Latin
	Lepcha = _Lepcha
	Limbu = _Limbu
	Linear_A = _Linear_A
	Linear_B = _Linear_B
	Lisu = _Lisu
	Lycian = _Lycian
	Lydian = _Lydian
	Mahajani = _Mahajani
	Makasar = _Makasar
	Malayalam = _Malayalam
	Mandaic = _Mandaic
	Manichaean = _Manichaean
	Marchen = _Marchen
	Masaram_Gondi = _Masaram_Gondi
	Medefaidrin = _Medefaidrin
	Meetei_Mayek = _Meetei_Mayek
	Mende_Kikakui = _Mende_Kikakui
	Meroitic_Cursive = _Meroitic_Cursive
	Meroitic_Hieroglyphs = _Meroitic_Hieroglyphs
	Miao = _Miao
	Modi = _Modi
	Mongolian = _Mongolian
	Mro = _Mro
	Multani = _Multani
	Myanmar = _Myanmar
	Nabataean = _Nabataean
	Nandinagari = _Nandinagari
	New_Tai_Lue = _New_Tai_Lue
	Newa = _Newa
	Nko = _Nko
	Nushu = _Nushu
	Nyiakeng_Puachue_Hmong = _Nyiakeng_Puachue_Hmong
	Ogham = _Ogham
	Ol_Chiki = _Ol_Chiki
	Old_Hungarian = _Old_Hungarian
	Old_Italic = _Old_Italic
	Old_North_Arabian = _Old_North_Arabian
	Old_Permic = _Old_Permic
	Old_Persian = _Old_Persian
	Old_Sogdian = _Old_Sogdian
	Old_South_Arabian = _Old_South_Arabian
	Old_Turkic = _Old_Turkic
	Oriya = _Oriya
	Osage = _Osage
	Osmanya = _Osmanya
	Pahawh_Hmong = _Pahawh_Hmong
	Palmyrene = _Palmyrene
	Pau_Cin_Hau = _Pau_Cin_Hau
	Phags_Pa = _Phags_Pa
	Phoenician = _Phoenician
	Psalter_Pahlavi = _Psalter_Pahlavi
	Rejang = _Rejang
	Runic = _Runic
	Samaritan = _Samaritan
	Saurashtra = _Saurashtra
	Sharada = _Sharada
	Shavian = _Shavian
	Siddham = _Siddham
	SignWriting = _SignWriting
	Sinhala = _Sinhala
	Sogdian = _Sogdian
	Sora_Sompeng = _Sora_Sompeng
	Soyombo = _Soyombo
	Sundanese = _Sundanese
	Syloti_Nagri = _Syloti_Nagri
	Syriac = _Syriac
	Tagalog = _Tagalog
	Tagbanwa = _Tagbanwa
	Tai_Le = _Tai_Le
	Tai_Tham = _Tai_Tham
	Tai_Viet = _Tai_Viet
	Takri = _Takri
	Tamil = _Tamil
	Tangut = _Tangut
	Telugu = _Telugu
	Thaana = _Thaana
	Thai = _Thai
	Tibetan = _Tibetan
	Tifinagh = _Tifinagh
	Tirhuta = _Tirhuta
	Ugaritic = _Ugaritic
	Vai = _Vai
	Wancho = _Wancho
	Warang_Citi = _Warang_Citi
	Yezidi = _Yezidi
	Yi = _Yi
	Zanabazar_Square = _Zanabazar_Square
	ASCII_Hex_Digit = _ASCII_Hex_Digit
	Bidi_Control = _Bidi_Control
	Dash = _Dash
	Deprecated = _Deprecated
	Diacritic = _Diacritic
	Extender = _Extender
	Hex_Digit = _Hex_Digit
	Hyphen = _Hyphen
	IDS_Binary_Operator = _IDS_Binary_Operator
	IDS_Trinary_Operator = _IDS_Trinary_Operator
	Ideographic = _Ideographic
	Join_Control = _Join_Control
	Logical_Order_Exception = _Logical_Order_Exception
	Noncharacter_Code_Point = _Noncharacter_Code_Point
	Other_Alphabetic = _Other_Alphabetic
	Other_Default_Ignorable_Code_Point = _Other_Default_Ignorable_Code_Point
	Other_Grapheme_Extend = _Other_Grapheme_Extend
	Other_ID_Continue = _Other_ID_Continue
	Other_ID_Start = _Other_ID_Start
	Other_Lowercase = _Other_Lowercase
	Other_Math = _Other_Math
	Other_Uppercase = _Other_Uppercase
	Pattern_Syntax = _Pattern_Syntax
	Pattern_White_Space = _Pattern_White_Space
	Prepended_Concatenation_Mark = _Prepended_Concatenation_Mark
	Quotation_Mark = _Quotation_Mark
	Radical = _Radical
	Regional_Indicator = _Regional_Indicator
	STerm = _STerm
	Sentence_Terminal = _STerm
	Soft_Dotted = _Soft_Dotted
	Terminal_Punctuation = _Terminal_Punctuation
	Unified_Ideograph = _Unified_Ideograph
	Variation_Selector = _Variation_Selector
	White_Space = _White_Space
)

var Categories = map[string]*RangeTable{
	"C": C,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L": L,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M": M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N": N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P": P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S": S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z": Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

var Scripts = map[string]*RangeTable{
	"Adlam": Adlam,
	"Ahom": Ahom,
	"Anatolian_Hieroglyphs": Anatolian_Hieroglyphs,
	"Arabic": Arabic,
	"Armenian": Armenian,
	"Avestan": Avestan,
	"Balinese": Balinese,
	"Bamum": Bamum,
	"Bassa_Vah": Bassa_Vah,
	"Batak": Batak,
	"Bengali": Bengali,
	"Bhaiksuki": Bhaiksuki,
	"Bopomofo": Bopomofo,
	"Brahmi": Brahmi,
	"Braille": Braille,
	"Buginese": Buginese,
	"Buhid": Buhid,
	"Canadian_Aboriginal": Canadian_Aboriginal,
	"Carian": Carian,
	"Caucasian_Albanian": Caucasian_Albanian,
	"Chakma": Chakma,
	"Cham": Cham,
	"Cherokee": Cherokee,
	"Chorasmian": Chorasmian,
	"Common": Common,
	"Coptic": Coptic,
	"Cuneiform": Cuneiform,
	"Cypriot": Cypriot,
	"Cyrillic": Cyrillic,
	"Deseret": Deseret,
	"Devanagari": Devanagari,
	"Dives_Akuru": Dives_Akuru,
	"Dogra": Dogra,
	"Duployan": Duployan,
	"Egyptian_Hieroglyphs": Egyptian_Hieroglyphs,
	"Elbasan": Elbasan,
	"Elymaic": Elymaic,
	"Ethiopic": Ethiopic,
	"Georgian": Georgian,
	"Glagolitic": Glagolitic,
	"Gothic": Gothic,
	"Grantha": Grantha,
	"Greek": Greek,
	"Gujarati": Gujarati,
	"Gunjala_Gondi": Gunjala_Gondi,
	"Gurmukhi": Gurmukhi,
	"Han": Han,
	"Hangul": Hangul,
	"Hanifi_Rohingya": Hanifi_Rohingya,
	"Hanunoo": Hanunoo,
	"Hatran": Hatran,
	"Hebrew": Hebrew,
	"Hiragana": Hiragana,
	"Imperial_Aramaic": Imperial_Aramaic,
	"Inherited": Inherited,
	"Inscriptional_Pahlavi": Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese": Javanese,
	"Kaithi": Kaithi,
	"Kannada": Kannada,
	"Katakana": Katakana,
	"Kayah_Li": Kayah_Li,
	"Kharoshthi": Kharoshthi,
	"Khitan_Small_Script": Khitan_Small_Script,
	"Khmer": Khmer,
	"Khojki": Khojki,
	"Khudawadi": Khudawadi,
	"Lao": Lao,
	"Latin": Latin,
	"Lepcha": Lepcha,
	"Limbu": Limbu,
	"Linear_A": Linear_A,
	"Linear_B": Linear_B,
	"Lisu": Lisu,
	"Lycian": Lycian,
	"Lydian": Lydian,
	"Mahajani": Mahajani,
	"Makasar": Makasar,
	"Malayalam": Malayalam,
	"Mandaic": Mandaic,
	"Manichaean": Manichaean,
	"Marchen": Marchen,
	"Masaram_Gondi": Masaram_Gondi,
	"Medefaidrin": Medefaidrin,
	"Meetei_Mayek": Meetei_Mayek,
	"Mende_Kikakui": Mende_Kikakui,
	"Meroitic_Cursive": Meroitic_Cursive,
	"Meroitic_Hieroglyphs": Meroitic_Hieroglyphs,
	"Miao": Miao,
	"Modi": Modi,
	"Mongolian": Mongolian,
	"Mro": Mro,
	"Multani": Multani,
	"Myanmar": Myanmar,
	"Nabataean": Nabataean,
	"Nandinagari": Nandinagari,
	"New_Tai_Lue": New_Tai_Lue,
	"Newa": Newa,
	"Nko": Nko,
	"Nushu": Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham": Ogham,
	"Ol_Chiki": Ol_Chiki,
	"Old_Hungarian": Old_Hungarian,
	"Old_Italic": Old_Italic,
	"Old_North_Arabian": Old_North_Arabian,
	"Old_Permic": Old_Permic,
	"Old_Persian": Old_Persian,
	"Old_Sogdian": Old_Sogdian,
	"Old_South_Arabian": Old_South_Arabian,
	"Old_Turkic": Old_Turkic,
	"Oriya": Oriya,
	"Osage": Osage,
	"Osmanya": Osmanya,
	"Pahawh_Hmong": Pahawh_Hmong,
	"Palmyrene": Palmyrene,
	"Pau_Cin_Hau": Pau_Cin_Hau,
	"Phags_Pa": Phags_Pa,
	"Phoenician": Phoenician,
	"Psalter_Pahlavi": Psalter_Pahlavi,
	"Rejang": Rejang,
	"Runic": Runic,
	"Samaritan": Samaritan,
	"Saurashtra": Saurashtra,
	"Sharada": Sharada,
	"Shavian": Shavian,
	"Siddham": Siddham,
	"SignWriting": SignWriting,
	"Sinhala": Sinhala,
	"Sogdian": Sogdian,
	"Sora_Sompeng": Sora_Sompeng,
	"Soyombo": Soyombo,
	"Sundanese": Sundanese,
	"Syloti_Nagri": Syloti_Nagri,
	"Syriac": Syriac,
	"Tagalog": Tagalog,
	"Tagbanwa": Tagbanwa,
	"Tai_Le": Tai_Le,
	"Tai_Tham": Tai_Tham,
	"Tai_Viet": Tai_Viet,
	"Takri": Takri,
	"Tamil": Tamil,
	"Tangut": Tangut,
	"Telugu": Telugu,
	"Thaana": Thaana,
	"Thai": Thai,
	"Tibetan": Tibetan,
	"Tifinagh": Tifinagh,
	"Tirhuta": Tirhuta,
	"Ugaritic": Ugaritic,
	"Vai": Vai,
	"Wancho": Wancho,
	"Warang_Citi": Warang_Citi,
	"Yezidi": Yezidi,
	"Yi": Yi,
	"Zanabazar_Square": Zanabazar_Square,
}

var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit": ASCII_Hex_Digit,
	"Bidi_Control": Bidi_Control,
	"Dash": Dash,
	"Deprecated": Deprecated,
	"Diacritic": Diacritic,
	"Extender": Extender,
	"Hex_Digit": Hex_Digit,
	"Hyphen": Hyphen,
	"IDS_Binary_Operator": IDS_Binary_Operator,
	"IDS_Trinary_Operator": IDS_Trinary_Operator,
	"Ideographic": Ideographic,
	"Join_Control": Join_Control,
	"Logical_Order_Exception": Logical_Order_Exception,
	"Noncharacter_Code_Point": Noncharacter_Code_Point,
	"Other_Alphabetic": Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend": Other_Grapheme_Extend,
	"Other_ID_Continue": Other_ID_Continue,
	"Other_ID_Start": Other_ID_Start,
	"Other_Lowercase": Other_Lowercase,
	"Other_Math": Other_Math,
	"Other_Uppercase": Other_Uppercase,
	"Pattern_Syntax": Pattern_Syntax,
	"Pattern_White_Space": Pattern_White_Space,
	"Prepended_Concatenation_Mark": Prepended_Concatenation_Mark,
	"Quotation_Mark": Quotation_Mark,
	"Radical": Radical,
	"Regional_Indicator": Regional_Indicator,
	"STerm": STerm,
	"Sentence_Terminal": Sentence_Terminal,
	"Soft_Dotted": Soft_Dotted,
	"Terminal_Punctuation": Terminal_Punctuation,
	"Unified_Ideograph": Unified_Ideograph,
	"Variation_Selector": Variation_Selector,
	"White_Space": White_Space,
}

var FoldCategory = map[string]*RangeTable{
	"L": foldL,
	"Ll": foldLl,
	"Lt": foldLt,
	"Lu": foldLu,
	"M": foldM,
	"Mn": foldMn,
}

var FoldScript = map[string]*RangeTable{
	"Common": foldCommon,
	"Greek": foldGreek,
	"Inherited": foldInherited,
}

// END GENERATED
