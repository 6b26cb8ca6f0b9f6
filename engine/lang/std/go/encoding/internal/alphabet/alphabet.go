// Package alphabet holds what encoding/base32 and encoding/base64 share (gort's own: Go repeats
// it in both): an alphabet's decode map and WithPadding's checks on a padding character.
// Internal: only encoding/... may import it, as Go's rule for internal packages says.
package alphabet

// DecodeMap sets m[c] to the index of byte c in encoder, and every other entry to 0xFF
// (not in the alphabet).
func DecodeMap(m *[256]byte, encoder string) {
	for i := range m {
		m[i] = 0xFF
	}
	for i := 0; i < len(encoder); i++ {
		m[encoder[i]] = byte(i)
	}
}

// PaddingError is the text WithPadding panics with for padding over alphabet encode ("" when
// it is fine). The caller panics, so Go's traceback names WithPadding.
func PaddingError(encode []byte, padding rune) string {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		return "invalid padding"
	}
	for i := 0; i < len(encode); i++ {
		if rune(encode[i]) == padding {
			return "padding contained in alphabet"
		}
	}
	return ""
}
