// engine/lang/std/std_decls.cpp — declarations of the std packages (see std_decls.h).
// Types that the runtime represents natively (sync.Mutex, strings.Builder, ...) have unexported
// placeholder fields: BE decides their real representation. Where a real signature needs a
// package we do not declare (io.Reader, io.Writer), `any` stands in (documented gap: such a
// parameter accepts any value at compile time).
#include "lang/std/std_decls.h"

#include "lang/std/std_go.h"

namespace gort::lang {
namespace {

constexpr std::string_view kFmt = R"go(package fmt
type Stringer interface { String() string }
type GoStringer interface { GoString() string }
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}
type Formatter interface { Format(f State, verb rune) }
func Println(a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Append(b []byte, a ...any) []byte
func Appendf(b []byte, format string, a ...any) []byte
func Appendln(b []byte, a ...any) []byte
func Errorf(format string, a ...any) error
func Fprintln(w any, a ...any) (n int, err error)
func Fprint(w any, a ...any) (n int, err error)
func Fprintf(w any, format string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scan(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Fscan(r any, a ...any) (n int, err error)
func Fscanln(r any, a ...any) (n int, err error)
func Fscanf(r any, format string, a ...any) (n int, err error)
)go";

constexpr std::string_view kTime = R"go(package time
type Duration int64
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)
func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration
type Month int
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)
func (m Month) String() string
type Weekday int
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)
func (d Weekday) String() string
type Location struct {
	name   string
	zone   string
	offset int
	fixed  bool
}
var UTC *Location
var Local *Location
func (l *Location) String() string
func FixedZone(name string, offset int) *Location
func LoadLocation(name string) (*Location, error)
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
func ParseDuration(s string) (Duration, error)
func (d Duration) Abs() Duration
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Nanosecond() int
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) Date() (year int, month Month, day int)
func (t Time) Clock() (hour, min, sec int)
func (t Time) ISOWeek() (year, week int)
func (t Time) UTC() Time
func (t Time) Local() Time
func (t Time) In(loc *Location) Time
func (t Time) Location() *Location
func (t Time) Zone() (name string, offset int)
func (t Time) IsDST() bool
func (t Time) AddDate(years int, months int, days int) Time
func (t Time) Truncate(d Duration) Time
func (t Time) Round(d Duration) Time
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func UnixMicro(usec int64) Time
func (t Time) Sub(u Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) Compare(u Time) int
func (t Time) IsZero() bool
func (t Time) Format(layout string) string
func (t Time) AppendFormat(b []byte, layout string) []byte
func (t Time) String() string
func (t Time) GoString() string
func (t Time) MarshalJSON() ([]byte, error)
func (t Time) MarshalText() ([]byte, error)
func (t *Time) UnmarshalJSON(data []byte) error
func (t *Time) UnmarshalText(data []byte) error
func (t Time) ZoneBounds() (start, end Time)
func (t Time) MarshalBinary() ([]byte, error)
func (t *Time) UnmarshalBinary(data []byte) error
func (t Time) GobEncode() ([]byte, error)
func (t *Time) GobDecode(data []byte) error
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}
func (e *ParseError) Error() string
func Parse(layout, value string) (Time, error)
func ParseInLocation(layout, value string, loc *Location) (Time, error)
func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time
type Timer struct {
	C <-chan Time
	r int64
	f func()
	g int64
}
func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
type Ticker struct {
	C <-chan Time
	r int64
	f func()
	g int64
}
func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)
)go";

// GOOS/GOARCH: what the Go playground reports (its sandbox is linux/amd64), so programs that
// print or switch on them (the Tour's "Go runs on Linux.") behave as they do there; gort's int
// and pointers are 64 bits as amd64's.
constexpr std::string_view kRuntime = R"go(package runtime
const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gort"
func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func Gosched()
func GC()
func Goexit()
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Version() string
type MemStats struct {
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Mallocs    uint64
	Frees      uint64
	HeapAlloc  uint64
	HeapSys    uint64
	NumGC      uint32
}
func ReadMemStats(m *MemStats)
type Error interface {
	error
	RuntimeError()
}
)go";

constexpr std::string_view kOs = R"go(package os
import "io/fs"
type File struct { fd int; name string; appendMode bool }
var (
	Stdin  *File
	Stdout *File
	Stderr *File
)
var Args []string
var (
	ErrInvalid    error
	ErrPermission error
	ErrExist      error
	ErrNotExist   error
	ErrClosed     error
)
type FileInfo = fs.FileInfo
type FileMode = fs.FileMode
type DirEntry = fs.DirEntry
type PathError = fs.PathError
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)
const DevNull = "/dev/null"
func Exit(code int)
func Getenv(key string) string
func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string
func Setenv(key, value string) error
func Unsetenv(key string) error
func LookupEnv(key string) (string, bool)
func Environ() []string
func Clearenv()
func Hostname() (name string, err error)
func Getwd() (dir string, err error)
func Chdir(dir string) error
func TempDir() string
func UserHomeDir() (string, error)
func Create(name string) (*File, error)
func Open(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func CreateTemp(dir, pattern string) (*File, error)
func ReadDir(name string) ([]DirEntry, error)
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func Remove(name string) error
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func Chmod(name string, mode FileMode) error
func Truncate(name string, size int64) error
func IsNotExist(err error) bool
func IsExist(err error) bool
func IsPermission(err error) bool
func SameFile(fi1, fi2 FileInfo) bool
func IsPathSeparator(c uint8) bool
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) Close() error
func (f *File) Name() string
func (f *File) Stat() (FileInfo, error)
func (f *File) Sync() error
func (f *File) Truncate(size int64) error
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) Readdirnames(n int) (names []string, err error)
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Fd() uintptr
)go";


constexpr std::string_view kPath = R"go(package path
var ErrBadPattern error
func Clean(path string) string
func Join(elem ...string) string
func Split(path string) (dir, file string)
func Base(path string) string
func Dir(path string) string
func Ext(path string) string
func IsAbs(path string) bool
func Match(pattern, name string) (matched bool, err error)
)go";

constexpr std::string_view kFilepath = R"go(package filepath
import "io/fs"
const (
	Separator     = '/'
	ListSeparator = ':'
)
var ErrBadPattern error
var SkipDir error
var SkipAll error
type WalkFunc func(path string, info fs.FileInfo, err error) error
func Clean(path string) string
func Join(elem ...string) string
func Split(path string) (dir, file string)
func Base(path string) string
func Dir(path string) string
func Ext(path string) string
func IsAbs(path string) bool
func Abs(path string) (string, error)
func Rel(basepath, targpath string) (string, error)
func SplitList(path string) []string
func VolumeName(path string) string
func ToSlash(path string) string
func FromSlash(path string) string
func Match(pattern, name string) (matched bool, err error)
func Glob(pattern string) (matches []string, err error)
func WalkDir(root string, fn fs.WalkDirFunc) error
func Walk(root string, fn WalkFunc) error
)go";



constexpr std::string_view kStrconv = R"go(package strconv
const IntSize = 64
func Itoa(i int) string
func Atoi(s string) (int, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseBool(str string) (bool, error)
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string
func FormatBool(b bool) string
func Quote(s string) string
func CanBackquote(s string) bool
func QuoteToASCII(s string) string
func AppendInt(dst []byte, i int64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
func QuoteRune(r rune) string
func Unquote(s string) (string, error)
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
type NumError struct {
	Func string
	Num  string
	Err  error
}
func (e *NumError) Error() string
func (e *NumError) Unwrap() error
var ErrRange error
var ErrSyntax error
)go";

constexpr std::string_view kMath = R"go(package math
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862
	Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974
	Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009
	Ln10 = 2.30258509299404568401799145468436420760110148862877297603332790
	Log2E = 1 / Ln2
	Log10E = 1 / Ln10
	SqrtE = 1.64872127070012814684865078831261151373928680303230541427848014
	SqrtPi = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038
	MaxFloat64 = 1.79769313486231570814527423731704356798070e+308
	SmallestNonzeroFloat64 = 4.9406564584124654417656879286822137236505980e-324
	MaxFloat32 = 3.40282346638528859811704183484516925440e+38
	SmallestNonzeroFloat32 = 1.401298464324817070923729583289916131280e-45
	MaxInt    = 1<<63 - 1
	MinInt    = -1 << 63
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)
func Sqrt(x float64) float64
func Pow(x, y float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Round(x float64) float64
func Trunc(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Exp(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64
func Log1p(x float64) float64
func Expm1(x float64) float64
func Cbrt(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Hypot(p, q float64) float64
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) bool
func NaN() float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Copysign(f, sign float64) float64
func Signbit(x float64) bool
func Erf(x float64) float64
func Erfc(x float64) float64
func Erfinv(x float64) float64
func Erfcinv(x float64) float64
func Exp2(x float64) float64
func Gamma(x float64) float64
func Lgamma(x float64) (lgamma float64, sign int)
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64
func Logb(x float64) float64
func Ilogb(x float64) int
func RoundToEven(x float64) float64
func Remainder(x, y float64) float64
func Nextafter(x, y float64) (r float64)
func Nextafter32(x, y float32) (r float32)
func FMA(x, y, z float64) float64
func Dim(x, y float64) float64
func Frexp(f float64) (frac float64, exp int)
func Ldexp(frac float64, exp int) float64
func Modf(f float64) (int float64, frac float64)
func Pow10(n int) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
)go";

constexpr std::string_view kRand = R"go(package rand
func Seed(seed int64)
func Int() int
func Intn(n int) int
func Int31() int32
func Int31n(n int32) int32
func Int63() int64
func Int63n(n int64) int64
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
type Source interface {
	Int63() int64
	Seed(seed int64)
}
type Rand struct { src Source }
func NewSource(seed int64) Source
func New(src Source) *Rand
func (r *Rand) Intn(n int) int
func (r *Rand) Int() int
func (r *Rand) Float64() float64
func (r *Rand) Perm(n int) []int
func (r *Rand) Int63() int64
func (r *Rand) Int31() int32
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Float32() float32
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Seed(seed int64)
func Uint32() uint32
func Uint64() uint64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
)go";

constexpr std::string_view kUtf8 = R"go(package utf8
const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)
func RuneCountInString(s string) (n int)
func RuneCount(p []byte) int
func RuneLen(r rune) int
func ValidString(s string) bool
func ValidRune(r rune) bool
func DecodeRuneInString(s string) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
func DecodeLastRune(p []byte) (rune, int)
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func Valid(p []byte) bool
func RuneStart(b byte) bool
)go";




constexpr std::string_view kContext = R"go(package context
import "time"
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}
type CancelFunc func()
type CancelCauseFunc func(cause error)
var Canceled error
var DeadlineExceeded error
func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
func Cause(c Context) error
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context
func WithoutCancel(parent Context) Context
func AfterFunc(ctx Context, f func()) (stop func() bool)
)go";

struct Entry {
  std::string_view path;
  std::string_view src;
};
constexpr Entry kStd[] = {
    {"fmt", kFmt}, {"time", kTime},
    {"runtime", kRuntime}, {"os", kOs},
    {"strconv", kStrconv}, {"math", kMath}, {"math/rand", kRand},
    {"unicode/utf8", kUtf8},
    {"context", kContext},
    {"path", kPath}, {"path/filepath", kFilepath},
};

}  // namespace

// The package of path written in Go, or nullptr.
static const StdGoFile* std_go_file(std::string_view path) {
  for (const StdGoFile* g = std_go_files(); g->src; ++g)
    if (path == g->path) return g;
  return nullptr;
}

std::string_view std_package_source(std::string_view path) {
  if (const StdGoFile* g = std_go_file(path)) return g->src;
  for (const Entry& e : kStd)
    if (e.path == path) return e.src;
  return {};
}

}  // namespace gort::lang

namespace gort::lang {

bool std_package_is_go(std::string_view path) { return std_go_file(path) != nullptr; }

}  // namespace gort::lang
