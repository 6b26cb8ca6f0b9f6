// Package base32: RFC 4648 base32 encodings (the standard and the "extended hex" alphabets,
// padded or not), with Go's API, its decoding rules (newlines ignored, padding checked) and its
// CorruptInputError offsets.
package base32

import (
	"encoding/internal/alphabet"
	"io"
	"strconv"
)

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

// An Encoding is a radix 32 encoding/decoding scheme defined by a 32-character alphabet.
type Encoding struct {
	encode    [32]byte
	decodeMap [256]byte
	padChar   rune
}

const (
	encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	encodeHex = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
)

// NewEncoding returns a padded Encoding defined by the given 32-byte alphabet.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 32 {
		panic("encoding alphabet is not 32-bytes long")
	}
	e := new(Encoding)
	e.padChar = StdPadding
	copy(e.encode[:], encoder)
	alphabet.DecodeMap(&e.decodeMap, encoder)
	return e
}

var (
	StdEncoding = NewEncoding(encodeStd)
	HexEncoding = NewEncoding(encodeHex)
)

// WithPadding returns a copy of enc using padding (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if msg := alphabet.PaddingError(enc.encode[:], padding); msg != "" {
		panic(msg)
	}
	enc.padChar = padding
	return &enc
}

// EncodedLen returns the length in bytes of the encoding of n source bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 4) / 5
	}
	return (n + 4) / 5 * 8
}

// DecodedLen returns the maximum length in bytes of the decoding of n encoded bytes.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 5 / 8
	}
	return n / 8 * 5
}

// Encode writes the encoding of src to dst, EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	for len(src) > 0 {
		var b [8]byte
		switch len(src) {
		default:
			b[7] = src[4] & 0x1F
			b[6] = src[4] >> 5
			fallthrough
		case 4:
			b[6] |= (src[3] << 3) & 0x1F
			b[5] = (src[3] >> 2) & 0x1F
			b[4] = src[3] >> 7
			fallthrough
		case 3:
			b[4] |= (src[2] << 1) & 0x1F
			b[3] = (src[2] >> 4) & 0x1F
			fallthrough
		case 2:
			b[3] |= (src[1] << 4) & 0x1F
			b[2] = (src[1] >> 1) & 0x1F
			b[1] = (src[1] >> 6) & 0x1F
			fallthrough
		case 1:
			b[1] |= (src[0] << 2) & 0x1F
			b[0] = src[0] >> 3
		}
		size := len(dst)
		if size >= 8 {
			for i := 0; i < 8; i++ {
				dst[i] = enc.encode[b[i]&31]
			}
		} else {
			for i := 0; i < size; i++ {
				dst[i] = enc.encode[b[i]&31]
			}
		}
		if len(src) < 5 {
			// the last, partial quantum: 2, 4, 5 or 7 characters, then padding
			used := [5]int{0, 2, 4, 5, 7}[len(src)]
			if enc.padChar != NoPadding {
				for i := used; i < 8; i++ {
					dst[i] = byte(enc.padChar)
				}
			}
			break
		}
		src = src[5:]
		dst = dst[8:]
	}
}

// EncodeToString returns the base32 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// CorruptInputError is the offset of the first byte of the input that is not valid base32.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base32 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// decode decodes src (newlines already removed) into dst; olen is the length of the input the
// offsets refer to.
func (enc *Encoding) decode(dst, src []byte) (n int, end bool, err error) {
	olen := len(src)
	for len(src) > 0 && !end {
		var dbuf [8]byte
		dlen := 8
		for j := 0; j < 8; {
			if len(src) == 0 {
				if enc.padChar != NoPadding {
					return n, false, CorruptInputError(olen - len(src) - j)
				}
				dlen, end = j, true
				break
			}
			in := src[0]
			src = src[1:]
			if rune(in) == enc.padChar && j >= 2 && len(src) < 8 {
				// padding: only at the end, and as many as the quantum needs
				if len(src)+j < 8-1 {
					return n, false, CorruptInputError(olen)
				}
				for k := 0; k < 8-1-j; k++ {
					if len(src) > k && rune(src[k]) != enc.padChar {
						return n, false, CorruptInputError(olen - len(src) + k - 1)
					}
				}
				dlen, end = j, true
				// 7, 5 and 2 are not valid padding lengths, so 1, 3 and 6 are not valid dlen values
				if dlen == 1 || dlen == 3 || dlen == 6 {
					return n, false, CorruptInputError(olen - len(src) - 1)
				}
				break
			}
			dbuf[j] = enc.decodeMap[in]
			if dbuf[j] == 0xFF {
				return n, false, CorruptInputError(olen - len(src) - 1)
			}
			j++
		}
		// pack 8 × 5 bits into 5 bytes
		switch dlen {
		case 8:
			dst[4] = dbuf[6]<<5 | dbuf[7]
			n++
			fallthrough
		case 7:
			dst[3] = dbuf[4]<<7 | dbuf[5]<<2 | dbuf[6]>>3
			n++
			fallthrough
		case 5:
			dst[2] = dbuf[3]<<4 | dbuf[4]>>1
			n++
			fallthrough
		case 4:
			dst[1] = dbuf[1]<<6 | dbuf[2]<<1 | dbuf[3]>>4
			n++
			fallthrough
		case 2:
			dst[0] = dbuf[0]<<3 | dbuf[1]>>2
			n++
		}
		if len(dst) >= 5 {
			dst = dst[5:]
		}
	}
	return n, end, nil
}

func stripNewlines(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for _, c := range src {
		if c != '\r' && c != '\n' {
			out = append(out, c)
		}
	}
	return out
}

// Decode decodes src into dst, DecodedLen(len(src)) bytes at most; newlines are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	buf := make([]byte, enc.DecodedLen(len(src))+5)
	n, _, err = enc.decode(buf, stripNewlines(src))
	copy(dst, buf[:n])
	return n, err
}

// DecodeString returns the bytes represented by the base32 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	src := stripNewlines([]byte(s))
	buf := make([]byte, enc.DecodedLen(len(src))+5)
	n, _, err := enc.decode(buf, src)
	return buf[:n], err
}

type encoder struct {
	enc    *Encoding
	w      io.Writer
	buf    []byte
	err    error
	closed bool
}

// NewEncoder returns a stream encoder; Close flushes the last partial quantum.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser { return &encoder{enc: enc, w: w} }

func (e *encoder) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	e.buf = append(e.buf, p...)
	whole := len(e.buf) / 5 * 5
	if whole > 0 {
		out := make([]byte, e.enc.EncodedLen(whole))
		e.enc.Encode(out, e.buf[:whole])
		if _, e.err = e.w.Write(out); e.err != nil {
			return 0, e.err
		}
		e.buf = append([]byte(nil), e.buf[whole:]...)
	}
	return len(p), nil
}

func (e *encoder) Close() error {
	if e.err == nil && len(e.buf) > 0 {
		out := make([]byte, e.enc.EncodedLen(len(e.buf)))
		e.enc.Encode(out, e.buf)
		_, e.err = e.w.Write(out)
		e.buf = nil
	}
	return e.err
}

type decoder struct {
	enc  *Encoding
	r    io.Reader
	out  []byte
	err  error
	done bool
}

// NewDecoder returns a stream decoder reading base32 from r.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader { return &decoder{enc: enc, r: r} }

func (d *decoder) Read(p []byte) (int, error) {
	if len(d.out) == 0 && !d.done {
		// base32 carries no framing, so the whole input is read and decoded once
		all, err := io.ReadAll(d.r)
		d.done = true
		if err != nil {
			d.err = err
		} else {
			d.out, d.err = d.enc.DecodeString(string(all))
		}
	}
	if len(d.out) > 0 {
		n := copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	return 0, io.EOF
}
