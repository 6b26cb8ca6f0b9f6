// Package xml: gort's encoding/xml, written for gort over its Go-written reflect, following the
// behaviour documented for Go 1.19's package (marshal.go/read.go/typeinfo.go/xml.go): the same
// element-name precedence, struct-tag flags (attr, chardata, cdata, innerxml, comment, any,
// omitempty, a>b>c parent paths, "-"), MarshalIndent's layout, the tokenizer's namespace
// translation and its SyntaxError texts. Not covered: the Marshaler/Unmarshaler interfaces,
// attribute name-space prefixes on output, non-UTF-8 charsets.
package xml

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Header is a generic XML header suitable for use with the output of Marshal.
const Header = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// Marshaler is the interface implemented by objects that can marshal themselves into valid
// XML elements.
type Marshaler interface {
	MarshalXML(e *Encoder, start StartElement) error
}

// Unmarshaler is the interface implemented by objects that can unmarshal an XML element
// description of themselves.
type Unmarshaler interface {
	UnmarshalXML(d *Decoder, start StartElement) error
}

var (
	marshalerType       = reflect.TypeOf((*Marshaler)(nil)).Elem()
	unmarshalerType     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	textMarshalerType   = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// A Name represents an XML name (Local) annotated with a name space identifier (Space).
type Name struct {
	Space, Local string
}

// An Attr represents an attribute in an XML element (Name=Value).
type Attr struct {
	Name  Name
	Value string
}

// A Token is an interface holding one of the token types: StartElement, EndElement,
// CharData, Comment, ProcInst, or Directive.
type Token any

// A StartElement represents an XML start element.
type StartElement struct {
	Name Name
	Attr []Attr
}

// Copy creates a new copy of StartElement.
func (e StartElement) Copy() StartElement {
	attrs := make([]Attr, len(e.Attr))
	copy(attrs, e.Attr)
	e.Attr = attrs
	return e
}

// End returns the corresponding XML end element.
func (e StartElement) End() EndElement { return EndElement{e.Name} }

// An EndElement represents an XML end element.
type EndElement struct {
	Name Name
}

// A CharData represents XML character data (raw text), with entities decoded.
type CharData []byte

func (c CharData) Copy() CharData { return CharData(bytes.Clone(c)) }

// A Comment represents an XML comment of the form <!--comment-->.
type Comment []byte

func (c Comment) Copy() Comment { return Comment(bytes.Clone(c)) }

// A ProcInst represents an XML processing instruction of the form <?target inst?>
type ProcInst struct {
	Target string
	Inst   []byte
}

func (p ProcInst) Copy() ProcInst {
	p.Inst = bytes.Clone(p.Inst)
	return p
}

// A Directive represents an XML directive of the form <!text>.
type Directive []byte

func (d Directive) Copy() Directive { return Directive(bytes.Clone(d)) }

// CopyToken returns a copy of a Token.
func CopyToken(t Token) Token {
	switch v := t.(type) {
	case CharData:
		return v.Copy()
	case Comment:
		return v.Copy()
	case Directive:
		return v.Copy()
	case ProcInst:
		return v.Copy()
	case StartElement:
		return v.Copy()
	}
	return t
}

// A SyntaxError represents a syntax error in the XML input stream.
type SyntaxError struct {
	Msg  string
	Line int
}

func (e *SyntaxError) Error() string {
	return "XML syntax error on line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

// An UnmarshalError represents an error in the unmarshaling process.
type UnmarshalError string

func (e UnmarshalError) Error() string { return string(e) }

// UnsupportedTypeError is returned when Marshal encounters a type that cannot be converted
// into XML.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "xml: unsupported type: " + e.Type.String()
}

// A TagPathError represents an error in the unmarshaling process caused by the use of field
// tags with conflicting paths.
type TagPathError struct {
	Struct       reflect.Type
	Field1, Tag1 string
	Field2, Tag2 string
}

func (e *TagPathError) Error() string {
	return fmt.Sprintf("%s field %q with tag %q conflicts with field %q with tag %q", e.Struct, e.Field1, e.Tag1, e.Field2, e.Tag2)
}

// ---------------------------------------------------------------------------------------------
// Escaping

// isInCharacterRange reports whether r is a Char of the XML 1.0 grammar.
func isInCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// escapeInto appends s escaped as XML text to buf; escapeNewline chooses whether '\n' becomes
// &#xA; (it does for EscapeText and Marshal, not for EncodeToken's CharData).
func escapeInto(buf []byte, s []byte, escapeNewline bool) []byte {
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		i += width
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			if !escapeNewline {
				continue
			}
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if !isInCharacterRange(r) || (r == utf8.RuneError && width == 1) {
				esc = "\uFFFD"
				break
			}
			continue
		}
		buf = append(buf, s[last:i-width]...)
		buf = append(buf, esc...)
		last = i
	}
	return append(buf, s[last:]...)
}

// EscapeText writes to w the properly escaped XML equivalent of the plain text data s.
func EscapeText(w io.Writer, s []byte) error {
	_, err := w.Write(escapeInto(nil, s, true))
	return err
}

// Escape is like EscapeText but omits the error return value (and keeps newlines).
func Escape(w io.Writer, s []byte) {
	w.Write(escapeInto(nil, s, false))
}

// ---------------------------------------------------------------------------------------------
// Struct field information (the struct tags)

const (
	fElement = 1 << iota
	fAttr
	fCDATA
	fCharData
	fInnerXML
	fComment
	fAny
	fOmitEmpty

	fMode = fElement | fAttr | fCDATA | fCharData | fInnerXML | fComment | fAny
)

type fieldInfo struct {
	idx     []int
	name    string
	xmlns   string
	flags   int
	parents []string
}

type typeInfo struct {
	xmlname *fieldInfo
	fields  []fieldInfo
}

var tinfoCache = map[reflect.Type]*typeInfo{}

var nameType = reflect.TypeOf(Name{})

func getTypeInfo(typ reflect.Type) (*typeInfo, error) {
	if ti, ok := tinfoCache[typ]; ok {
		return ti, nil
	}
	tinfo := &typeInfo{}
	if typ.Kind() == reflect.Struct && typ != nameType {
		n := typ.NumField()
		for i := 0; i < n; i++ {
			f := typ.Field(i)
			if (!f.IsExported() && !f.Anonymous) || f.Tag.Get("xml") == "-" {
				continue
			}
			// An untagged embedded struct contributes its fields.
			if f.Anonymous {
				t := f.Type
				if t.Kind() == reflect.Pointer {
					t = t.Elem()
				}
				if t.Kind() == reflect.Struct && f.Tag.Get("xml") == "" {
					inner, err := getTypeInfo(t)
					if err != nil {
						return nil, err
					}
					if tinfo.xmlname == nil && inner.xmlname != nil {
						x := *inner.xmlname
						x.idx = append([]int{i}, x.idx...)
						tinfo.xmlname = &x
					}
					for _, fi := range inner.fields {
						fi.idx = append([]int{i}, fi.idx...)
						tinfo.fields = append(tinfo.fields, fi)
					}
					continue
				}
				if !f.IsExported() {
					continue
				}
			}
			finfo, err := structFieldInfo(typ, &f)
			if err != nil {
				return nil, err
			}
			if f.Name == "XMLName" {
				tinfo.xmlname = finfo
				continue
			}
			tinfo.fields = append(tinfo.fields, *finfo)
		}
	}
	tinfoCache[typ] = tinfo
	return tinfo, nil
}

func structFieldInfo(typ reflect.Type, f *reflect.StructField) (*fieldInfo, error) {
	finfo := &fieldInfo{idx: f.Index}
	tag := f.Tag.Get("xml")
	if i := strings.Index(tag, " "); i >= 0 {
		finfo.xmlns, tag = tag[:i], tag[i+1:]
	}
	tokens := strings.Split(tag, ",")
	if len(tokens) == 1 {
		finfo.flags = fElement
	} else {
		tag = tokens[0]
		for _, flag := range tokens[1:] {
			switch flag {
			case "attr":
				finfo.flags |= fAttr
			case "cdata":
				finfo.flags |= fCDATA
			case "chardata":
				finfo.flags |= fCharData
			case "innerxml":
				finfo.flags |= fInnerXML
			case "comment":
				finfo.flags |= fComment
			case "any":
				finfo.flags |= fAny
			case "omitempty":
				finfo.flags |= fOmitEmpty
			}
		}
		valid := true
		switch mode := finfo.flags & fMode; mode {
		case 0:
			finfo.flags |= fElement
		case fAttr, fCDATA, fCharData, fInnerXML, fComment, fAny, fAny | fAttr:
			if f.Name == "XMLName" || tag != "" && mode != fAttr {
				valid = false
			}
		default:
			valid = false
		}
		if finfo.flags&fMode == fAny {
			finfo.flags |= fElement
		}
		if finfo.flags&fOmitEmpty != 0 && finfo.flags&(fElement|fAttr) == 0 {
			valid = false
		}
		if !valid {
			return nil, fmt.Errorf("xml: invalid tag in field %s of type %s: %q", f.Name, typ, f.Tag.Get("xml"))
		}
	}
	if f.Name == "XMLName" {
		finfo.name = tag
		return finfo, nil
	}
	if tag == "" {
		// No name in the tag: the field's type's XMLName, else the field name.
		if xf := lookupXMLName(f.Type); xf != nil {
			finfo.xmlns, finfo.name = xf.xmlns, xf.name
		} else {
			finfo.name = f.Name
		}
		return finfo, nil
	}
	parents := strings.Split(tag, ">")
	if parents[0] == "" {
		parents[0] = f.Name
	}
	if parents[len(parents)-1] == "" {
		return nil, fmt.Errorf("xml: trailing '>' in field %s of type %s", f.Name, typ)
	}
	finfo.name = parents[len(parents)-1]
	if len(parents) > 1 {
		if finfo.flags&fElement == 0 {
			return nil, fmt.Errorf("xml: %s chain not valid with %s flag", tag, strings.Join(tokens[1:], ","))
		}
		finfo.parents = parents[:len(parents)-1]
	}
	return finfo, nil
}

func lookupXMLName(typ reflect.Type) *fieldInfo {
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	if typ.Kind() != reflect.Struct {
		return nil
	}
	for i, n := 0, typ.NumField(); i < n; i++ {
		f := typ.Field(i)
		if f.Name != "XMLName" {
			continue
		}
		finfo, err := structFieldInfo(typ, &f)
		if err == nil && finfo.name != "" {
			return finfo
		}
		break
	}
	return nil
}

// value returns v's field described by finfo, making nil embedded pointers on the way when
// init is set (else an invalid Value says one was nil).
func (finfo *fieldInfo) value(v reflect.Value, init bool) reflect.Value {
	for i, x := range finfo.idx {
		if i > 0 {
			t := v.Type()
			if t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct {
				if v.IsNil() {
					if !init {
						return reflect.Value{}
					}
					v.Set(reflect.New(v.Type().Elem()))
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

func indirect(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return v
		}
		v = v.Elem()
	}
	return v
}

// ---------------------------------------------------------------------------------------------
// Writing: Marshal, MarshalIndent and the Encoder, over a printer that owns the indentation
// state (a start tag on a new indented line; an end tag on its own line unless the element held
// only text).

// Marshal returns the XML encoding of v.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := NewEncoder(&b)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// MarshalIndent works like Marshal, but each XML element begins on a new indented line that
// starts with prefix and is followed by one or more copies of indent according to the nesting
// depth.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := NewEncoder(&b)
	enc.Indent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type printer struct {
	w          io.Writer
	buf        []byte
	prefix     string
	indent     string
	depth      int
	indentedIn bool
	putNewline bool
	tags       []Name
	wrote      bool
	err        error
	enc        *Encoder
}

// An Encoder writes XML data to an output stream.
type Encoder struct {
	p printer
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	e := &Encoder{printer{w: w}}
	e.p.enc = e
	return e
}

// Indent sets the encoder to generate XML in which each element begins on a new indented line.
func (enc *Encoder) Indent(prefix, indent string) {
	enc.p.prefix = prefix
	enc.p.indent = indent
}

// Encode writes the XML encoding of v to the stream.
func (enc *Encoder) Encode(v any) error {
	err := enc.p.marshalValue(reflect.ValueOf(v), nil, nil)
	if err != nil {
		return err
	}
	return enc.p.flush()
}

// EncodeElement writes the XML encoding of v to the stream, using start as the outermost tag.
func (enc *Encoder) EncodeElement(v any, start StartElement) error {
	err := enc.p.marshalValue(reflect.ValueOf(v), nil, &start)
	if err != nil {
		return err
	}
	return enc.p.flush()
}

// Flush flushes any buffered XML to the underlying writer.
func (enc *Encoder) Flush() error { return enc.p.flush() }

// Close flushes and reports an unclosed tag.
func (enc *Encoder) Close() error {
	if len(enc.p.tags) > 0 {
		return fmt.Errorf("unclosed tag <%s>", enc.p.tags[len(enc.p.tags)-1].Local)
	}
	return enc.p.flush()
}

// EncodeToken writes the given XML token to the stream.
func (enc *Encoder) EncodeToken(t Token) error {
	p := &enc.p
	switch t := t.(type) {
	case StartElement:
		return p.writeStart(&t)
	case EndElement:
		return p.writeEnd(t.Name)
	case CharData:
		p.buf = escapeInto(p.buf, t, false)
	case Comment:
		if bytes.Contains(t, []byte("-->")) {
			return fmt.Errorf("xml: EncodeToken of Comment containing --> marker")
		}
		p.str("<!--")
		p.buf = append(p.buf, t...)
		p.str("-->")
	case ProcInst:
		if t.Target == "xml" && (p.wrote || len(p.buf) != 0) {
			return fmt.Errorf("xml: EncodeToken of ProcInst xml target only valid for xml declaration, first token encoded")
		}
		if !isNameString(t.Target) {
			return fmt.Errorf("xml: EncodeToken of ProcInst with invalid Target")
		}
		if bytes.Contains(t.Inst, []byte("?>")) {
			return fmt.Errorf("xml: EncodeToken of ProcInst containing ?> marker")
		}
		p.str("<?")
		p.str(t.Target)
		if len(t.Inst) > 0 {
			p.buf = append(p.buf, ' ')
			p.buf = append(p.buf, t.Inst...)
		}
		p.str("?>")
	case Directive:
		p.str("<!")
		p.buf = append(p.buf, t...)
		p.str(">")
	default:
		return fmt.Errorf("xml: EncodeToken of invalid token type")
	}
	return nil
}

func (p *printer) str(s string) { p.buf = append(p.buf, s...) }

func (p *printer) flush() error {
	if p.err != nil {
		return p.err
	}
	if len(p.buf) > 0 {
		p.wrote = true
		_, p.err = p.w.Write(p.buf)
		p.buf = p.buf[:0]
	}
	return p.err
}

func (p *printer) escapeString(s string) { p.buf = escapeInto(p.buf, []byte(s), true) }

func (p *printer) writeIndent(depthDelta int) {
	if len(p.prefix) == 0 && len(p.indent) == 0 {
		return
	}
	if depthDelta < 0 {
		p.depth--
		if p.indentedIn {
			p.indentedIn = false
			return
		}
		p.indentedIn = false
	}
	if p.putNewline {
		p.buf = append(p.buf, '\n')
	} else {
		p.putNewline = true
	}
	p.str(p.prefix)
	for i := 0; i < p.depth; i++ {
		p.str(p.indent)
	}
	if depthDelta > 0 {
		p.depth++
		p.indentedIn = true
	}
}

func (p *printer) writeStart(start *StartElement) error {
	if start.Name.Local == "" {
		return fmt.Errorf("xml: start tag with no name")
	}
	p.tags = append(p.tags, start.Name)
	p.writeIndent(1)
	p.buf = append(p.buf, '<')
	p.str(start.Name.Local)
	if start.Name.Space != "" {
		p.str(` xmlns="`)
		p.escapeString(start.Name.Space)
		p.buf = append(p.buf, '"')
	}
	for _, attr := range start.Attr {
		name := attr.Name
		if name.Local == "" {
			continue
		}
		p.buf = append(p.buf, ' ')
		if name.Space != "" {
			p.str(name.Space)
			p.buf = append(p.buf, ':')
		}
		p.str(name.Local)
		p.str(`="`)
		p.escapeString(attr.Value)
		p.buf = append(p.buf, '"')
	}
	p.buf = append(p.buf, '>')
	return nil
}

func (p *printer) writeEnd(name Name) error {
	if name.Local == "" {
		return fmt.Errorf("xml: end tag with no name")
	}
	if len(p.tags) == 0 || p.tags[len(p.tags)-1].Local == "" {
		return fmt.Errorf("xml: end tag </%s> without start tag", name.Local)
	}
	if top := p.tags[len(p.tags)-1]; top != name {
		if top.Local != name.Local {
			return fmt.Errorf("xml: end tag </%s> does not match start tag <%s>", name.Local, top.Local)
		}
		return fmt.Errorf("xml: end tag </%s> in namespace %s does not match start tag <%s> in namespace %s", name.Local, name.Space, top.Local, top.Space)
	}
	p.tags = p.tags[:len(p.tags)-1]
	p.writeIndent(-1)
	p.str("</")
	p.str(name.Local)
	p.buf = append(p.buf, '>')
	return nil
}

func (p *printer) marshalValue(val reflect.Value, finfo *fieldInfo, startTemplate *StartElement) error {
	if startTemplate != nil && startTemplate.Name.Local == "" {
		return fmt.Errorf("xml: EncodeElement of StartElement with missing name")
	}
	if !val.IsValid() {
		return nil
	}
	if finfo != nil && finfo.flags&fOmitEmpty != 0 && isEmptyValue(val) {
		return nil
	}
	for val.Kind() == reflect.Interface || val.Kind() == reflect.Pointer {
		if val.IsNil() {
			return nil
		}
		val = val.Elem()
	}
	kind := val.Kind()
	typ := val.Type()
	// The Marshaler and TextMarshaler hooks, on the value or (addressable) its pointer.
	if val.CanInterface() && typ.Implements(marshalerType) {
		return p.marshalInterface(val.Interface().(Marshaler), defaultStart(typ, finfo, startTemplate))
	}
	if val.CanAddr() {
		pv := val.Addr()
		if pv.CanInterface() && pv.Type().Implements(marshalerType) {
			return p.marshalInterface(pv.Interface().(Marshaler), defaultStart(pv.Type(), finfo, startTemplate))
		}
	}
	if val.CanInterface() && typ.Implements(textMarshalerType) {
		return p.marshalTextInterface(val.Interface().(encoding.TextMarshaler), defaultStart(typ, finfo, startTemplate))
	}
	if val.CanAddr() {
		pv := val.Addr()
		if pv.CanInterface() && pv.Type().Implements(textMarshalerType) {
			return p.marshalTextInterface(pv.Interface().(encoding.TextMarshaler), defaultStart(pv.Type(), finfo, startTemplate))
		}
	}
	if (kind == reflect.Slice || kind == reflect.Array) && typ.Elem().Kind() != reflect.Uint8 {
		for i, n := 0, val.Len(); i < n; i++ {
			if err := p.marshalValue(val.Index(i), finfo, startTemplate); err != nil {
				return err
			}
		}
		return nil
	}
	tinfo, err := getTypeInfo(typ)
	if err != nil {
		return err
	}
	// The element's name: the template, the XMLName field, the struct field, the type name.
	var start StartElement
	if startTemplate != nil {
		start.Name = startTemplate.Name
		start.Attr = append(start.Attr, startTemplate.Attr...)
	} else if tinfo.xmlname != nil {
		xmlname := tinfo.xmlname
		if xmlname.name != "" {
			start.Name.Space, start.Name.Local = xmlname.xmlns, xmlname.name
		} else {
			fv := xmlname.value(val, false)
			if fv.IsValid() {
				if v, ok := fv.Interface().(Name); ok && v.Local != "" {
					start.Name = v
				}
			}
		}
	}
	if start.Name.Local == "" && finfo != nil {
		start.Name.Space, start.Name.Local = finfo.xmlns, finfo.name
	}
	if start.Name.Local == "" {
		name := typ.Name()
		if i := strings.IndexByte(name, '['); i >= 0 {
			name = name[:i]
		}
		if name == "" {
			return &UnsupportedTypeError{typ}
		}
		start.Name.Local = name
	}
	for i := range tinfo.fields {
		finfo := &tinfo.fields[i]
		if finfo.flags&fAttr == 0 {
			continue
		}
		fv := finfo.value(val, false)
		if finfo.flags&fOmitEmpty != 0 && (!fv.IsValid() || isEmptyValue(fv)) {
			continue
		}
		if !fv.IsValid() || fv.Kind() == reflect.Interface && fv.IsNil() {
			continue
		}
		if err := p.marshalAttr(&start, Name{Space: finfo.xmlns, Local: finfo.name}, fv); err != nil {
			return err
		}
	}
	if err := p.writeStart(&start); err != nil {
		return err
	}
	if kind == reflect.Struct {
		err = p.marshalStruct(tinfo, val)
	} else {
		s, b, err1 := marshalSimple(typ, val)
		if err1 != nil {
			err = err1
		} else if b != nil {
			p.buf = escapeInto(p.buf, b, true)
		} else {
			p.escapeString(s)
		}
	}
	if err != nil {
		return err
	}
	return p.writeEnd(start.Name)
}

func defaultStart(typ reflect.Type, finfo *fieldInfo, startTemplate *StartElement) StartElement {
	var start StartElement
	if startTemplate != nil {
		start.Name = startTemplate.Name
		start.Attr = append(start.Attr, startTemplate.Attr...)
	} else if finfo != nil && finfo.name != "" {
		start.Name.Local = finfo.name
		start.Name.Space = finfo.xmlns
	} else if typ.Name() != "" {
		start.Name.Local = typ.Name()
	} else {
		start.Name.Local = typ.Elem().Name()
	}
	return start
}

func receiverType(val any) string {
	t := reflect.TypeOf(val)
	if t.Name() != "" {
		return t.String()
	}
	return "(" + t.String() + ")"
}

func (p *printer) marshalInterface(val Marshaler, start StartElement) error {
	// A marker on the tag stack keeps MarshalXML from closing tags it did not open.
	p.tags = append(p.tags, Name{})
	n := len(p.tags)
	if err := val.MarshalXML(p.enc, start); err != nil {
		return err
	}
	if len(p.tags) > n {
		return fmt.Errorf("xml: %s.MarshalXML wrote invalid XML: <%s> not closed", receiverType(val), p.tags[len(p.tags)-1].Local)
	}
	p.tags = p.tags[:n-1]
	return nil
}

func (p *printer) marshalTextInterface(val encoding.TextMarshaler, start StartElement) error {
	if err := p.writeStart(&start); err != nil {
		return err
	}
	text, err := val.MarshalText()
	if err != nil {
		return err
	}
	p.buf = escapeInto(p.buf, text, true)
	return p.writeEnd(start.Name)
}

func (p *printer) marshalAttr(start *StartElement, name Name, val reflect.Value) error {
	if val.CanInterface() && val.Type().Implements(textMarshalerType) {
		if val.Kind() == reflect.Pointer && val.IsNil() {
			return nil
		}
		text, err := val.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return err
		}
		start.Attr = append(start.Attr, Attr{name, string(text)})
		return nil
	}
	if val.CanAddr() {
		pv := val.Addr()
		if pv.CanInterface() && pv.Type().Implements(textMarshalerType) {
			text, err := pv.Interface().(encoding.TextMarshaler).MarshalText()
			if err != nil {
				return err
			}
			start.Attr = append(start.Attr, Attr{name, string(text)})
			return nil
		}
	}
	for val.Kind() == reflect.Interface || val.Kind() == reflect.Pointer {
		if val.IsNil() {
			return nil
		}
		val = val.Elem()
	}
	if val.Kind() == reflect.Slice && val.Type().Elem().Kind() != reflect.Uint8 {
		for i, n := 0, val.Len(); i < n; i++ {
			if err := p.marshalAttr(start, name, val.Index(i)); err != nil {
				return err
			}
		}
		return nil
	}
	if val.Type() == reflect.TypeOf(Attr{}) {
		start.Attr = append(start.Attr, val.Interface().(Attr))
		return nil
	}
	s, b, err := marshalSimple(val.Type(), val)
	if err != nil {
		return err
	}
	if b != nil {
		s = string(b)
	}
	start.Attr = append(start.Attr, Attr{name, s})
	return nil
}

func marshalSimple(typ reflect.Type, val reflect.Value) (string, []byte, error) {
	switch val.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(val.Int(), 10), nil, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(val.Uint(), 10), nil, nil
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(val.Float(), 'g', -1, val.Type().Bits()), nil, nil
	case reflect.String:
		return val.String(), nil, nil
	case reflect.Bool:
		return strconv.FormatBool(val.Bool()), nil, nil
	case reflect.Array:
		if typ.Elem().Kind() != reflect.Uint8 {
			break
		}
		b := make([]byte, val.Len())
		for i := range b {
			b[i] = byte(val.Index(i).Uint())
		}
		return "", b, nil
	case reflect.Slice:
		if typ.Elem().Kind() != reflect.Uint8 {
			break
		}
		return "", val.Bytes(), nil
	}
	return "", nil, &UnsupportedTypeError{typ}
}

// parentStack writes the a>b parents of a field's path, sharing them between neighbours.
type parentStack struct {
	p     *printer
	stack []string
}

func (s *parentStack) trim(parents []string) error {
	split := 0
	for ; split < len(parents) && split < len(s.stack); split++ {
		if parents[split] != s.stack[split] {
			break
		}
	}
	for i := len(s.stack) - 1; i >= split; i-- {
		if err := s.p.writeEnd(Name{Local: s.stack[i]}); err != nil {
			return err
		}
	}
	s.stack = s.stack[:split]
	return nil
}

func (s *parentStack) push(parents []string) error {
	for i := 0; i < len(parents); i++ {
		if err := s.p.writeStart(&StartElement{Name: Name{Local: parents[i]}}); err != nil {
			return err
		}
	}
	s.stack = append(s.stack, parents...)
	return nil
}

func (p *printer) marshalStruct(tinfo *typeInfo, val reflect.Value) error {
	s := parentStack{p: p}
	for i := range tinfo.fields {
		finfo := &tinfo.fields[i]
		if finfo.flags&fAttr != 0 {
			continue
		}
		vf := finfo.value(val, false)
		if !vf.IsValid() {
			continue
		}
		switch finfo.flags & fMode {
		case fCDATA, fCharData:
			if err := s.trim(finfo.parents); err != nil {
				return err
			}
			vf = indirect(vf)
			var text []byte
			switch vf.Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				text = strconv.AppendInt(nil, vf.Int(), 10)
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				text = strconv.AppendUint(nil, vf.Uint(), 10)
			case reflect.Float32, reflect.Float64:
				text = strconv.AppendFloat(nil, vf.Float(), 'g', -1, vf.Type().Bits())
			case reflect.Bool:
				text = strconv.AppendBool(nil, vf.Bool())
			case reflect.String:
				text = []byte(vf.String())
			case reflect.Slice:
				if vf.Type().Elem().Kind() == reflect.Uint8 {
					text = vf.Bytes()
				}
			}
			if finfo.flags&fMode == fCDATA {
				p.emitCDATA(text)
			} else {
				p.buf = escapeInto(p.buf, text, true)
			}
			continue
		case fComment:
			if err := s.trim(finfo.parents); err != nil {
				return err
			}
			vf = indirect(vf)
			k := vf.Kind()
			if !(k == reflect.String || k == reflect.Slice && vf.Type().Elem().Kind() == reflect.Uint8) {
				return fmt.Errorf("xml: bad type for comment field of %s", val.Type())
			}
			if vf.Len() == 0 {
				continue
			}
			var c string
			if k == reflect.String {
				c = vf.String()
			} else {
				c = string(vf.Bytes())
			}
			if strings.Contains(c, "--") {
				return fmt.Errorf(`xml: comments must not contain "--"`)
			}
			p.writeIndent(0)
			p.str("<!--")
			p.str(c)
			if c[len(c)-1] == '-' {
				p.buf = append(p.buf, ' ')
			}
			p.str("-->")
			continue
		case fInnerXML:
			vf = indirect(vf)
			if vf.Kind() == reflect.String {
				p.str(vf.String())
				continue
			}
			if vf.Kind() == reflect.Slice && vf.Type().Elem().Kind() == reflect.Uint8 {
				p.buf = append(p.buf, vf.Bytes()...)
				continue
			}
		case fElement, fElement | fAny:
			if err := s.trim(finfo.parents); err != nil {
				return err
			}
			if len(finfo.parents) > len(s.stack) {
				if vf.Kind() != reflect.Pointer && vf.Kind() != reflect.Interface || !vf.IsNil() {
					if err := s.push(finfo.parents[len(s.stack):]); err != nil {
						return err
					}
				}
			}
		}
		if err := p.marshalValue(vf, finfo, nil); err != nil {
			return err
		}
	}
	return s.trim(nil)
}

func (p *printer) emitCDATA(s []byte) {
	if len(s) == 0 {
		return
	}
	p.str("<![CDATA[")
	for {
		i := bytes.Index(s, []byte("]]>"))
		if i < 0 {
			break
		}
		p.buf = append(p.buf, s[:i+2]...)
		p.str("]]><![CDATA[")
		s = s[i+2:]
	}
	p.buf = append(p.buf, s...)
	p.str("]]>")
}

// ---------------------------------------------------------------------------------------------
// Reading: the Decoder's tokenizer (rawToken: bytes to tokens, with Go's SyntaxError texts),
// Token (nesting checks and name-space translation) and Unmarshal over it.

// A Decoder represents an XML parser reading a particular input stream.
type Decoder struct {
	Strict        bool
	AutoClose     []string
	Entity        map[string]string
	CharsetReader func(charset string, input io.Reader) (io.Reader, error)
	DefaultSpace  string

	r         io.Reader
	in        []byte
	pos       int
	offset    int64
	line      int
	unread    int
	lastb     byte
	buf       bytes.Buffer
	stk       []Name
	nsStk     []nsSave
	ns        map[string]string
	needClose bool
	toClose   Name
	err       error
	saved     *bytes.Buffer
	eofAt     []int // UnmarshalXML calls in progress: the stack depth of their element
}

type nsSave struct {
	depth  int
	prefix string
	old    string
	had    bool
}

// NewDecoder creates a new XML parser reading from r.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r, Strict: true, line: 1, ns: map[string]string{}, unread: -1}
}

// NewTokenDecoder is not supported beyond a Decoder over a reader; kept for the API's shape.

// Unmarshal parses the XML-encoded data and stores the result in the value pointed to by v.
func Unmarshal(data []byte, v any) error {
	return NewDecoder(bytes.NewReader(data)).Decode(v)
}

// Decode works like Unmarshal, except it reads the decoder stream to find the start element.
func (d *Decoder) Decode(v any) error { return d.DecodeElement(v, nil) }

// DecodeElement works like Unmarshal except that it takes a pointer to the start XML element
// to decode into v.
func (d *Decoder) DecodeElement(v any, start *StartElement) error {
	val := reflect.ValueOf(v)
	if val.Kind() != reflect.Pointer {
		return errors.New("non-pointer passed to Unmarshal")
	}
	if val.IsNil() {
		return errors.New("nil pointer passed to Unmarshal")
	}
	return d.unmarshal(val.Elem(), start, 0)
}

// InputOffset returns the input stream byte offset of the current decoder position.
func (d *Decoder) InputOffset() int64 { return d.offset }

// InputPos returns the line of the current decoder position and the 1 based input position
// of the line.
func (d *Decoder) InputPos() (line, column int) { return d.line, 0 }

func (d *Decoder) syntaxError(msg string) error { return &SyntaxError{Msg: msg, Line: d.line} }

// getc reads one byte; at the end it sets d.err (io.EOF or the reader's error).
func (d *Decoder) getc() (byte, bool) {
	if d.err != nil {
		return 0, false
	}
	var b byte
	if d.unread >= 0 {
		b = byte(d.unread)
		d.unread = -1
	} else {
		for d.pos >= len(d.in) {
			if d.r == nil {
				d.err = io.EOF
				return 0, false
			}
			if cap(d.in) < 4096 {
				d.in = make([]byte, 4096)
			}
			n, err := d.r.Read(d.in[:cap(d.in)])
			d.in = d.in[:n]
			d.pos = 0
			if n == 0 && err != nil {
				d.err = err
				return 0, false
			}
		}
		b = d.in[d.pos]
		d.pos++
		if d.saved != nil {
			d.saved.WriteByte(b)
		}
	}
	if b == '\n' {
		d.line++
	}
	d.offset++
	return b, true
}

// mustgetc is getc where the end of input is a syntax error.
func (d *Decoder) mustgetc() (byte, bool) {
	b, ok := d.getc()
	if !ok && d.err == io.EOF {
		d.err = d.syntaxError("unexpected EOF")
	}
	return b, ok
}

func (d *Decoder) ungetc(b byte) {
	if b == '\n' {
		d.line--
	}
	d.unread = int(b)
	d.offset--
}

func (d *Decoder) savedOffset() int {
	n := d.saved.Len()
	if d.unread >= 0 {
		n--
	}
	return n
}

func (d *Decoder) space() {
	for {
		b, ok := d.getc()
		if !ok {
			return
		}
		switch b {
		case ' ', '\r', '\n', '\t':
		default:
			d.ungetc(b)
			return
		}
	}
}

func isNameByte(c byte, first bool) bool {
	if c >= 0x80 || c == '_' || c == ':' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' {
		return true
	}
	return !first && ('0' <= c && c <= '9' || c == '.' || c == '-')
}

func isNameString(s string) bool {
	if s == "" || !isNameByte(s[0], true) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isNameByte(s[i], false) {
			return false
		}
	}
	return true
}

// readName appends a name to d.buf; false when none starts here (d.err set only at the end).
func (d *Decoder) readName() bool {
	b, ok := d.mustgetc()
	if !ok {
		return false
	}
	if !isNameByte(b, true) {
		d.ungetc(b)
		return false
	}
	d.buf.WriteByte(b)
	for {
		// Fast path: the rest of the name straight from the input buffer.
		if d.unread < 0 && d.pos < len(d.in) {
			j := d.pos
			for j < len(d.in) && isNameByte(d.in[j], false) {
				j++
			}
			if j > d.pos {
				d.takeChunk(j)
				continue
			}
		}
		if b, ok = d.mustgetc(); !ok {
			return false
		}
		if !isNameByte(b, false) {
			d.ungetc(b)
			return true
		}
		d.buf.WriteByte(b)
	}
}

func (d *Decoder) name() (string, bool) {
	d.buf.Reset()
	if !d.readName() {
		return "", false
	}
	return d.buf.String(), true
}

func (d *Decoder) nsname() (Name, bool) {
	s, ok := d.name()
	if !ok {
		return Name{}, false
	}
	var name Name
	if i := strings.Index(s, ":"); i < 1 || i > len(s)-2 {
		name.Local = s
	} else {
		name.Space = s[:i]
		name.Local = s[i+1:]
	}
	return name, true
}

var entity = map[string]string{"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": `"`}

// text reads character data up to '<' (quote < 0), the quote byte (an attribute value) or
// "]]>" (cdata), decoding entities and normalising \r\n; nil on error.
func (d *Decoder) text(quote int, cdata bool) []byte {
	var b0, b1 byte
	trunc := 0
	d.buf.Reset()
Input:
	for {
		// Fast path: a run of bytes that need no attention is copied at once (the per-byte
		// getc below is what an interpreted tokenizer spends its time on).
		if d.unread < 0 && d.pos < len(d.in) && b1 != ']' && b1 != '\r' {
			j := d.pos
			for j < len(d.in) {
				c := d.in[j]
				if c == ']' || c == '\r' || (!cdata && (c == '<' || c == '&')) || (quote >= 0 && int(c) == quote) {
					break
				}
				if c == '\n' {
					d.line++
				}
				j++
			}
			if j > d.pos {
				b0, b1 = 0, d.takeChunk(j)
				continue Input
			}
		}
		b, ok := d.getc()
		if !ok {
			if cdata {
				if d.err == io.EOF {
					d.err = d.syntaxError("unexpected EOF in CDATA section")
				}
				return nil
			}
			if quote >= 0 {
				if d.err == io.EOF {
					d.err = d.syntaxError("unexpected EOF")
				}
				return nil
			}
			break Input
		}
		if b0 == ']' && b1 == ']' && b == '>' {
			if cdata {
				trunc = 2
				break Input
			}
			d.err = d.syntaxError("unescaped ]]> not in CDATA section")
			return nil
		}
		if b == '<' && !cdata {
			if quote >= 0 {
				d.err = d.syntaxError("unescaped < inside quoted string")
				return nil
			}
			d.ungetc('<')
			break Input
		}
		if quote >= 0 && b == byte(quote) {
			break Input
		}
		if b == '&' && !cdata {
			before := d.buf.Len()
			d.buf.WriteByte('&')
			var text string
			haveText := false
			if b, ok = d.mustgetc(); !ok {
				return nil
			}
			if b == '#' {
				d.buf.WriteByte(b)
				if b, ok = d.mustgetc(); !ok {
					return nil
				}
				base := 10
				if b == 'x' {
					base = 16
					d.buf.WriteByte(b)
					if b, ok = d.mustgetc(); !ok {
						return nil
					}
				}
				start := d.buf.Len()
				for '0' <= b && b <= '9' || base == 16 && ('a' <= b && b <= 'f' || 'A' <= b && b <= 'F') {
					d.buf.WriteByte(b)
					if b, ok = d.mustgetc(); !ok {
						return nil
					}
				}
				if b != ';' {
					d.ungetc(b)
				} else {
					s := string(d.buf.Bytes()[start:])
					d.buf.WriteByte(';')
					n, err := strconv.ParseUint(s, base, 64)
					if err == nil && n <= 0x10FFFF {
						text = string(rune(n))
						haveText = true
					}
				}
			} else {
				d.ungetc(b)
				if !d.readName() {
					if d.err != nil {
						return nil
					}
				}
				if b, ok = d.mustgetc(); !ok {
					return nil
				}
				if b != ';' {
					d.ungetc(b)
				} else {
					name := string(d.buf.Bytes()[before+1:])
					d.buf.WriteByte(';')
					if isNameString(name) {
						if r, ok := entity[name]; ok {
							text, haveText = r, true
						} else if d.Entity != nil {
							text, haveText = d.Entity[name]
						}
					}
				}
			}
			if haveText {
				d.buf.Truncate(before)
				d.buf.WriteString(text)
				b0, b1 = 0, 0
				continue Input
			}
			if !d.Strict {
				b0, b1 = 0, 0
				continue Input
			}
			ent := string(d.buf.Bytes()[before:])
			if ent[len(ent)-1] != ';' {
				ent += " (no semicolon)"
			}
			d.err = d.syntaxError("invalid character entity " + ent)
			return nil
		}
		// \r and \r\n become \n.
		if b == '\r' {
			d.buf.WriteByte('\n')
		} else if b1 == '\r' && b == '\n' {
			// already written
		} else {
			d.buf.WriteByte(b)
		}
		b0, b1 = b1, b
	}
	data := d.buf.Bytes()
	data = data[:len(data)-trunc]
	// Every rune must be an XML character.
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			d.err = d.syntaxError("invalid UTF-8")
			return nil
		}
		i += size
		if !isInCharacterRange(r) {
			d.err = d.syntaxError(fmt.Sprintf("illegal character code %U", r))
			return nil
		}
	}
	out := make([]byte, len(data))
	copy(out, data)
	return out
}

func procInst(param, s string) string {
	param = param + "="
	idx := strings.Index(s, param)
	if idx == -1 {
		return ""
	}
	v := s[idx+len(param):]
	if v == "" {
		return ""
	}
	if v[0] != '\'' && v[0] != '"' {
		return ""
	}
	idx = strings.IndexRune(v[1:], rune(v[0]))
	if idx == -1 {
		return ""
	}
	return v[1 : idx+1]
}

// RawToken is like Token but does not verify that start and end elements match and does not
// translate name space prefixes.
func (d *Decoder) RawToken() (Token, error) {
	return d.rawToken()
}

func (d *Decoder) rawToken() (Token, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.needClose {
		d.needClose = false
		return EndElement{d.toClose}, nil
	}
	b, ok := d.getc()
	if !ok {
		return nil, d.err
	}
	if b != '<' {
		d.ungetc(b)
		data := d.text(-1, false)
		if data == nil {
			return nil, d.err
		}
		return CharData(data), nil
	}
	if b, ok = d.mustgetc(); !ok {
		return nil, d.err
	}
	switch b {
	case '/':
		name, ok := d.nsname()
		if !ok {
			if d.err == nil {
				d.err = d.syntaxError("expected element name after </")
			}
			return nil, d.err
		}
		d.space()
		if b, ok = d.mustgetc(); !ok {
			return nil, d.err
		}
		if b != '>' {
			d.err = d.syntaxError("invalid characters between </" + name.Local + " and >")
			return nil, d.err
		}
		return EndElement{name}, nil
	case '?':
		target, ok := d.name()
		if !ok {
			if d.err == nil {
				d.err = d.syntaxError("expected target name after <?")
			}
			return nil, d.err
		}
		d.space()
		d.buf.Reset()
		var b0 byte
		for {
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			d.buf.WriteByte(b)
			if b0 == '?' && b == '>' {
				break
			}
			b0 = b
		}
		data := d.buf.Bytes()
		data = append([]byte(nil), data[:len(data)-2]...)
		if target == "xml" {
			content := string(data)
			ver := procInst("version", content)
			if ver != "" && ver != "1.0" {
				d.err = fmt.Errorf("xml: unsupported version %q; only version 1.0 is supported", ver)
				return nil, d.err
			}
			enc := procInst("encoding", content)
			if enc != "" && enc != "utf-8" && enc != "UTF-8" && !strings.EqualFold(enc, "utf-8") {
				if d.CharsetReader == nil {
					d.err = fmt.Errorf("xml: encoding %q declared but Decoder.CharsetReader is nil", enc)
					return nil, d.err
				}
			}
		}
		return ProcInst{target, data}, nil
	case '!':
		if b, ok = d.mustgetc(); !ok {
			return nil, d.err
		}
		switch b {
		case '-':
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			if b != '-' {
				d.err = d.syntaxError("invalid sequence <!- not part of <!--")
				return nil, d.err
			}
			d.buf.Reset()
			var b0, b1 byte
			for {
				if b, ok = d.mustgetc(); !ok {
					return nil, d.err
				}
				d.buf.WriteByte(b)
				if b0 == '-' && b1 == '-' {
					if b != '>' {
						d.err = d.syntaxError(`invalid sequence "--" not allowed in comments`)
						return nil, d.err
					}
					break
				}
				b0, b1 = b1, b
			}
			data := d.buf.Bytes()
			return Comment(append([]byte(nil), data[:len(data)-3]...)), nil
		case '[':
			for i := 0; i < 6; i++ {
				if b, ok = d.mustgetc(); !ok {
					return nil, d.err
				}
				if b != "CDATA["[i] {
					d.err = d.syntaxError("invalid <![ sequence")
					return nil, d.err
				}
			}
			data := d.text(-1, true)
			if data == nil {
				return nil, d.err
			}
			return CharData(data), nil
		}
		// A directive (<!DOCTYPE ...>): kept whole; quoted and nested brackets do not end it.
		d.buf.Reset()
		d.buf.WriteByte(b)
		var inquote byte
		depth := 0
		for {
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			if inquote == 0 && b == '>' && depth == 0 {
				break
			}
			d.buf.WriteByte(b)
			switch {
			case b == inquote:
				inquote = 0
			case inquote != 0:
			case b == '\'' || b == '"':
				inquote = b
			case b == '>':
				depth--
			case b == '<':
				depth++
			}
		}
		return Directive(append([]byte(nil), d.buf.Bytes()...)), nil
	}
	// A start element: <name attr="value" ...> or <name .../>.
	d.ungetc(b)
	name, ok := d.nsname()
	if !ok {
		if d.err == nil {
			d.err = d.syntaxError("expected element name after <")
		}
		return nil, d.err
	}
	attr := []Attr{}
	empty := false
	for {
		d.space()
		if b, ok = d.mustgetc(); !ok {
			return nil, d.err
		}
		if b == '/' {
			empty = true
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			if b != '>' {
				d.err = d.syntaxError("expected /> in element")
				return nil, d.err
			}
			break
		}
		if b == '>' {
			break
		}
		d.ungetc(b)
		a := Attr{}
		if a.Name, ok = d.nsname(); !ok {
			if d.err == nil {
				d.err = d.syntaxError("expected attribute name in element")
			}
			return nil, d.err
		}
		d.space()
		if b, ok = d.mustgetc(); !ok {
			return nil, d.err
		}
		if b != '=' {
			if d.Strict {
				d.err = d.syntaxError("attribute name without = in element")
				return nil, d.err
			}
			d.ungetc(b)
			a.Value = a.Name.Local
		} else {
			d.space()
			q, ok := d.mustgetc()
			if !ok {
				return nil, d.err
			}
			if q != '"' && q != '\'' {
				d.err = d.syntaxError("unquoted or missing attribute value in element")
				return nil, d.err
			}
			data := d.text(int(q), false)
			if data == nil {
				return nil, d.err
			}
			a.Value = string(data)
		}
		attr = append(attr, a)
	}
	if empty {
		d.needClose = true
		d.toClose = name
	}
	return StartElement{name, attr}, nil
}

func (d *Decoder) translate(n *Name, isElementName bool) {
	switch {
	case n.Space == "xmlns":
		return
	case n.Space == "" && !isElementName:
		return
	case n.Space == "xml":
		n.Space = "http://www.w3.org/XML/1998/namespace"
	case n.Space == "" && n.Local == "xmlns":
		return
	}
	if v, ok := d.ns[n.Space]; ok {
		n.Space = v
	} else if n.Space == "" {
		n.Space = d.DefaultSpace
	}
}

// Token returns the next XML token in the input stream; at the end of the input it returns
// nil, io.EOF. Start and end elements must match, and name-space prefixes are translated.
func (d *Decoder) Token() (Token, error) {
	if n := len(d.eofAt); n > 0 && len(d.stk) < d.eofAt[n-1] {
		return nil, io.EOF
	}
	t, err := d.rawToken()
	if t == nil && err != nil {
		if err == io.EOF && len(d.stk) > 0 {
			err = d.syntaxError("unexpected EOF")
			d.err = err
		}
		return nil, err
	}
	switch t1 := t.(type) {
	case StartElement:
		for _, a := range t1.Attr {
			if a.Name.Space == "xmlns" {
				v, ok := d.ns[a.Name.Local]
				d.nsStk = append(d.nsStk, nsSave{len(d.stk), a.Name.Local, v, ok})
				d.ns[a.Name.Local] = a.Value
			}
			if a.Name.Space == "" && a.Name.Local == "xmlns" {
				v, ok := d.ns[""]
				d.nsStk = append(d.nsStk, nsSave{len(d.stk), "", v, ok})
				d.ns[""] = a.Value
			}
		}
		d.stk = append(d.stk, t1.Name)
		d.translate(&t1.Name, true)
		for i := range t1.Attr {
			d.translate(&t1.Attr[i].Name, false)
		}
		return t1, nil
	case EndElement:
		name := t1.Name
		if len(d.stk) == 0 {
			d.err = d.syntaxError("unexpected end element </" + name.Local + ">")
			return nil, d.err
		}
		top := d.stk[len(d.stk)-1]
		if top.Local != name.Local {
			d.err = d.syntaxError("element <" + top.Local + "> closed by </" + name.Local + ">")
			return nil, d.err
		}
		if top.Space != name.Space {
			d.err = d.syntaxError("element <" + top.Local + "> in space " + top.Space + " closed by </" + name.Local + "> in space " + name.Space)
			return nil, d.err
		}
		d.translate(&t1.Name, true)
		d.stk = d.stk[:len(d.stk)-1]
		for len(d.nsStk) > 0 && d.nsStk[len(d.nsStk)-1].depth >= len(d.stk) {
			s := d.nsStk[len(d.nsStk)-1]
			d.nsStk = d.nsStk[:len(d.nsStk)-1]
			if s.had {
				d.ns[s.prefix] = s.old
			} else {
				delete(d.ns, s.prefix)
			}
		}
		return t1, nil
	}
	return t, nil
}

// Skip reads tokens until it has consumed the end element matching the most recent start
// element already consumed.
func (d *Decoder) Skip() error {
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case StartElement:
			depth++
		case EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// Nesting deeper than this is refused (Go 1.19's limit and error text).
const maxUnmarshalDepth = 10000

var errMaxDepth = errors.New("exceeded max depth")

func (d *Decoder) unmarshal(val reflect.Value, start *StartElement, depth int) error {
	if depth >= maxUnmarshalDepth {
		return errMaxDepth
	}
	if start == nil {
		for {
			tok, err := d.Token()
			if err != nil {
				return err
			}
			if t, ok := tok.(StartElement); ok {
				start = &t
				break
			}
		}
	}
	if val.Kind() == reflect.Interface && !val.IsNil() {
		e := val.Elem()
		if e.Kind() == reflect.Pointer && !e.IsNil() {
			val = e
		}
	}
	if val.Kind() == reflect.Pointer {
		if val.IsNil() {
			val.Set(reflect.New(val.Type().Elem()))
		}
		val = val.Elem()
	}
	if val.CanInterface() && val.Type().Implements(unmarshalerType) {
		return d.unmarshalInterface(val.Interface().(Unmarshaler), start)
	}
	if val.CanAddr() {
		pv := val.Addr()
		if pv.CanInterface() && pv.Type().Implements(unmarshalerType) {
			return d.unmarshalInterface(pv.Interface().(Unmarshaler), start)
		}
	}
	if val.CanInterface() && val.Type().Implements(textUnmarshalerType) {
		return d.unmarshalTextInterface(val.Interface().(encoding.TextUnmarshaler))
	}
	if val.CanAddr() {
		pv := val.Addr()
		if pv.CanInterface() && pv.Type().Implements(textUnmarshalerType) {
			return d.unmarshalTextInterface(pv.Interface().(encoding.TextUnmarshaler))
		}
	}
	var (
		data        []byte
		saveData    reflect.Value
		comment     []byte
		saveComment reflect.Value
		saveXML     reflect.Value
		saveXMLIdx  int
		saveXMLData []byte
		saveAny     reflect.Value
		sv          reflect.Value
		tinfo       *typeInfo
		err         error
	)
	switch v := val; v.Kind() {
	default:
		return errors.New("unknown type " + v.Type().String())
	case reflect.Interface:
		return d.Skip()
	case reflect.Slice:
		typ := v.Type()
		if typ.Elem().Kind() == reflect.Uint8 {
			saveData = v
			break
		}
		n := v.Len()
		v.Set(reflect.Append(val, reflect.Zero(v.Type().Elem())))
		if err := d.unmarshal(v.Index(n), start, depth+1); err != nil {
			v.SetLen(n)
			return err
		}
		return nil
	case reflect.Bool, reflect.Float32, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr, reflect.String:
		saveData = v
	case reflect.Struct:
		typ := v.Type()
		if typ == nameType {
			v.Set(reflect.ValueOf(start.Name))
			break
		}
		sv = v
		tinfo, err = getTypeInfo(typ)
		if err != nil {
			return err
		}
		if tinfo.xmlname != nil {
			finfo := tinfo.xmlname
			if finfo.name != "" && finfo.name != start.Name.Local {
				return UnmarshalError("expected element type <" + finfo.name + "> but have <" + start.Name.Local + ">")
			}
			if finfo.xmlns != "" && finfo.xmlns != start.Name.Space {
				e := "expected element <" + finfo.name + "> in name space " + finfo.xmlns + " but have "
				if start.Name.Space == "" {
					e += "no name space"
				} else {
					e += start.Name.Space
				}
				return UnmarshalError(e)
			}
			fv := finfo.value(sv, true)
			if fv.Type() == nameType {
				fv.Set(reflect.ValueOf(start.Name))
			}
		}
		for _, a := range start.Attr {
			handled := false
			anyAttr := -1
			for i := range tinfo.fields {
				finfo := &tinfo.fields[i]
				switch finfo.flags & fMode {
				case fAttr:
					strv := finfo.value(sv, true)
					if a.Name.Local == finfo.name && (finfo.xmlns == "" || finfo.xmlns == a.Name.Space) {
						if err := d.unmarshalAttr(strv, a); err != nil {
							return err
						}
						handled = true
					}
				case fAny | fAttr:
					if anyAttr == -1 {
						anyAttr = i
					}
				}
			}
			if !handled && anyAttr >= 0 {
				finfo := &tinfo.fields[anyAttr]
				if err := d.unmarshalAttr(finfo.value(sv, true), a); err != nil {
					return err
				}
			}
		}
		for i := range tinfo.fields {
			finfo := &tinfo.fields[i]
			switch finfo.flags & fMode {
			case fCDATA, fCharData:
				if !saveData.IsValid() {
					saveData = finfo.value(sv, true)
				}
			case fComment:
				if !saveComment.IsValid() {
					saveComment = finfo.value(sv, true)
				}
			case fAny, fAny | fElement:
				if !saveAny.IsValid() {
					saveAny = finfo.value(sv, true)
				}
			case fInnerXML:
				if !saveXML.IsValid() {
					saveXML = finfo.value(sv, true)
					if d.saved == nil {
						saveXMLIdx = 0
						d.saved = new(bytes.Buffer)
					} else {
						saveXMLIdx = d.savedOffset()
					}
				}
			}
		}
	}
Loop:
	for {
		var savedOffset int
		if saveXML.IsValid() {
			savedOffset = d.savedOffset()
		}
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case StartElement:
			consumed := false
			if sv.IsValid() {
				consumed, err = d.unmarshalPath(tinfo, sv, nil, &t, depth)
				if err != nil {
					return err
				}
				if !consumed && saveAny.IsValid() {
					consumed = true
					if err := d.unmarshal(saveAny, &t, depth+1); err != nil {
						return err
					}
				}
			}
			if !consumed {
				if err := d.Skip(); err != nil {
					return err
				}
			}
		case EndElement:
			if saveXML.IsValid() {
				saveXMLData = append([]byte(nil), d.saved.Bytes()[saveXMLIdx:savedOffset]...)
				if saveXMLIdx == 0 {
					d.saved = nil
				}
			}
			break Loop
		case CharData:
			if saveData.IsValid() {
				data = append(data, t...)
			}
		case Comment:
			if saveComment.IsValid() {
				comment = append(comment, t...)
			}
		}
	}
	if saveData.IsValid() {
		if err := copyValue(saveData, data); err != nil {
			return err
		}
	}
	switch t := saveComment; t.Kind() {
	case reflect.String:
		t.SetString(string(comment))
	case reflect.Slice:
		t.Set(reflect.ValueOf(comment))
	}
	switch t := saveXML; t.Kind() {
	case reflect.String:
		t.SetString(string(saveXMLData))
	case reflect.Slice:
		if t.Type().Elem().Kind() == reflect.Uint8 {
			t.Set(reflect.ValueOf(saveXMLData))
		}
	}
	return nil
}

func (d *Decoder) unmarshalInterface(val Unmarshaler, start *StartElement) error {
	// Token reports io.EOF past the end of start's element while UnmarshalXML runs.
	mark := len(d.stk)
	d.eofAt = append(d.eofAt, mark)
	err := val.UnmarshalXML(d, *start)
	d.eofAt = d.eofAt[:len(d.eofAt)-1]
	if err != nil {
		return err
	}
	if len(d.stk) >= mark {
		return fmt.Errorf("xml: %s.UnmarshalXML did not consume entire <%s> element", receiverType(val), start.Name.Local)
	}
	return nil
}

func (d *Decoder) unmarshalTextInterface(val encoding.TextUnmarshaler) error {
	var buf []byte
	depth := 1
	for depth > 0 {
		t, err := d.Token()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case CharData:
			if depth == 1 {
				buf = append(buf, t...)
			}
		case StartElement:
			depth++
		case EndElement:
			depth--
		}
	}
	return val.UnmarshalText(buf)
}

func (d *Decoder) unmarshalAttr(val reflect.Value, attr Attr) error {
	if val.Kind() == reflect.Pointer {
		if val.IsNil() {
			val.Set(reflect.New(val.Type().Elem()))
		}
		val = val.Elem()
	}
	if val.CanInterface() && val.Type().Implements(textUnmarshalerType) {
		return val.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(attr.Value))
	}
	if val.CanAddr() {
		pv := val.Addr()
		if pv.CanInterface() && pv.Type().Implements(textUnmarshalerType) {
			return pv.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(attr.Value))
		}
	}
	if val.Type() == reflect.TypeOf(Attr{}) {
		val.Set(reflect.ValueOf(attr))
		return nil
	}
	if val.Kind() == reflect.Slice && val.Type().Elem().Kind() != reflect.Uint8 {
		n := val.Len()
		val.Set(reflect.Append(val, reflect.Zero(val.Type().Elem())))
		if err := d.unmarshalAttr(val.Index(n), attr); err != nil {
			val.SetLen(n)
			return err
		}
		return nil
	}
	return copyValue(val, []byte(attr.Value))
}

func copyValue(dst reflect.Value, src []byte) error {
	if dst.Kind() == reflect.Pointer {
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		dst = dst.Elem()
	}
	switch dst.Kind() {
	case reflect.Invalid:
	default:
		return errors.New("cannot unmarshal into " + dst.Type().String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if len(src) == 0 {
			dst.SetInt(0)
			return nil
		}
		itmp, err := strconv.ParseInt(strings.TrimSpace(string(src)), 10, dst.Type().Bits())
		if err != nil {
			return err
		}
		dst.SetInt(itmp)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if len(src) == 0 {
			dst.SetUint(0)
			return nil
		}
		utmp, err := strconv.ParseUint(strings.TrimSpace(string(src)), 10, dst.Type().Bits())
		if err != nil {
			return err
		}
		dst.SetUint(utmp)
	case reflect.Float32, reflect.Float64:
		if len(src) == 0 {
			dst.SetFloat(0)
			return nil
		}
		ftmp, err := strconv.ParseFloat(strings.TrimSpace(string(src)), dst.Type().Bits())
		if err != nil {
			return err
		}
		dst.SetFloat(ftmp)
	case reflect.Bool:
		if len(src) == 0 {
			dst.SetBool(false)
			return nil
		}
		value, err := strconv.ParseBool(strings.TrimSpace(string(src)))
		if err != nil {
			return err
		}
		dst.SetBool(value)
	case reflect.String:
		dst.SetString(string(src))
	case reflect.Slice:
		if len(src) == 0 {
			src = []byte{}
		}
		dst.Set(reflect.ValueOf(src).Convert(dst.Type()))
	}
	return nil
}

func (d *Decoder) unmarshalPath(tinfo *typeInfo, sv reflect.Value, parents []string, start *StartElement, depth int) (bool, error) {
	recurse := false
Loop:
	for i := range tinfo.fields {
		finfo := &tinfo.fields[i]
		if finfo.flags&fElement == 0 || len(finfo.parents) < len(parents) || finfo.xmlns != "" && finfo.xmlns != start.Name.Space {
			continue
		}
		for j := range parents {
			if parents[j] != finfo.parents[j] {
				continue Loop
			}
		}
		if len(finfo.parents) == len(parents) && finfo.name == start.Name.Local {
			return true, d.unmarshal(finfo.value(sv, true), start, depth+1)
		}
		if len(finfo.parents) > len(parents) && finfo.parents[len(parents)] == start.Name.Local {
			recurse = true
			parents = finfo.parents[:len(parents)+1]
			break
		}
	}
	if !recurse {
		return false, nil
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return true, err
		}
		switch t := tok.(type) {
		case StartElement:
			consumed2, err := d.unmarshalPath(tinfo, sv, parents, &t, depth)
			if err != nil {
				return true, err
			}
			if !consumed2 {
				if err := d.Skip(); err != nil {
					return true, err
				}
			}
		case EndElement:
			return true, nil
		}
	}
}

// takeChunk moves the input bytes from d.pos up to j (a run the caller has scanned and that
// holds no markup) into d.buf — the fast path of names and text — and returns the last one.
func (d *Decoder) takeChunk(j int) byte {
	chunk := d.in[d.pos:j]
	d.buf.Write(chunk)
	if d.saved != nil {
		d.saved.Write(chunk)
	}
	d.offset += int64(j - d.pos)
	d.pos = j
	return chunk[len(chunk)-1]
}
