// Package bufio. Scanner and Reader are natives (engine/stdlib/bufio_natives.cpp: they share
// the host's stdin buffer and read it as a syscall); Writer, ReadWriter and the errors are Go,
// written for gort after Go's documented behaviour: a Writer holds Size() bytes and writes them
// out whenever a write does not fit, so its output interleaves with direct writes as in Go.
package bufio

import (
	"io"
	"unicode/utf8"
)

const defaultBufSize = 4096

// The errors are the natives' own permanent values (bufioError, as io's ioError), so
// err == bufio.ErrBufferFull holds for errors the native Reader and Scanner return.
var (
	ErrInvalidUnreadByte = bufioError(0)
	ErrInvalidUnreadRune = bufioError(1)
	ErrBufferFull        = bufioError(2)
	ErrNegativeCount     = bufioError(3)
	ErrTooLong           = bufioError(4)
	ErrNegativeAdvance   = bufioError(5)
	ErrAdvanceTooFar     = bufioError(6)
	ErrBadReadCount      = bufioError(7)
	ErrFinalToken        = bufioError(8)
)

// bufioError returns the shared value of the error variable numbered as above.
func bufioError(which int) error

// ---- Scanner (natives) ----

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)

const MaxScanTokenSize = 64 * 1024

type Scanner struct {
	r     any
	split int
	fn    SplitFunc
	max   int
	err   error
}

func NewScanner(r any) *Scanner
func (s *Scanner) Scan() bool
func (s *Scanner) Text() string
func (s *Scanner) Bytes() []byte
func (s *Scanner) Err() error
func (s *Scanner) Split(split SplitFunc)
func (s *Scanner) Buffer(buf []byte, max int)

// ---- Reader (natives) ----

// err is Go's b.err: a read error (not io.EOF) the natives hold until a method returns it.
type Reader struct {
	r   any
	err error
}

func NewReader(rd any) *Reader

// NewReaderSize returns a Reader; gort's native reader reads ahead as much as it needs, so the
// size only matters for Size.
func NewReaderSize(rd any, size int) *Reader { return NewReader(rd) }

func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)
func (b *Reader) ReadRune() (r rune, size int, err error)
func (b *Reader) ReadBytes(delim byte) ([]byte, error)
func (b *Reader) ReadByte() (byte, error)
func (b *Reader) Read(p []byte) (n int, err error)
func (b *Reader) Peek(n int) ([]byte, error)
func (b *Reader) Discard(n int) (discarded int, err error)
func (b *Reader) UnreadByte() error
func (b *Reader) UnreadRune() error
func (b *Reader) Buffered() int
func (b *Reader) ReadSlice(delim byte) (line []byte, err error)
func (b *Reader) Reset(r any)

// Size returns the size of the underlying buffer in bytes.
func (b *Reader) Size() int { return defaultBufSize }

// WriteTo writes everything left in the reader to w.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	buf := make([]byte, defaultBufSize)
	for {
		m, rerr := b.Read(buf)
		if m > 0 {
			k, werr := w.Write(buf[:m])
			n += int64(k)
			if werr != nil {
				return n, werr
			}
		}
		if rerr == io.EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// ---- Writer ----

// Writer buffers writes to an io.Writer. After an error every further write and Flush
// returns that error.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize returns a Writer with a buffer of size bytes (w itself if it already is a
// *Writer that large).
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default size, 4096 bytes.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func (b *Writer) Size() int { return len(b.buf) }

// Reset discards any unflushed data and the error, and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes any buffered data to the underlying io.Writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

func (b *Writer) Available() int          { return len(b.buf) - b.n }
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }
func (b *Writer) Buffered() int           { return b.n }

// Write writes p; a write larger than the free space fills the buffer and flushes it, and one
// that finds the buffer empty goes straight to the underlying writer.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	nn += n
	return nn, nil
}

func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		err = b.WriteByte(byte(r))
		if err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	n := b.Available()
	if n < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		n = b.Available()
		if n < utf8.UTFMax {
			// the buffer is too small for any rune: write it as a string
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		n := copy(b.buf[b.n:], s)
		b.n += n
		nn += n
		s = s[n:]
		b.Flush()
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	nn += n
	return nn, nil
}

// ReadFrom reads r to EOF into the buffer, flushing as it fills.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	for {
		if b.Available() == 0 {
			if err1 := b.Flush(); err1 != nil {
				return n, err1
			}
		}
		nr := 0
		var rerr error
		for nr < 100 {
			var m int
			m, rerr = r.Read(b.buf[b.n:])
			if m != 0 || rerr != nil {
				b.n += m
				n += int64(m)
				break
			}
			nr++
		}
		if nr == 100 {
			return n, io.ErrNoProgress
		}
		if rerr == io.EOF {
			if b.Available() == 0 {
				err = b.Flush()
			}
			return n, err
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// ---- ReadWriter ----

// ReadWriter stores pointers to a Reader and a Writer; it implements io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter allocates a new ReadWriter that dispatches to r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
