// Package template for gort: Go's html/template — text/template's API with contextual
// autoescaping. Written for gort after Go's documentation. Before a template first runs, its
// parse tree is walked with a small HTML state machine (text, tag, attribute name and value —
// quoted or not, URL/script/style attributes —, <script>, <style>, RCDATA, comments) and each
// printing action gets the escaper functions of its context appended to its pipeline, as Go's
// package does; escaper output follows Go 1.19's (htmlEscaper, attrEscaper, urlFilter/
// urlNormalizer/urlEscaper, jsValEscaper, jsStrEscaper, cssValueFilter). Simplifications: a
// template called with {{template}} from another context runs a copy escaped for that context;
// branches of if/with/range are joined as Go joins them, with Go's errors when they end in
// different contexts. Simplifications: JavaScript's regexp-or-division context is not tracked,
// break/continue contexts are not joined, CSS is filtered as a value only.
package template

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"text/template"
	"text/template/parse"
)

// ---- content types

type (
	// CSS encapsulates known safe content that matches a CSS3 production.
	CSS string
	// HTML encapsulates a known safe HTML document fragment.
	HTML string
	// HTMLAttr encapsulates an HTML attribute from a trusted source.
	HTMLAttr string
	// JS encapsulates a known safe EcmaScript5 Expression.
	JS string
	// JSStr encapsulates a sequence of characters meant to be embedded between quotes in a
	// JavaScript expression.
	JSStr string
	// URL encapsulates a known safe URL or URL substring.
	URL string
	// Srcset encapsulates a known safe srcset attribute.
	Srcset string
)

type contentType int

const (
	contentTypePlain contentType = iota
	contentTypeCSS
	contentTypeHTML
	contentTypeHTMLAttr
	contentTypeJS
	contentTypeJSStr
	contentTypeURL
	contentTypeSrcset
)

const filterFailsafe = "ZgotmplZ"

func indirectValue(a any) any {
	if a == nil {
		return nil
	}
	v := reflect.ValueOf(a)
	if v.Kind() != reflect.Pointer {
		return a
	}
	for v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return v.Interface()
}

func stringify(args ...any) (string, contentType) {
	if len(args) == 1 {
		switch s := indirectValue(args[0]).(type) {
		case string:
			return s, contentTypePlain
		case CSS:
			return string(s), contentTypeCSS
		case HTML:
			return string(s), contentTypeHTML
		case HTMLAttr:
			return string(s), contentTypeHTMLAttr
		case JS:
			return string(s), contentTypeJS
		case JSStr:
			return string(s), contentTypeJSStr
		case URL:
			return string(s), contentTypeURL
		case Srcset:
			return string(s), contentTypeSrcset
		}
	}
	i := 0
	for _, arg := range args {
		if arg == nil {
			continue
		}
		args[i] = indirectToStringerOrError(arg)
		i++
	}
	return fmt.Sprint(args[:i]...), contentTypePlain
}

var (
	errorType       = reflect.TypeOf((*error)(nil)).Elem()
	fmtStringerType = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
)

func indirectToStringerOrError(a any) any {
	if a == nil {
		return nil
	}
	v := reflect.ValueOf(a)
	for !v.Type().Implements(fmtStringerType) && !v.Type().Implements(errorType) && v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return v.Interface()
}

// ---- escapers

func htmlReplace(s string, table map[rune]string) string {
	var b strings.Builder
	written := 0
	for i, r := range s {
		if repl, ok := table[r]; ok {
			b.WriteString(s[written:i])
			b.WriteString(repl)
			written = i + utf8.RuneLen(r)
			if r == utf8.RuneError {
				written = i + 1
			}
		}
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

var htmlTable = map[rune]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}
var htmlNormTable = map[rune]string{0: "\uFFFD", '"': "&#34;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}
var htmlNospaceTable = map[rune]string{0: "&#xfffd;", '\t': "&#9;", '\n': "&#10;", '\v': "&#11;", '\f': "&#12;",
	'\r': "&#13;", ' ': "&#32;", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;",
	'=': "&#61;", '>': "&gt;", '`': "&#96;"}
var htmlNospaceNormTable = map[rune]string{0: "&#xfffd;", '\t': "&#9;", '\n': "&#10;", '\v': "&#11;", '\f': "&#12;",
	'\r': "&#13;", ' ': "&#32;", '"': "&#34;", '\'': "&#39;", '+': "&#43;", '<': "&lt;",
	'=': "&#61;", '>': "&gt;", '`': "&#96;"}

func htmlEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTML {
		return s
	}
	return htmlReplace(s, htmlTable)
}

func rcdataEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTML {
		return htmlReplace(s, htmlNormTable)
	}
	return htmlReplace(s, htmlTable)
}

func attrEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTML {
		return htmlReplace(stripTags(s), htmlNormTable)
	}
	return htmlReplace(s, htmlTable)
}

func htmlNospaceEscaper(args ...any) string {
	s, t := stringify(args...)
	if s == "" {
		return filterFailsafe
	}
	if t == contentTypeHTML {
		return htmlReplace(stripTags(s), htmlNospaceNormTable)
	}
	return htmlReplace(s, htmlNospaceTable)
}

// stripTags drops the tags of an HTML fragment, keeping its text (for HTML put into an
// attribute).
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case !in && c == '<' && i+1 < len(s) && (isASCIILetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!'):
			in = true
		case in && c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func commentEscaper(args ...any) string { return "" }

func htmlNameFilter(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTMLAttr {
		return s
	}
	if len(s) == 0 {
		return filterFailsafe
	}
	s = strings.ToLower(s)
	if attrKind(s) != attrNone {
		return filterFailsafe
	}
	for _, r := range s {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'z') {
			return filterFailsafe
		}
	}
	return s
}

func urlFilter(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeURL {
		return s
	}
	if protocol, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(protocol, "/") {
		if !strings.EqualFold(protocol, "http") && !strings.EqualFold(protocol, "https") && !strings.EqualFold(protocol, "mailto") {
			return "#" + filterFailsafe
		}
	}
	return s
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func urlProcess(norm bool, args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeURL {
		norm = true
	}
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '!', '#', '$', '&', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']':
			if norm {
				continue
			}
		case '-', '.', '_', '~':
			continue
		case '%':
			if norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		default:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				continue
			}
		}
		b.WriteString(s[written:i])
		fmt.Fprintf(&b, "%%%02x", c)
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

func urlNormalizer(args ...any) string { return urlProcess(true, args...) }
func urlEscaper(args ...any) string    { return urlProcess(false, args...) }

func isJSIdentPart(r rune) bool {
	return r == '$' || r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

func jsValEscaper(args ...any) string {
	var a any
	if len(args) == 1 {
		a = args[0]
		if a != nil {
			if _, ok := a.(json.Marshaler); !ok {
				a = indirectValue(a)
			}
		}
		switch t := a.(type) {
		case JS:
			return string(t)
		case JSStr:
			return `"` + string(t) + `"`
		case json.Marshaler:
		case fmt.Stringer:
			a = t.String()
		}
	} else {
		a = fmt.Sprint(args...)
	}
	b, err := json.Marshal(a)
	if err != nil {
		return fmt.Sprintf(" /* %s */null ", strings.ReplaceAll(err.Error(), "*/", "* /"))
	}
	if len(b) == 0 {
		return " null "
	}
	s := string(b)
	s = strings.ReplaceAll(s, "\u2028", `\u2028`)
	s = strings.ReplaceAll(s, "\u2029", `\u2029`)
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if isJSIdentPart(first) || isJSIdentPart(last) {
		return " " + s + " "
	}
	return s
}

var jsStrTable = map[rune]string{0: `\u0000`, '\t': `\t`, '\n': `\n`, '\v': `\u000b`, '\f': `\f`, '\r': `\r`,
	'"': `\u0022`, '`': `\u0060`, '&': `\u0026`, '\'': `\u0027`, '+': `\u002b`, '/': `\/`, '<': `\u003c`,
	'>': `\u003e`, '\\': `\\`, 0x2028: `\u2028`, 0x2029: `\u2029`}

func jsStrEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeJSStr {
		delete(jsStrTable, '\\')
		out := htmlReplace(s, jsStrTable)
		jsStrTable['\\'] = `\\`
		return out
	}
	return htmlReplace(s, jsStrTable)
}

func cssValueFilter(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeCSS {
		return s
	}
	var id []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 0, '"', '\'', '(', ')', '/', ';', '@', '[', '\\', ']', '`', '{', '}', '<', '>':
			return filterFailsafe
		case '-':
			if i != 0 && s[i-1] == '-' {
				return filterFailsafe
			}
		default:
			if c < utf8.RuneSelf && (isASCIILetter(c) || '0' <= c && c <= '9' || c == '_') {
				id = append(id, c)
			}
		}
	}
	low := bytes.ToLower(id)
	if bytes.Contains(low, []byte("expression")) || bytes.Contains(low, []byte("mozbinding")) {
		return filterFailsafe
	}
	return s
}

var escaperFuncs = template.FuncMap{
	"_html_template_attrescaper":        attrEscaper,
	"_html_template_commentescaper":     commentEscaper,
	"_html_template_cssvaluefilter":     cssValueFilter,
	"_html_template_htmlescaper":        htmlEscaper,
	"_html_template_htmlnamefilter":     htmlNameFilter,
	"_html_template_htmlnospaceescaper": htmlNospaceEscaper,
	"_html_template_jsstrescaper":       jsStrEscaper,
	"_html_template_jsvalescaper":       jsValEscaper,
	"_html_template_rcdataescaper":      rcdataEscaper,
	"_html_template_urlescaper":         urlEscaper,
	"_html_template_urlfilter":          urlFilter,
	"_html_template_urlnormalizer":      urlNormalizer,
}

// ---- contexts

type state int

const (
	stateText state = iota
	stateTag
	stateAttrName
	stateAfterName
	stateBeforeValue
	stateAttr
	stateScript
	stateCSS
	stateRCDATA
	stateComment
	stateError // escaping failed: the escaper's err says why
)

type attrType int

const (
	attrNone attrType = iota
	attrScript
	attrStyle
	attrURL
)

type delimType int

const (
	delimNone delimType = iota
	delimDouble
	delimSingle
	delimSpace
)

type urlPart int

const (
	urlPartNone urlPart = iota
	urlPartPreQuery
	urlPartQueryOrFrag
	urlPartUnknown // branches joined in different parts of a URL
)

type context struct {
	state   state
	attr    attrType
	delim   delimType
	urlPart urlPart
	jsQuote byte   // the open JS string's quote in a script or event handler, 0 outside
	element string // the element whose body is script/style/RCDATA
	pending attrType
}

// String prints a context as Go's html/template does in its error messages. gort's states are
// fewer than Go's (an attribute value is one state with its kind beside it), so this maps them
// onto Go's names; the JS context (regexp or division) is not modelled and prints as Go's default.
func (c context) String() string {
	attr := attrName(c.attr)
	st := "stateText"
	switch c.state {
	case stateTag:
		st = "stateTag"
	case stateAttrName, stateAfterName, stateBeforeValue:
		st = [...]string{stateAttrName: "stateAttrName", stateAfterName: "stateAfterName",
			stateBeforeValue: "stateBeforeValue"}[c.state]
		attr = attrName(c.pending)
	case stateAttr:
		switch c.attr {
		case attrURL:
			st = "stateURL"
		case attrScript:
			st = jsStateName(c.jsQuote)
		case attrStyle:
			st = "stateCSS"
		default:
			st = "stateAttr"
		}
	case stateScript:
		st = jsStateName(c.jsQuote)
	case stateCSS:
		st = "stateCSS"
	case stateRCDATA:
		st = "stateRCDATA"
	case stateComment:
		st = "stateHTMLCmt"
	case stateError:
		st = "stateError"
	}
	delim := [...]string{"delimNone", "delimDoubleQuote", "delimSingleQuote", "delimSpaceOrTagEnd"}[c.delim]
	part := [...]string{"urlPartNone", "urlPartPreQuery", "urlPartQueryOrFrag", "urlPartUnknown"}[c.urlPart]
	elem := "elementNone"
	switch c.element {
	case "script":
		elem = "elementScript"
	case "style":
		elem = "elementStyle"
	case "textarea":
		elem = "elementTextarea"
	case "title":
		elem = "elementTitle"
	}
	return fmt.Sprintf("{%s %s %s jsCtxRegexp %s %s <nil>}", st, delim, part, attr, elem)
}

func attrName(a attrType) string {
	return [...]string{"attrNone", "attrScript", "attrStyle", "attrURL"}[a]
}

func jsStateName(q byte) string {
	switch q {
	case '"':
		return "stateJSDqStr"
	case '\'':
		return "stateJSSqStr"
	case '`':
		return "stateJSBqStr"
	}
	return "stateJS"
}

// mangle names the copy of a template escaped for a call in context c (Go's scheme: the
// template's own name for the start context, else the name plus the context's parts).
func (c context) mangle(name string) string {
	if c == (context{}) {
		return name
	}
	f := strings.Fields(strings.Trim(c.String(), "{}"))
	s := name + "$htmltemplate_" + f[0]
	for _, part := range f[1:6] {
		if !strings.HasSuffix(part, "None") && part != "jsCtxRegexp" {
			s += "_" + part
		}
	}
	return s
}

// nudge moves a context at a point where an attribute name or value may start to the state
// the next action would put it in, so that `<p title={{if .C}}{{.}}{{end}}>` joins (Go's rule).
func nudge(c context) context {
	switch c.state {
	case stateTag, stateAfterName:
		c.state = stateAttrName
	case stateBeforeValue:
		c = context{state: stateAttr, attr: c.pending, delim: delimSpace, element: c.element}
	}
	return c
}

// joinContexts is the context after a branch whose arms end in a and b; ok is false when no
// single context describes both (Go's join, without its JS regexp/division distinction).
func joinContexts(a, b context) (context, bool) {
	if a == b {
		return a, true
	}
	c := a
	c.urlPart = b.urlPart
	if c == b {
		c.urlPart = urlPartUnknown
		return c, true
	}
	if na, nb := nudge(a), nudge(b); na != a || nb != b {
		return joinContexts(na, nb)
	}
	return context{state: stateError}, false
}

var urlAttrs = map[string]bool{"action": true, "archive": true, "background": true, "cite": true,
	"classid": true, "codebase": true, "data": true, "formaction": true, "href": true, "icon": true,
	"longdesc": true, "manifest": true, "poster": true, "profile": true, "src": true, "usemap": true,
	"xmlns": true}

func attrKind(name string) attrType {
	name = strings.ToLower(name)
	if strings.HasPrefix(name, "data-") {
		name = name[5:]
	} else if p, local, ok := strings.Cut(name, ":"); ok {
		if p == "xmlns" {
			return attrURL
		}
		name = local
	}
	switch {
	case strings.HasPrefix(name, "on"):
		return attrScript
	case name == "style":
		return attrStyle
	case urlAttrs[name]:
		return attrURL
	case strings.Contains(name, "src") || strings.Contains(name, "uri") || strings.Contains(name, "url"):
		return attrURL
	}
	return attrNone
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// textContext runs the state machine over template text; it returns the context after it and
// the text to emit (HTML comments are dropped, as Go does).
func textContext(c context, s []byte) (context, []byte) {
	var out []byte
	i := 0
	for i < len(s) {
		switch c.state {
		case stateText:
			j := bytes.IndexByte(s[i:], '<')
			if j < 0 {
				out = append(out, s[i:]...)
				i = len(s)
				continue
			}
			out = append(out, s[i:i+j]...)
			i += j
			if bytes.HasPrefix(s[i:], []byte("<!--")) {
				c.state = stateComment
				i += 4
				continue
			}
			k := i + 1
			end := false
			if k < len(s) && s[k] == '/' {
				end = true
				k++
			}
			if k < len(s) && isASCIILetter(s[k]) {
				n := k
				for n < len(s) && !isSpaceByte(s[n]) && s[n] != '>' && s[n] != '/' {
					n++
				}
				name := strings.ToLower(string(s[k:n]))
				c.element = ""
				if !end {
					switch name {
					case "script", "style", "textarea", "title":
						c.element = name
					}
				}
				c.state = stateTag
				out = append(out, s[i:n]...)
				i = n
				continue
			}
			out = append(out, '<')
			i++
		case stateComment:
			j := bytes.Index(s[i:], []byte("-->"))
			if j < 0 {
				i = len(s)
				continue
			}
			i += j + 3
			c.state = stateText
		case stateTag:
			ch := s[i]
			switch {
			case isSpaceByte(ch) || ch == '/':
				out = append(out, ch)
				i++
			case ch == '>':
				out = append(out, ch)
				i++
				switch c.element {
				case "script":
					c.state = stateScript
				case "style":
					c.state = stateCSS
				case "textarea", "title":
					c.state = stateRCDATA
				default:
					c.state = stateText
				}
				c.jsQuote = 0
			default:
				n := i
				for n < len(s) && !isSpaceByte(s[n]) && s[n] != '=' && s[n] != '>' && s[n] != '/' {
					n++
				}
				if n == i {
					n = i + 1
				}
				c.pending = attrKind(string(s[i:n]))
				out = append(out, s[i:n]...)
				i = n
				c.state = stateAfterName
			}
		case stateAttrName, stateAfterName:
			ch := s[i]
			switch {
			case isSpaceByte(ch):
				out = append(out, ch)
				i++
			case ch == '=':
				out = append(out, ch)
				i++
				c.state = stateBeforeValue
			default:
				c.state = stateTag
				c.pending = attrNone
			}
		case stateBeforeValue:
			ch := s[i]
			switch {
			case isSpaceByte(ch):
				out = append(out, ch)
				i++
				continue
			case ch == '"':
				c.delim = delimDouble
				out = append(out, ch)
				i++
			case ch == '\'':
				c.delim = delimSingle
				out = append(out, ch)
				i++
			default:
				c.delim = delimSpace
			}
			c.state = stateAttr
			c.attr = c.pending
			c.pending = attrNone
			c.urlPart = urlPartNone
			c.jsQuote = 0
		case stateAttr:
			ch := s[i]
			if (c.delim == delimDouble && ch == '"') || (c.delim == delimSingle && ch == '\'') {
				out = append(out, ch)
				i++
				c = context{state: stateTag, element: c.element}
				continue
			}
			if c.delim == delimSpace && (isSpaceByte(ch) || ch == '>') {
				c = context{state: stateTag, element: c.element}
				continue
			}
			switch c.attr {
			case attrURL:
				if ch == '?' || ch == '#' {
					c.urlPart = urlPartQueryOrFrag
				} else if c.urlPart == urlPartNone {
					c.urlPart = urlPartPreQuery
				}
			case attrScript:
				c.jsQuote = jsStep(c.jsQuote, s, i)
			}
			out = append(out, ch)
			i++
		case stateScript, stateCSS, stateRCDATA:
			closer := "</" + c.element
			j := indexFold(s[i:], closer)
			limit := len(s)
			if j >= 0 {
				limit = i + j
			}
			for ; i < limit; i++ {
				if c.state == stateScript {
					c.jsQuote = jsStep(c.jsQuote, s, i)
				}
				out = append(out, s[i])
			}
			if j >= 0 {
				c = context{state: stateText}
			}
		}
	}
	return c, out
}

// jsStep tracks whether s[i] opens or closes a JS string literal.
func jsStep(q byte, s []byte, i int) byte {
	ch := s[i]
	if q != 0 {
		if ch == q && !escapedAt(s, i) {
			return 0
		}
		return q
	}
	if ch == '"' || ch == '\'' || ch == '`' {
		return ch
	}
	return 0
}

func escapedAt(s []byte, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func indexFold(s []byte, sub string) int {
	return strings.Index(strings.ToLower(string(s)), sub)
}

// escapersFor lists the escaper functions an action needs in context c.
func escapersFor(c context) []string {
	switch c.state {
	case stateText:
		return []string{"_html_template_htmlescaper"}
	case stateRCDATA:
		return []string{"_html_template_rcdataescaper"}
	case stateComment:
		return []string{"_html_template_commentescaper"}
	case stateScript:
		if c.jsQuote != 0 {
			return []string{"_html_template_jsstrescaper"}
		}
		return []string{"_html_template_jsvalescaper"}
	case stateCSS:
		return []string{"_html_template_cssvaluefilter"}
	case stateTag, stateAttrName, stateAfterName:
		return []string{"_html_template_htmlnamefilter"}
	}
	// Attribute values (stateBeforeValue: an unquoted value starting with the action).
	attr, delim, part, q := c.attr, c.delim, c.urlPart, c.jsQuote
	if c.state == stateBeforeValue {
		attr, delim, part, q = c.pending, delimSpace, urlPartNone, 0
	}
	var s []string
	switch attr {
	case attrURL:
		switch part {
		case urlPartNone:
			s = append(s, "_html_template_urlfilter", "_html_template_urlnormalizer")
		case urlPartPreQuery:
			s = append(s, "_html_template_urlnormalizer")
		default:
			s = append(s, "_html_template_urlescaper")
		}
	case attrScript:
		if q != 0 {
			s = append(s, "_html_template_jsstrescaper")
		} else {
			s = append(s, "_html_template_jsvalescaper")
		}
	case attrStyle:
		s = append(s, "_html_template_cssvaluefilter")
	}
	if delim == delimSpace {
		return append(s, "_html_template_htmlnospaceescaper")
	}
	return append(s, "_html_template_attrescaper")
}

// ---- the escaper walk

type escaper struct {
	ns  *nameSpace
	dry bool  // computing a context only (a range body's second pass): change no tree
	err error // the first escaping error; the walk returns stateError contexts after it
}

// fail records an escaping error at node n with Go's html/template prefix and location.
func (e *escaper) fail(n parse.Node, desc string) context {
	if e.err == nil {
		loc, _ := (*parse.Tree)(nil).ErrorContext(n)
		e.err = fmt.Errorf("html/template:%s: %s", loc, desc)
	}
	return context{state: stateError}
}

// join is the context after the branch node n (named kind) whose arms end in a and b.
func (e *escaper) join(a, b context, n parse.Node, kind string) context {
	if a.state == stateError {
		return a
	}
	if b.state == stateError {
		return b
	}
	if c, ok := joinContexts(a, b); ok {
		return c
	}
	return e.fail(n, fmt.Sprintf("{{%s}} branches end in different contexts: %v, %v", kind, a, b))
}

func (e *escaper) escapeList(c context, n *parse.ListNode) context {
	if n == nil {
		return c
	}
	for _, m := range n.Nodes {
		c = e.escapeNode(c, m)
	}
	return c
}

func (e *escaper) escapeNode(c context, n parse.Node) context {
	if c.state == stateError {
		return c
	}
	switch n := n.(type) {
	case *parse.ActionNode:
		if len(n.Pipe.Decl) != 0 {
			return c
		}
		if c.state == stateAttr && c.attr == attrURL && c.urlPart == urlPartUnknown {
			return e.fail(n, fmt.Sprintf("%s appears in an ambiguous context within a URL", n))
		}
		if !e.dry {
			escs := escapersFor(c)
			dropPredefinedEscaper(n.Pipe, escs)
			for _, name := range escs {
				cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: n.Pipe.Pos,
					Args: []parse.Node{parse.NewIdentifier(name).SetPos(n.Pos)}}
				n.Pipe.Cmds = append(n.Pipe.Cmds, cmd)
			}
		}
		if c.state == stateBeforeValue {
			c.state = stateAttr
			c.attr = c.pending
			c.delim = delimSpace
			c.pending = attrNone
		}
		return c // Go leaves urlPart as it was: a second action in a URL is filtered again
	case *parse.TextNode:
		nc, out := textContext(c, n.Text)
		if !e.dry {
			n.Text = out
		}
		return nc
	case *parse.IfNode:
		return e.join(e.escapeList(c, n.List), e.escapeList(c, n.ElseList), n, "if")
	case *parse.WithNode:
		return e.join(e.escapeList(c, n.List), e.escapeList(c, n.ElseList), n, "with")
	case *parse.RangeNode:
		c0 := e.escapeList(c, n.List)
		if c0.state == stateError {
			return c0
		}
		// The body can run again after itself: a second pass from where the first ended must
		// end in the same context. It only computes, since the body's escapers are in place.
		dry := e.dry
		e.dry = true
		c1 := e.escapeList(c0, n.List)
		e.dry = dry
		if c1.state != stateError {
			if j, ok := joinContexts(c0, c1); ok {
				c0 = j
			} else {
				return e.fail(n, fmt.Sprintf("on range loop re-entry: {{range}} branches end in different contexts: %v, %v", c0, c1))
			}
		}
		return e.join(c0, e.escapeList(c, n.ElseList), n, "range")
	case *parse.ListNode:
		return e.escapeList(c, n)
	case *parse.TemplateNode:
		end, name := e.escapeTemplate(c, n.Name)
		if !e.dry {
			n.Name = name
		}
		return end
	}
	return c
}

// equivEscapers maps the escapers Go's html/template adds to the text/template builtin that
// does the same job: a pipeline already ending in that builtin loses it (Go does the same),
// so the value is not escaped twice.
var equivEscapers = map[string]string{
	"_html_template_attrescaper":   "html",
	"_html_template_htmlescaper":   "html",
	"_html_template_rcdataescaper": "html",
	"_html_template_urlescaper":    "urlquery",
	"_html_template_urlnormalizer": "urlquery",
}

func dropPredefinedEscaper(p *parse.PipeNode, escs []string) {
	n := len(p.Cmds)
	if n == 0 || len(p.Cmds[n-1].Args) != 1 {
		return
	}
	id, ok := p.Cmds[n-1].Args[0].(*parse.IdentifierNode)
	if !ok || (id.Ident != "html" && id.Ident != "urlquery") {
		return
	}
	for _, e := range escs {
		if equivEscapers[e] == id.Ident {
			p.Cmds = p.Cmds[:n-1]
			return
		}
	}
}

// escapeTemplate escapes the template called name for a call in context c and returns the
// context it ends in and the name to call: the template itself for the start context, else a
// copy of its unescaped tree made for c (Go escapes one copy per calling context too).
func (e *escaper) escapeTemplate(c context, name string) (context, string) {
	dname := c.mangle(name)
	if end, ok := e.ns.ends[dname]; ok {
		return end, dname
	}
	t := e.ns.set[name]
	if t == nil || t.text.Tree == nil || t.text.Root == nil {
		return c, name
	}
	root := t.text.Root
	if dname != name {
		orig := e.ns.orig[name]
		if orig == nil {
			return c, name
		}
		tree := &parse.Tree{Name: dname, ParseName: t.text.Tree.ParseName, Root: orig.CopyList()}
		if _, err := t.text.AddParseTree(dname, tree); err != nil {
			return c, name
		}
		root = tree.Root
	}
	e.ns.ends[dname] = c // a recursive call sees the start context
	dry := e.dry
	e.dry = false // a called template is escaped for real, even from a range's second pass
	end := e.escapeList(c, root)
	e.dry = dry
	e.ns.ends[dname] = end
	return end, dname
}

// ---- Template

// FuncMap is the type of the map defining the mapping from names to functions.
type FuncMap map[string]any

type nameSpace struct {
	mu      sync.Mutex // escaping rewrites trees: concurrent first Executes take turns
	set     map[string]*Template
	ends    map[string]context // escaped templates: the context each ends in
	orig    map[string]*parse.ListNode // each template's tree before escaping, to copy per context
	escaped bool
}

// Template is a specialized Template from "text/template" that produces a safe HTML document
// fragment.
type Template struct {
	text *template.Template
	// The underlying template's parse tree, updated to be HTML-safe.
	Tree *parse.Tree
	*nameSpace
	escErr error // escaping this template failed: every Execute returns this
}

// New allocates a new HTML template with the given name.
func New(name string) *Template {
	ns := &nameSpace{set: make(map[string]*Template), ends: make(map[string]context)}
	tmpl := &Template{text: template.New(name), nameSpace: ns}
	tmpl.text.Funcs(escaperFuncs)
	tmpl.set[name] = tmpl
	return tmpl
}

// New allocates a new HTML template associated with the given one and with the same delimiters.
func (t *Template) New(name string) *Template {
	tmpl := &Template{text: t.text.New(name), nameSpace: t.nameSpace}
	tmpl.set[name] = tmpl
	return tmpl
}

// Name returns the name of the template.
func (t *Template) Name() string { return t.text.Name() }

// Parse parses text as a template body for t.
func (t *Template) Parse(text string) (*Template, error) {
	if t.escaped {
		return nil, fmt.Errorf("html/template: cannot Parse after Execute")
	}
	ret, err := t.text.Parse(text)
	if err != nil {
		return nil, err
	}
	for _, v := range ret.Templates() {
		name := v.Name()
		tmpl := t.set[name]
		if tmpl == nil {
			tmpl = &Template{nameSpace: t.nameSpace}
			t.set[name] = tmpl
		}
		tmpl.text = v
		tmpl.Tree = v.Tree
	}
	return t, nil
}

// AddParseTree creates a new template with the name and parse tree and associates it with t.
func (t *Template) AddParseTree(name string, tree *parse.Tree) (*Template, error) {
	if t.escaped {
		return nil, fmt.Errorf("html/template: cannot AddParseTree to %q after it has executed", t.Name())
	}
	text, err := t.text.AddParseTree(name, tree)
	if err != nil {
		return nil, err
	}
	ret := &Template{text: text, Tree: text.Tree, nameSpace: t.nameSpace}
	t.set[name] = ret
	return ret, nil
}

func (t *Template) escape() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.escaped {
		// Trees cannot change after the first Execute (Parse and AddParseTree then fail), so
		// one snapshot serves every later copy for another calling context.
		t.escaped = true
		t.orig = make(map[string]*parse.ListNode)
		for name, x := range t.set {
			if x.text != nil && x.text.Tree != nil && x.text.Root != nil {
				t.orig[name] = x.text.Root.CopyList()
			}
		}
	}
	if t.escErr != nil {
		return t.escErr
	}
	if t.text.Tree == nil || t.text.Root == nil {
		return fmt.Errorf("template: %q is an incomplete or empty template", t.Name())
	}
	e := &escaper{ns: t.nameSpace}
	end, _ := e.escapeTemplate(context{}, t.Name())
	if e.err == nil && end.state != stateText {
		e.err = fmt.Errorf("html/template:%s: ends in a non-text context: %v", t.Name(), end)
	}
	if e.err != nil {
		t.escErr = e.err
		return e.err
	}
	t.Tree = t.text.Tree
	return nil
}

// Execute applies a parsed template to the specified data object, writing the output to wr.
func (t *Template) Execute(wr io.Writer, data any) error {
	if err := t.escape(); err != nil {
		return err
	}
	return t.text.Execute(wr, data)
}

// ExecuteTemplate applies the template associated with t that has the given name to the
// specified data object and writes the output to wr.
func (t *Template) ExecuteTemplate(wr io.Writer, name string, data any) error {
	tmpl := t.set[name]
	if tmpl == nil {
		return fmt.Errorf("html/template: %q is undefined", name)
	}
	if err := tmpl.escape(); err != nil {
		return err
	}
	return tmpl.text.Execute(wr, data)
}

// DefinedTemplates returns a string listing the defined templates.
func (t *Template) DefinedTemplates() string { return t.text.DefinedTemplates() }

// Clone returns a duplicate of the template, including all associated templates.
func (t *Template) Clone() (*Template, error) {
	if t.escaped {
		return nil, fmt.Errorf("html/template: cannot Clone %q after it has executed", t.Name())
	}
	textClone, err := t.text.Clone()
	if err != nil {
		return nil, err
	}
	ns := &nameSpace{set: make(map[string]*Template), ends: make(map[string]context)}
	ret := &Template{text: textClone, Tree: textClone.Tree, nameSpace: ns}
	ret.set[ret.Name()] = ret
	for _, x := range textClone.Templates() {
		if x.Tree != nil {
			x.Tree = x.Tree.Copy()
		}
		if x.Name() == ret.Name() {
			ret.Tree = x.Tree
			continue
		}
		ret.set[x.Name()] = &Template{text: x, Tree: x.Tree, nameSpace: ns}
	}
	if textClone.Tree != nil && ret.Tree != textClone.Tree {
		textClone.Tree = textClone.Tree.Copy()
		ret.Tree = textClone.Tree
	}
	return ret, nil
}

// Funcs adds the elements of the argument map to the template's function map.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.text.Funcs(template.FuncMap(funcMap))
	return t
}

// Delims sets the action delimiters to the specified strings.
func (t *Template) Delims(left, right string) *Template {
	t.text.Delims(left, right)
	return t
}

// Option sets options for the template (see text/template).
func (t *Template) Option(opt ...string) *Template {
	t.text.Option(opt...)
	return t
}

// Lookup returns the template with the given name that is associated with t, or nil.
func (t *Template) Lookup(name string) *Template { return t.set[name] }

// Templates returns a slice of the templates associated with t, including t itself.
func (t *Template) Templates() []*Template {
	names := make([]string, 0, len(t.set))
	for n := range t.set {
		names = append(names, n)
	}
	sort.Strings(names)
	m := make([]*Template, 0, len(names))
	for _, n := range names {
		m = append(m, t.set[n])
	}
	return m
}

// Must is a helper that wraps a call to a function returning (*Template, error) and panics if
// the error is non-nil.
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// ParseFiles creates a new Template and parses the template definitions from the named files.
func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, readFileOS, filenames...)
}

// ParseFiles parses the named files and associates the resulting templates with t.
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(t, readFileOS, filenames...)
}

func parseFiles(t *Template, readFile func(string) (string, []byte, error), filenames ...string) (*Template, error) {
	if len(filenames) == 0 {
		return nil, fmt.Errorf("html/template: no files named in call to ParseFiles")
	}
	for _, filename := range filenames {
		name, b, err := readFile(filename)
		if err != nil {
			return nil, err
		}
		if t == nil {
			t = New(name)
		}
		tmpl := t
		if name != t.Name() {
			tmpl = t.New(name)
		}
		if _, err := tmpl.Parse(string(b)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// ParseGlob creates a new Template and parses the template definitions from the files
// identified by the pattern.
func ParseGlob(pattern string) (*Template, error) { return parseGlob(nil, pattern) }

// ParseGlob parses the template definitions in the files identified by the pattern and
// associates the resulting templates with t.
func (t *Template) ParseGlob(pattern string) (*Template, error) { return parseGlob(t, pattern) }

func parseGlob(t *Template, pattern string) (*Template, error) {
	filenames, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(filenames) == 0 {
		return nil, fmt.Errorf("html/template: pattern matches no files: %#q", pattern)
	}
	return parseFiles(t, readFileOS, filenames...)
}

// ParseFS is like ParseFiles or ParseGlob but reads from the file system fsys
// instead of the host operating system's file system.
// It accepts a list of glob patterns.
// (Note that most file names serve as glob patterns matching only themselves.)
func ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	return parseFS(nil, fsys, patterns)
}

// ParseFS is like ParseFiles or ParseGlob but reads from the file system fsys
// instead of the host operating system's file system.
// It accepts a list of glob patterns.
// (Note that most file names serve as glob patterns matching only themselves.)
func (t *Template) ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	return parseFS(t, fsys, patterns)
}

func parseFS(t *Template, fsys fs.FS, patterns []string) (*Template, error) {
	var filenames []string
	for _, pattern := range patterns {
		list, err := fs.Glob(fsys, pattern)
		if err != nil {
			return nil, err
		}
		if len(list) == 0 {
			return nil, fmt.Errorf("html/template: pattern matches no files: %#q", pattern)
		}
		filenames = append(filenames, list...)
	}
	return parseFiles(t, readFileFS(fsys), filenames...)
}

func readFileOS(file string) (name string, b []byte, err error) {
	name = filepath.Base(file)
	b, err = os.ReadFile(file)
	return
}

func readFileFS(fsys fs.FS) func(string) (string, []byte, error) {
	return func(file string) (name string, b []byte, err error) {
		name = path.Base(file)
		b, err = fs.ReadFile(fsys, file)
		return
	}
}

// ---- re-exported from text/template

// HTMLEscape writes to w the escaped HTML equivalent of the plain text data b.
func HTMLEscape(w io.Writer, b []byte) { template.HTMLEscape(w, b) }

// HTMLEscapeString returns the escaped HTML equivalent of the plain text data s.
func HTMLEscapeString(s string) string { return template.HTMLEscapeString(s) }

// HTMLEscaper returns the escaped HTML equivalent of the textual representation of its arguments.
func HTMLEscaper(args ...any) string { return template.HTMLEscaper(args...) }

// JSEscape writes to w the escaped JavaScript equivalent of the plain text data b.
func JSEscape(w io.Writer, b []byte) { template.JSEscape(w, b) }

// JSEscapeString returns the escaped JavaScript equivalent of the plain text data s.
func JSEscapeString(s string) string { return template.JSEscapeString(s) }

// JSEscaper returns the escaped JavaScript equivalent of the textual representation of its
// arguments.
func JSEscaper(args ...any) string { return template.JSEscaper(args...) }

// URLQueryEscaper returns the escaped value of the textual representation of its arguments in
// a form suitable for embedding in a URL query.
func URLQueryEscaper(args ...any) string { return template.URLQueryEscaper(args...) }

// IsTrue reports whether the value is 'true', in the sense of not the zero of its type, and
// whether the value has a meaningful truth value.
func IsTrue(val any) (truth, ok bool) { return template.IsTrue(val) }
