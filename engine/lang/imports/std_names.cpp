// engine/lang/imports/std_names.cpp — package name → import path for Go's standard library.
// Owns: the table fix_imports uses to add a missing import. It lists all of Go's std (not only the
// packages gort implements): importing an unsupported package gives the checker's clear "package
// not supported" error instead of "undefined: json". Where several std packages share a name the
// one goimports picks for typical playground code is listed (math/rand, text/template, ...).
#include <algorithm>
#include <string_view>

#include "lang/imports/fix_imports.h"

namespace gort::lang::imports {
namespace {

struct NamePath {
  std::string_view name, path;
};

// Sorted by name (binary search). One entry per name: the preferred path for ambiguous names.
constexpr NamePath kStd[] = {
    {"adler32", "hash/adler32"}, {"aes", "crypto/aes"}, {"ascii85", "encoding/ascii85"},
    {"asn1", "encoding/asn1"}, {"ast", "go/ast"}, {"atomic", "sync/atomic"},
    {"base32", "encoding/base32"}, {"base64", "encoding/base64"}, {"big", "math/big"},
    {"binary", "encoding/binary"}, {"bits", "math/bits"}, {"bufio", "bufio"},
    {"build", "go/build"}, {"bytes", "bytes"}, {"bzip2", "compress/bzip2"},
    {"cgi", "net/http/cgi"}, {"cipher", "crypto/cipher"}, {"cmp", "cmp"},
    {"cmplx", "math/cmplx"}, {"color", "image/color"}, {"constant", "go/constant"},
    {"constraint", "go/build/constraint"}, {"context", "context"}, {"cookiejar", "net/http/cookiejar"},
    {"crc32", "hash/crc32"}, {"crc64", "hash/crc64"}, {"crypto", "crypto"}, {"csv", "encoding/csv"},
    {"debug", "runtime/debug"}, {"des", "crypto/des"}, {"doc", "go/doc"}, {"draw", "image/draw"},
    {"driver", "database/sql/driver"}, {"dsa", "crypto/dsa"}, {"dwarf", "debug/dwarf"},
    {"ecdh", "crypto/ecdh"}, {"ecdsa", "crypto/ecdsa"}, {"ed25519", "crypto/ed25519"},
    {"elf", "debug/elf"}, {"elliptic", "crypto/elliptic"}, {"embed", "embed"},
    {"errors", "errors"}, {"exec", "os/exec"}, {"expvar", "expvar"}, {"fcgi", "net/http/fcgi"},
    {"filepath", "path/filepath"}, {"flag", "flag"}, {"flate", "compress/flate"},
    {"fmt", "fmt"}, {"fnv", "hash/fnv"}, {"format", "go/format"}, {"fs", "io/fs"},
    {"fstest", "testing/fstest"}, {"gif", "image/gif"}, {"gob", "encoding/gob"},
    {"gosym", "debug/gosym"}, {"gzip", "compress/gzip"}, {"hash", "hash"}, {"heap", "container/heap"},
    {"hex", "encoding/hex"}, {"hmac", "crypto/hmac"}, {"html", "html"}, {"http", "net/http"},
    {"httptest", "net/http/httptest"}, {"httptrace", "net/http/httptrace"},
    {"httputil", "net/http/httputil"}, {"image", "image"}, {"importer", "go/importer"},
    {"io", "io"}, {"iotest", "testing/iotest"}, {"ioutil", "io/ioutil"}, {"iter", "iter"}, {"jpeg", "image/jpeg"},
    {"json", "encoding/json"}, {"jsonrpc", "net/rpc/jsonrpc"}, {"list", "container/list"},
    {"log", "log"}, {"lzw", "compress/lzw"}, {"macho", "debug/macho"}, {"mail", "net/mail"},
    {"maphash", "hash/maphash"}, {"maps", "maps"}, {"math", "math"}, {"md5", "crypto/md5"},
    {"mime", "mime"}, {"multipart", "mime/multipart"}, {"net", "net"}, {"netip", "net/netip"},
    {"os", "os"}, {"parse", "text/template/parse"}, {"parser", "go/parser"}, {"path", "path"},
    {"pe", "debug/pe"}, {"pem", "encoding/pem"}, {"pkix", "crypto/x509/pkix"},
    {"plan9obj", "debug/plan9obj"}, {"plugin", "plugin"}, {"png", "image/png"},
    {"pprof", "runtime/pprof"}, {"printer", "go/printer"}, {"quick", "testing/quick"},
    {"quotedprintable", "mime/quotedprintable"}, {"rand", "math/rand"}, {"rc4", "crypto/rc4"},
    {"reflect", "reflect"}, {"regexp", "regexp"}, {"ring", "container/ring"}, {"rpc", "net/rpc"},
    {"rsa", "crypto/rsa"}, {"runtime", "runtime"}, {"scanner", "text/scanner"},
    {"sha1", "crypto/sha1"}, {"sha256", "crypto/sha256"}, {"sha512", "crypto/sha512"},
    {"signal", "os/signal"}, {"slices", "slices"}, {"slog", "log/slog"}, {"smtp", "net/smtp"},
    {"sort", "sort"}, {"sql", "database/sql"}, {"strconv", "strconv"}, {"strings", "strings"},
    {"subtle", "crypto/subtle"}, {"suffixarray", "index/suffixarray"}, {"sync", "sync"},
    {"syntax", "regexp/syntax"}, {"syscall", "syscall"}, {"syslog", "log/syslog"},
    {"tabwriter", "text/tabwriter"}, {"tar", "archive/tar"}, {"template", "text/template"},
    {"testing", "testing"}, {"textproto", "net/textproto"}, {"time", "time"}, {"tls", "crypto/tls"},
    {"token", "go/token"}, {"trace", "runtime/trace"}, {"types", "go/types"}, {"unicode", "unicode"},
    {"unsafe", "unsafe"}, {"url", "net/url"}, {"user", "os/user"}, {"utf16", "unicode/utf16"},
    {"utf8", "unicode/utf8"}, {"x509", "crypto/x509"}, {"xml", "encoding/xml"}, {"zip", "archive/zip"},
    {"zlib", "compress/zlib"},
};

}  // namespace

std::string_view std_import_path(std::string_view name) {
  const auto* end = std::end(kStd);
  const auto* it = std::lower_bound(std::begin(kStd), end, name,
                                    [](const NamePath& e, std::string_view n) { return e.name < n; });
  return it != end && it->name == name ? it->path : std::string_view{};
}

}  // namespace gort::lang::imports
