// Package rand (crypto/rand): random bytes for a program run in gort. A playground has no
// entropy source to offer, so the bytes come from a SplitMix64 generator seeded from the clock
// (the fake clock too, which makes a --faketime run repeatable): fine for tokens, IDs and
// shuffles in examples, not for real secrets. Int and Prime need math/big and live in big.go.
package rand

import (
	"io"
	"sync"
	"time"
)

type reader struct {
	mu     sync.Mutex
	state  uint64
	seeded bool
}

// Reader is the shared source of random bytes; its Read never fails.
var Reader io.Reader = &reader{}

func (r *reader) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *reader) Read(b []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.seeded {
		r.state = uint64(time.Now().UnixNano())
		r.seeded = true
	}
	for i := 0; i < len(b); i += 8 {
		v := r.next()
		for j := i; j < i+8 && j < len(b); j++ {
			b[j] = byte(v)
			v >>= 8
		}
	}
	return len(b), nil
}

// Read fills b with random bytes; it always returns len(b), nil.
func Read(b []byte) (n int, err error) { return io.ReadFull(Reader, b) }

// Text returns 26 random characters of the standard base32 alphabet (Go 1.24).
func Text() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	src := make([]byte, 26)
	Read(src)
	for i := range src {
		src[i] = alphabet[src[i]%32]
	}
	return string(src)
}
