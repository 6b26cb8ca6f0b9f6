// Package log for gort: Logger (New, Default, any io.Writer output, prefix, flags) and the
// standard logger's functions, written for gort after Go's documented format — the header
// "2009/11/10 23:00:00 " (Ldate|Ltime, Lmicroseconds, LUTC), "prog.go:12: " (Lshortfile;
// Llongfile's path is gort's "/tmp/prog.go"), the prefix before it or before the message
// (Lmsgprefix), one Write per entry with a newline added when missing.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

// A Logger writes one line per call to its output; it may be used from several goroutines.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

// New makes a Logger writing to out.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default is the standard logger the package-level functions use.
func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	l.out = w
	l.mu.Unlock()
}

func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	l.prefix = prefix
	l.mu.Unlock()
}

func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	l.flag = flag
	l.mu.Unlock()
}

func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// pad appends v in decimal, zero-padded to wid digits.
func pad(b []byte, v, wid int) []byte {
	var d [20]byte
	i := len(d)
	for v >= 10 || wid > 1 {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
		wid--
	}
	i--
	d[i] = byte('0' + v)
	return append(b, d[i:]...)
}

func header(b []byte, prefix string, flag int, t time.Time, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		b = append(b, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			y, m, d := t.Date()
			b = pad(b, y, 4)
			b = append(b, '/')
			b = pad(b, int(m), 2)
			b = append(b, '/')
			b = pad(b, d, 2)
			b = append(b, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			h, m, s := t.Clock()
			b = pad(b, h, 2)
			b = append(b, ':')
			b = pad(b, m, 2)
			b = append(b, ':')
			b = pad(b, s, 2)
			if flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = pad(b, t.Nanosecond()/1e3, 6)
			}
			b = append(b, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		b = append(b, file...)
		b = append(b, ':')
		b = pad(b, line, 1)
		b = append(b, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		b = append(b, prefix...)
	}
	return b
}

// Output writes one entry; calldepth counts the frames up to the caller Lshortfile names
// (1: Output's caller).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	file, line := "???", 0
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		if _, file, line, ok = runtime.Caller(calldepth); !ok {
			file, line = "???", 0
		}
	}
	b := header(nil, l.prefix, l.flag, now, file, line)
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err := l.out.Write(b)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func SetOutput(w io.Writer)                { std.SetOutput(w) }
func Writer() io.Writer                    { return std.Writer() }
func SetFlags(flag int)                    { std.SetFlags(flag) }
func Flags() int                           { return std.Flags() }
func SetPrefix(prefix string)              { std.SetPrefix(prefix) }
func Prefix() string                       { return std.Prefix() }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }
func Print(v ...any)                       { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any)       { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)                     { std.Output(2, fmt.Sprintln(v...)) }
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
