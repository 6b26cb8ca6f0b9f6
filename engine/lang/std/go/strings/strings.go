// Package strings. The body-less functions are natives (engine/stdlib/strings_natives.cpp);
// Go 1.24's iterator functions (Lines, SplitSeq, SplitAfterSeq, FieldsSeq, FieldsFuncSeq) are
// written here after Go's strings/iter.go (BSD licence, The Go Authors). isSpace stands in
// for unicode.IsSpace so that importing strings does not cost unicode's tables.
package strings

import (
	"iter"
	"unicode/utf8"
)

type Builder struct{ buf []byte }

func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Cap() int
func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func LastIndexAny(s, chars string) int
func SplitAfterN(s, sep string, n int) []string
func Clone(s string) string
func ToValidUTF8(s, replacement string) string

type Replacer struct{ oldnew []string }

func NewReplacer(oldnew ...string) *Replacer
func (r *Replacer) Replace(s string) string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func LastIndex(s, substr string) int
func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func Fields(s string) []string
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func ToUpper(s string) string
func ToLower(s string) string
func Title(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Compare(a, b string) int
func Cut(s, sep string) (before, after string, found bool)
func Map(mapping func(rune) rune, s string) string
func IndexAny(s, chars string) int
func IndexFunc(s string, f func(rune) bool) int
func LastIndexFunc(s string, f func(rune) bool) int
func LastIndexByte(s string, c byte) int
func FieldsFunc(s string, f func(rune) bool) []string
func TrimFunc(s string, f func(rune) bool) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimRightFunc(s string, f func(rune) bool) string
func ToTitle(s string) string
func SplitAfter(s, sep string) []string

type Reader struct {
	s string
	i int64
}

func NewReader(s string) *Reader
func (r *Reader) Len() int
func (r *Reader) Size() int64
func (r *Reader) Read(b []byte) (n int, err error)
func (r *Reader) ReadByte() (byte, error)
func (r *Reader) ReadRune() (ch rune, size int, err error)
func (r *Reader) Reset(s string)
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)
func (r *Reader) Seek(offset int64, whence int) (int64, error)
func (r *Reader) UnreadByte() error

// Lines returns an iterator over the newline-terminated lines in the string s. The lines
// yielded by the iterator include their terminating newlines. If s is empty, the iterator
// yields no lines at all. If s does not end in a newline, the final yielded line will not end
// in a newline.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			var line string
			if i := IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, ""
			}
			if !yield(line) {
				return
			}
		}
	}
}

// explodeSeq returns an iterator over the runes in s.
func explodeSeq(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			_, size := utf8.DecodeRuneInString(s)
			if !yield(s[:size]) {
				return
			}
			s = s[size:]
		}
	}
}

// splitSeq is SplitSeq or SplitAfterSeq, configured by how many bytes of sep to include in
// the results (none or all).
func splitSeq(s, sep string, sepSave int) iter.Seq[string] {
	if len(sep) == 0 {
		return explodeSeq(s)
	}
	return func(yield func(string) bool) {
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			frag := s[:i+sepSave]
			if !yield(frag) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s)
	}
}

// SplitSeq returns an iterator over all substrings of s separated by sep. The iterator yields
// the same strings that would be returned by Split(s, sep), but without constructing the slice.
func SplitSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, 0)
}

// SplitAfterSeq returns an iterator over substrings of s split after each instance of sep.
func SplitAfterSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, len(sep))
}

// isSpace reports whether r is a white space character as unicode.IsSpace defines it.
func isSpace(r rune) bool {
	if r <= 0xFF {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	if 0x2000 <= r && r <= 0x200a {
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

// FieldsSeq returns an iterator over substrings of s split around runs of whitespace
// characters, as defined by unicode.IsSpace. The iterator yields the same strings that would
// be returned by Fields(s), but without constructing the slice.
func FieldsSeq(s string) iter.Seq[string] {
	return FieldsFuncSeq(s, isSpace)
}

// FieldsFuncSeq returns an iterator over substrings of s split around runs of Unicode code
// points satisfying f(c). The iterator yields the same strings that would be returned by
// FieldsFunc(s), but without constructing the slice.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			size := 1
			r := rune(s[i])
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}
