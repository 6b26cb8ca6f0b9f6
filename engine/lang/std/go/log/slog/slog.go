// Package slog (log/slog, Go 1.21) for gort: Logger, Attr/Value, levels, the text and JSON
// handlers and the default handler (through package log), written for gort after the
// documented output formats:
//
//	time=2009-11-10T23:00:00.000Z level=INFO msg="hello again" key=val age=25
//	{"time":"2009-11-10T23:00:00Z","level":"INFO","msg":"hello again","key":"val","age":25}
//	2009/11/10 23:00:00 INFO hello again key=val age=25        (the default logger)
//
// Gaps: no source positions (AddSource prints nothing: gort has no caller information); in
// JSON, values other than strings, numbers, booleans, times, durations, errors and groups are
// written as their %+v text in a JSON string (Go marshals them with encoding/json).
package slog

import (
	"context"
	"fmt"
	"io"
	"log"
	"strconv"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// ---- levels

type Level int

const (
	LevelDebug Level = -4
	LevelInfo  Level = 0
	LevelWarn  Level = 4
	LevelError Level = 8
)

func (l Level) Level() Level { return l }

// MarshalText and MarshalJSON give String's text (the handlers write levels so).
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }
func (l Level) MarshalJSON() ([]byte, error) { return strconv.AppendQuote(nil, l.String()), nil }

// String is "INFO", or the nearest named level below with an offset ("WARN+2", "DEBUG-1").
func (l Level) String() string {
	str := func(base string, d Level) string {
		if d == 0 {
			return base
		}
		return fmt.Sprintf("%s%+d", base, d)
	}
	switch {
	case l < LevelInfo:
		return str("DEBUG", l-LevelDebug)
	case l < LevelWarn:
		return str("INFO", l-LevelInfo)
	case l < LevelError:
		return str("WARN", l-LevelWarn)
	default:
		return str("ERROR", l-LevelError)
	}
}

// A Leveler gives a minimum level (a Level, or a LevelVar that can change).
type Leveler interface {
	Level() Level
}

// A LevelVar is a Level that may be changed while loggers use it.
type LevelVar struct {
	mu sync.Mutex
	l  Level
}

func (v *LevelVar) Level() Level {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.l
}
func (v *LevelVar) Set(l Level) {
	v.mu.Lock()
	v.l = l
	v.mu.Unlock()
}
func (v *LevelVar) String() string { return fmt.Sprintf("LevelVar(%s)", v.Level()) }

// ---- values and attributes

type Kind int

const (
	KindAny Kind = iota
	KindBool
	KindDuration
	KindFloat64
	KindInt64
	KindString
	KindTime
	KindUint64
	KindGroup
	KindLogValuer
)

var kindNames = []string{"Any", "Bool", "Duration", "Float64", "Int64", "String", "Time", "Uint64", "Group", "LogValuer"}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "<unknown slog.Kind>"
}

// A Value is a kind and its value.
type Value struct {
	kind Kind
	v    any
}

func StringValue(s string) Value          { return Value{KindString, s} }
func IntValue(i int) Value                { return Value{KindInt64, int64(i)} }
func Int64Value(i int64) Value            { return Value{KindInt64, i} }
func Uint64Value(u uint64) Value          { return Value{KindUint64, u} }
func Float64Value(f float64) Value        { return Value{KindFloat64, f} }
func BoolValue(b bool) Value              { return Value{KindBool, b} }
func DurationValue(d time.Duration) Value { return Value{KindDuration, d} }
func TimeValue(t time.Time) Value         { return Value{KindTime, t} }
func GroupValue(as ...Attr) Value         { return Value{KindGroup, as} }

// AnyValue picks the kind of v's dynamic type (ints of any size are Int64, and so on).
func AnyValue(v any) Value {
	switch x := v.(type) {
	case string:
		return StringValue(x)
	case int:
		return Int64Value(int64(x))
	case int8:
		return Int64Value(int64(x))
	case int16:
		return Int64Value(int64(x))
	case int32:
		return Int64Value(int64(x))
	case int64:
		return Int64Value(x)
	case uint:
		return Uint64Value(uint64(x))
	case uint8:
		return Uint64Value(uint64(x))
	case uint16:
		return Uint64Value(uint64(x))
	case uint32:
		return Uint64Value(uint64(x))
	case uint64:
		return Uint64Value(x)
	case uintptr:
		return Uint64Value(uint64(x))
	case float32:
		return Float64Value(float64(x))
	case float64:
		return Float64Value(x)
	case bool:
		return BoolValue(x)
	case time.Duration:
		return DurationValue(x)
	case time.Time:
		return TimeValue(x)
	case []Attr:
		return GroupValue(x...)
	case Value:
		return x
	case LogValuer:
		return Value{KindLogValuer, x}
	}
	return Value{KindAny, v}
}

func (v Value) Kind() Kind { return v.kind }
func (v Value) Any() any {
	if v.kind == KindGroup {
		return v.v.([]Attr)
	}
	return v.v
}
func (v Value) String() string {
	if s, ok := v.v.(string); ok && v.kind == KindString {
		return s
	}
	return string(appendText(nil, v))
}
func (v Value) Int64() int64            { return v.v.(int64) }
func (v Value) Uint64() uint64          { return v.v.(uint64) }
func (v Value) Float64() float64        { return v.v.(float64) }
func (v Value) Bool() bool              { return v.v.(bool) }
func (v Value) Duration() time.Duration { return v.v.(time.Duration) }
func (v Value) Time() time.Time         { return v.v.(time.Time) }
func (v Value) Group() []Attr           { return v.v.([]Attr) }
func (v Value) LogValuer() LogValuer    { return v.v.(LogValuer) }
func (v Value) Equal(w Value) bool      { return v.kind == w.kind && fmt.Sprint(v.v) == fmt.Sprint(w.v) }

// A LogValuer gives the Value to log in its place.
type LogValuer interface {
	LogValue() Value
}

// Resolve calls LogValue until the value is not a LogValuer.
func (v Value) Resolve() Value {
	for i := 0; i < 100 && v.kind == KindLogValuer; i++ {
		v = v.v.(LogValuer).LogValue()
	}
	return v
}

// An Attr is a key and a value.
type Attr struct {
	Key   string
	Value Value
}

func String(key, value string) Attr             { return Attr{key, StringValue(value)} }
func Int(key string, value int) Attr            { return Attr{key, IntValue(value)} }
func Int64(key string, value int64) Attr        { return Attr{key, Int64Value(value)} }
func Uint64(key string, value uint64) Attr      { return Attr{key, Uint64Value(value)} }
func Float64(key string, value float64) Attr    { return Attr{key, Float64Value(value)} }
func Bool(key string, value bool) Attr          { return Attr{key, BoolValue(value)} }
func Time(key string, value time.Time) Attr     { return Attr{key, TimeValue(value)} }
func Duration(key string, v time.Duration) Attr { return Attr{key, DurationValue(v)} }
func Any(key string, value any) Attr            { return Attr{key, AnyValue(value)} }

// Group is an Attr whose value is the attributes made of args (as Logger.Info's).
func Group(key string, args ...any) Attr { return Attr{key, GroupValue(argsToAttrs(args)...)} }

func (a Attr) String() string    { return a.Key + "=" + a.Value.String() }
func (a Attr) Equal(b Attr) bool { return a.Key == b.Key && a.Value.Equal(b.Value) }

const badKey = "!BADKEY"

// argsToAttrs: a string and the value after it, an Attr as is, anything else under !BADKEY.
func argsToAttrs(args []any) []Attr {
	var out []Attr
	for len(args) > 0 {
		switch x := args[0].(type) {
		case string:
			if len(args) == 1 {
				out = append(out, String(badKey, x))
				args = nil
			} else {
				out = append(out, Any(x, args[1]))
				args = args[2:]
			}
		case Attr:
			out = append(out, x)
			args = args[1:]
		default:
			out = append(out, Any(badKey, x))
			args = args[1:]
		}
	}
	return out
}

// ---- records

// A Record is one log event.
type Record struct {
	Time    time.Time
	Message string
	Level   Level
	PC      uintptr
	attrs   []Attr
}

func NewRecord(t time.Time, level Level, msg string, pc uintptr) Record {
	return Record{Time: t, Message: msg, Level: level, PC: pc}
}
func (r Record) Clone() Record {
	r.attrs = append([]Attr(nil), r.attrs...)
	return r
}
func (r Record) NumAttrs() int { return len(r.attrs) }
func (r Record) Attrs(f func(Attr) bool) {
	for _, a := range r.attrs {
		if !f(a) {
			return
		}
	}
}
func (r *Record) AddAttrs(attrs ...Attr) { r.attrs = append(r.attrs, attrs...) }
func (r *Record) Add(args ...any)        { r.attrs = append(r.attrs, argsToAttrs(args)...) }

// ---- handlers

// A Handler formats records.
type Handler interface {
	Enabled(context.Context, Level) bool
	Handle(context.Context, Record) error
	WithAttrs(attrs []Attr) Handler
	WithGroup(name string) Handler
}

// HandlerOptions configure the text and JSON handlers.
type HandlerOptions struct {
	AddSource   bool
	Level       Leveler
	ReplaceAttr func(groups []string, a Attr) Attr
}

const (
	TimeKey    = "time"
	LevelKey   = "level"
	MessageKey = "msg"
	SourceKey  = "source"
)

// groupOrAttrs: what With/WithGroup added, in order (a group name, or attributes).
type groupOrAttrs struct {
	group string
	attrs []Attr
}

type common struct {
	json bool
	opts HandlerOptions
	goas []groupOrAttrs
	mu   *sync.Mutex
	w    io.Writer
}

func (h *common) enabled(l Level) bool {
	min := LevelInfo
	if h.opts.Level != nil {
		min = h.opts.Level.Level()
	}
	return l >= min
}

func (h *common) withAttrs(as []Attr) *common {
	if len(as) == 0 {
		return h
	}
	c := *h
	c.goas = append(append([]groupOrAttrs(nil), h.goas...), groupOrAttrs{attrs: as})
	return &c
}

func (h *common) withGroup(name string) *common {
	if name == "" {
		return h
	}
	c := *h
	c.goas = append(append([]groupOrAttrs(nil), h.goas...), groupOrAttrs{group: name})
	return &c
}

// state builds one line.
type state struct {
	h      *common
	buf    []byte
	sep    bool     // a separator is due before the next key
	groups []string // open groups (for ReplaceAttr and the text handler's key prefix)
	opened int      // JSON objects opened for groups
}

func (s *state) key(k string) {
	if s.h.json {
		if s.sep {
			s.buf = append(s.buf, ',')
		}
		s.buf = appendJSONString(s.buf, k)
		s.buf = append(s.buf, ':')
	} else {
		if s.sep {
			s.buf = append(s.buf, ' ')
		}
		prefix := ""
		for _, g := range s.groups {
			prefix += g + "."
		}
		s.buf = appendTextString(s.buf, prefix+k)
		s.buf = append(s.buf, '=')
	}
	s.sep = true
}

func (s *state) openGroup(name string) {
	if s.h.json {
		if s.sep {
			s.buf = append(s.buf, ',')
		}
		s.buf = appendJSONString(s.buf, name)
		s.buf = append(s.buf, ":{"...)
		s.sep = false
		s.opened++
	}
	s.groups = append(s.groups, name)
}

func (s *state) closeGroup() {
	if s.h.json {
		s.buf = append(s.buf, '}')
		s.sep = true
		s.opened--
	}
	s.groups = s.groups[:len(s.groups)-1]
}

func (s *state) attr(a Attr) {
	a.Value = a.Value.Resolve()
	if rep := s.h.opts.ReplaceAttr; rep != nil && a.Value.kind != KindGroup {
		a = rep(append([]string(nil), s.groups...), a)
		a.Value = a.Value.Resolve()
	}
	if a.Key == "" && a.Value.kind != KindGroup {
		return
	}
	if a.Value.kind == KindGroup {
		as := a.Value.Group()
		if len(as) == 0 {
			return
		}
		if a.Key == "" {
			for _, g := range as {
				s.attr(g)
			}
			return
		}
		s.openGroup(a.Key)
		for _, g := range as {
			s.attr(g)
		}
		s.closeGroup()
		return
	}
	s.key(a.Key)
	if s.h.json {
		s.buf = appendJSONValue(s.buf, a.Value)
	} else {
		s.buf = appendTextValue(s.buf, a.Value)
	}
}

// builtin writes time/level/msg, through ReplaceAttr (with no groups) when set.
func (s *state) builtin(a Attr) {
	if rep := s.h.opts.ReplaceAttr; rep != nil {
		a = rep(nil, a)
		if a.Key == "" {
			return
		}
	}
	s.key(a.Key)
	if s.h.json {
		s.buf = appendJSONValue(s.buf, a.Value)
	} else {
		s.buf = appendTextValue(s.buf, a.Value)
	}
}

func (h *common) handle(r Record) error {
	s := &state{h: h}
	if h.json {
		s.buf = append(s.buf, '{')
	}
	if !r.Time.IsZero() {
		t := r.Time.Round(0)
		s.builtin(Time(TimeKey, t))
	}
	s.builtin(Any(LevelKey, r.Level))
	s.builtin(String(MessageKey, r.Message))
	// Groups that no attribute follows are left out.
	goas := h.goas
	if len(r.attrs) == 0 {
		for len(goas) > 0 && goas[len(goas)-1].group != "" {
			goas = goas[:len(goas)-1]
		}
	}
	for _, g := range goas {
		if g.group != "" {
			s.openGroup(g.group)
		} else {
			for _, a := range g.attrs {
				s.attr(a)
			}
		}
	}
	for _, a := range r.attrs {
		s.attr(a)
	}
	for s.opened > 0 {
		s.closeGroup()
	}
	if h.json {
		s.buf = append(s.buf, '}')
	}
	s.buf = append(s.buf, '\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := h.w.Write(s.buf)
	return err
}

// A TextHandler writes key=value pairs, one record per line.
type TextHandler struct{ c *common }

func NewTextHandler(w io.Writer, opts *HandlerOptions) *TextHandler {
	c := &common{w: w, mu: new(sync.Mutex)}
	if opts != nil {
		c.opts = *opts
	}
	return &TextHandler{c}
}
func (h *TextHandler) Enabled(_ context.Context, l Level) bool  { return h.c.enabled(l) }
func (h *TextHandler) Handle(_ context.Context, r Record) error { return h.c.handle(r) }
func (h *TextHandler) WithAttrs(as []Attr) Handler              { return &TextHandler{h.c.withAttrs(as)} }
func (h *TextHandler) WithGroup(name string) Handler            { return &TextHandler{h.c.withGroup(name)} }

// A JSONHandler writes one JSON object per line.
type JSONHandler struct{ c *common }

func NewJSONHandler(w io.Writer, opts *HandlerOptions) *JSONHandler {
	c := &common{json: true, w: w, mu: new(sync.Mutex)}
	if opts != nil {
		c.opts = *opts
	}
	return &JSONHandler{c}
}
func (h *JSONHandler) Enabled(_ context.Context, l Level) bool  { return h.c.enabled(l) }
func (h *JSONHandler) Handle(_ context.Context, r Record) error { return h.c.handle(r) }
func (h *JSONHandler) WithAttrs(as []Attr) Handler              { return &JSONHandler{h.c.withAttrs(as)} }
func (h *JSONHandler) WithGroup(name string) Handler            { return &JSONHandler{h.c.withGroup(name)} }

// defaultHandler: "LEVEL msg k=v" through package log's standard logger (its header).
type defaultHandler struct{ c *common }

func (h *defaultHandler) Enabled(_ context.Context, l Level) bool { return l >= LevelInfo }
func (h *defaultHandler) Handle(_ context.Context, r Record) error {
	var b []byte
	b = append(b, r.Level.String()...)
	b = append(b, ' ')
	b = append(b, r.Message...)
	r.Time = time.Time{}
	r.Message = ""
	line := string(lineOf(h.c, r))
	if line != "" {
		b = append(b, ' ')
		b = append(b, line...)
	}
	return log.Output(4, string(b))
}
func (h *defaultHandler) WithAttrs(as []Attr) Handler   { return &defaultHandler{h.c.withAttrs(as)} }
func (h *defaultHandler) WithGroup(name string) Handler { return &defaultHandler{h.c.withGroup(name)} }

// lineOf is the text form of r's attributes only (for the default handler).
func lineOf(c *common, r Record) []byte {
	s := &state{h: c}
	goas := c.goas
	if len(r.attrs) == 0 {
		for len(goas) > 0 && goas[len(goas)-1].group != "" {
			goas = goas[:len(goas)-1]
		}
	}
	for _, g := range goas {
		if g.group != "" {
			s.openGroup(g.group)
		} else {
			for _, a := range g.attrs {
				s.attr(a)
			}
		}
	}
	for _, a := range r.attrs {
		s.attr(a)
	}
	return s.buf
}

// ---- formatting values

// needsQuoting: empty, or a space, '=', '"', a control or non-printable character.
func needsQuoting(s string) bool {
	if s == "" {
		return true
	}
	for _, r := range s {
		if r == ' ' || r == '=' || r == '"' || r == utf8.RuneError || unicode.IsSpace(r) || !unicode.IsPrint(r) {
			return true
		}
	}
	return false
}

func appendTextString(b []byte, s string) []byte {
	if needsQuoting(s) {
		return strconv.AppendQuote(b, s)
	}
	return append(b, s...)
}

func appendText(b []byte, v Value) []byte {
	switch v.kind {
	case KindString:
		return append(b, v.v.(string)...)
	case KindInt64:
		return strconv.AppendInt(b, v.v.(int64), 10)
	case KindUint64:
		return append(b, strconv.FormatUint(v.v.(uint64), 10)...)
	case KindFloat64:
		return append(b, strconv.FormatFloat(v.v.(float64), 'g', -1, 64)...)
	case KindBool:
		return append(b, strconv.FormatBool(v.v.(bool))...)
	case KindDuration:
		return append(b, v.v.(time.Duration).String()...)
	case KindTime:
		return append(b, v.v.(time.Time).String()...)
	case KindGroup:
		return append(b, fmt.Sprint(v.v.([]Attr))...)
	}
	return append(b, fmt.Sprint(v.v)...)
}

func appendTextValue(b []byte, v Value) []byte {
	switch v.kind {
	case KindString:
		return appendTextString(b, v.v.(string))
	case KindTime:
		return v.v.(time.Time).AppendFormat(b, "2006-01-02T15:04:05.000Z07:00")
	case KindAny:
		if tm, ok := v.v.(interface{ MarshalText() ([]byte, error) }); ok {
			if data, err := tm.MarshalText(); err == nil {
				return appendTextString(b, string(data))
			}
		}
		if bs, ok := v.v.([]byte); ok {
			return strconv.AppendQuote(b, string(bs))
		}
		return appendTextString(b, fmt.Sprintf("%+v", v.v))
	}
	return appendTextString(b, string(appendText(nil, v)))
}

const hexDigits = "0123456789abcdef"

func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r == '\t':
			b = append(b, '\\', 't')
		case r < 0x20 || r == 0x2028 || r == 0x2029:
			b = append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
		case r == utf8.RuneError:
			b = append(b, `\ufffd`...)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}

// appendJSONFloat follows encoding/json: 'f' form, 'e' form below 1e-6 or from 1e21 on
// (with a two-digit exponent written without its leading zero).
func appendJSONFloat(b []byte, f float64) []byte {
	abs := f
	if abs < 0 {
		abs = -abs
	}
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		n := len(s)
		if n >= 4 && s[n-4] == 'e' && s[n-3] == '-' && s[n-2] == '0' {
			s = s[:n-2] + s[n-1:]
		}
		return append(b, s...)
	}
	return append(b, strconv.FormatFloat(f, 'f', -1, 64)...)
}

func appendJSONValue(b []byte, v Value) []byte {
	switch v.kind {
	case KindString:
		return appendJSONString(b, v.v.(string))
	case KindInt64:
		return strconv.AppendInt(b, v.v.(int64), 10)
	case KindUint64:
		return append(b, strconv.FormatUint(v.v.(uint64), 10)...)
	case KindFloat64:
		return appendJSONFloat(b, v.v.(float64))
	case KindBool:
		return append(b, strconv.FormatBool(v.v.(bool))...)
	case KindDuration:
		return strconv.AppendInt(b, int64(v.v.(time.Duration)), 10)
	case KindTime:
		b = append(b, '"')
		b = v.v.(time.Time).AppendFormat(b, time.RFC3339Nano)
		return append(b, '"')
	case KindAny:
		switch x := v.v.(type) {
		case nil:
			return append(b, "null"...)
		case error:
			return appendJSONString(b, x.Error())
		case Level:
			return appendJSONString(b, x.String())
		case fmt.Stringer:
			return appendJSONString(b, x.String())
		}
	}
	return appendJSONString(b, fmt.Sprintf("%+v", v.v))
}

// ---- loggers

// A Logger hands records to its Handler.
type Logger struct {
	handler Handler
}

func New(h Handler) *Logger {
	if h == nil {
		panic("nil Handler")
	}
	return &Logger{handler: h}
}

var (
	defaultMu     sync.Mutex
	defaultLogger = &Logger{handler: &defaultHandler{&common{mu: new(sync.Mutex)}}}
)

// Default is the logger the top-level functions use.
func Default() *Logger {
	defaultMu.Lock()
	defer defaultMu.Unlock()
	return defaultLogger
}

// SetDefault makes l the logger of the top-level functions.
func SetDefault(l *Logger) {
	defaultMu.Lock()
	defaultLogger = l
	defaultMu.Unlock()
}

func (l *Logger) Handler() Handler { return l.handler }

func (l *Logger) With(args ...any) *Logger {
	if len(args) == 0 {
		return l
	}
	return &Logger{handler: l.handler.WithAttrs(argsToAttrs(args))}
}

func (l *Logger) WithGroup(name string) *Logger {
	if name == "" {
		return l
	}
	return &Logger{handler: l.handler.WithGroup(name)}
}

func (l *Logger) Enabled(ctx context.Context, level Level) bool {
	if ctx == nil {
		ctx = context.Background()
	}
	return l.handler.Enabled(ctx, level)
}

func (l *Logger) log(ctx context.Context, level Level, msg string, args []any) {
	if ctx == nil {
		ctx = context.Background()
	}
	if !l.handler.Enabled(ctx, level) {
		return
	}
	r := NewRecord(time.Now(), level, msg, 0)
	r.Add(args...)
	l.handler.Handle(ctx, r)
}

func (l *Logger) logAttrs(ctx context.Context, level Level, msg string, attrs []Attr) {
	if ctx == nil {
		ctx = context.Background()
	}
	if !l.handler.Enabled(ctx, level) {
		return
	}
	r := NewRecord(time.Now(), level, msg, 0)
	r.AddAttrs(attrs...)
	l.handler.Handle(ctx, r)
}

func (l *Logger) Log(ctx context.Context, level Level, msg string, args ...any) {
	l.log(ctx, level, msg, args)
}
func (l *Logger) LogAttrs(ctx context.Context, level Level, msg string, attrs ...Attr) {
	l.logAttrs(ctx, level, msg, attrs)
}
func (l *Logger) Debug(msg string, args ...any) { l.log(nil, LevelDebug, msg, args) }
func (l *Logger) Info(msg string, args ...any)  { l.log(nil, LevelInfo, msg, args) }
func (l *Logger) Warn(msg string, args ...any)  { l.log(nil, LevelWarn, msg, args) }
func (l *Logger) Error(msg string, args ...any) { l.log(nil, LevelError, msg, args) }
func (l *Logger) DebugContext(ctx context.Context, msg string, args ...any) {
	l.log(ctx, LevelDebug, msg, args)
}
func (l *Logger) InfoContext(ctx context.Context, msg string, args ...any) {
	l.log(ctx, LevelInfo, msg, args)
}
func (l *Logger) WarnContext(ctx context.Context, msg string, args ...any) {
	l.log(ctx, LevelWarn, msg, args)
}
func (l *Logger) ErrorContext(ctx context.Context, msg string, args ...any) {
	l.log(ctx, LevelError, msg, args)
}

func With(args ...any) *Logger      { return Default().With(args...) }
func Debug(msg string, args ...any) { Default().log(nil, LevelDebug, msg, args) }
func Info(msg string, args ...any)  { Default().log(nil, LevelInfo, msg, args) }
func Warn(msg string, args ...any)  { Default().log(nil, LevelWarn, msg, args) }
func Error(msg string, args ...any) { Default().log(nil, LevelError, msg, args) }
func DebugContext(ctx context.Context, msg string, args ...any) {
	Default().log(ctx, LevelDebug, msg, args)
}
func InfoContext(ctx context.Context, msg string, args ...any) {
	Default().log(ctx, LevelInfo, msg, args)
}
func WarnContext(ctx context.Context, msg string, args ...any) {
	Default().log(ctx, LevelWarn, msg, args)
}
func ErrorContext(ctx context.Context, msg string, args ...any) {
	Default().log(ctx, LevelError, msg, args)
}
func Log(ctx context.Context, level Level, msg string, args ...any) {
	Default().log(ctx, level, msg, args)
}
func LogAttrs(ctx context.Context, level Level, msg string, attrs ...Attr) {
	Default().logAttrs(ctx, level, msg, attrs)
}

// NewLogLogger is a *log.Logger whose output goes to h at level.
func NewLogLogger(h Handler, level Level) *log.Logger {
	return log.New(&handlerWriter{h, level}, "", 0)
}

type handlerWriter struct {
	h     Handler
	level Level
}

func (w *handlerWriter) Write(p []byte) (int, error) {
	if !w.h.Enabled(context.Background(), w.level) {
		return 0, nil
	}
	s := string(p)
	if len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	return len(p), w.h.Handle(context.Background(), NewRecord(time.Now(), w.level, s, 0))
}
