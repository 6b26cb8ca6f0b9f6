// Package reflect for gort: the subset tutorials use, over the VM's run-time type descriptors
// (engine/vm/typedesc.h). A Type is an rtype, the address of a descriptor (so == between Types
// is descriptor identity); a Value names a slot: (container object, slot index), or for a
// struct/array the aggregate object itself (idx < 0). The natives (engine/stdlib/
// reflect_natives.cpp) do every read and write and raise Go's panics; this file shapes their
// results into Go's API. StructTag and Kind.String are Go 1.19's code (BSD licence, The Go
// Authors).
package reflect

import (
	"strconv"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "*cell",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() uintptr
}

// rtype is a type descriptor's address.
type rtype uintptr

func toType(d uintptr) Type {
	if d == 0 {
		return nil
	}
	return rtype(d)
}

func (t rtype) common() uintptr { return uintptr(t) }

func tName(t uintptr) string
func tString(t uintptr) string
func tKind(t uintptr) Kind
func tElem(t uintptr) uintptr
func tKey(t uintptr) uintptr
func tLen(t uintptr) int
func tNumField(t uintptr) int
func tField(t uintptr, i int) (name, pkgPath string, typ uintptr, tag string, embedded bool)
func tNumMethod(t uintptr) int
func tMethod(t uintptr, i int) (name string, typ uintptr, ok bool)

// tMethodFunc is Method(i).Func of a concrete type: its receiver is the first argument.
func tMethodFunc(t uintptr, i int) (uintptr, *cell, int, flag)
func tImplements(t, u uintptr) bool
func tAssignable(t, u uintptr) bool
func tConvertible(t, u uintptr) bool
func tComparable(t uintptr) bool
func tSize(t uintptr) uintptr
func tFunc(t uintptr, in bool, i int) (n int, typ uintptr, variadic bool)
func tPtrTo(t uintptr) uintptr
func tSliceOf(t uintptr) uintptr

func (t rtype) Name() string   { return tName(uintptr(t)) }
func (t rtype) String() string { return tString(uintptr(t)) }
func (t rtype) Kind() Kind     { return tKind(uintptr(t)) }
func (t rtype) Size() uintptr  { return tSize(uintptr(t)) }
func (t rtype) Align() int {
	s := int(t.Size())
	if s > 8 || t.Kind() == Struct || t.Kind() == Array || t.Kind() == String || t.Kind() == Slice || t.Kind() == Interface {
		return 8
	}
	if s == 0 {
		return 1
	}
	return s
}
func (t rtype) FieldAlign() int  { return t.Align() }
func (t rtype) Comparable() bool { return tComparable(uintptr(t)) }
func (t rtype) PkgPath() string {
	n := t.String()
	if t.Name() == "" {
		return ""
	}
	for i := 0; i < len(n); i++ {
		if n[i] == '.' {
			if n[:i] == "main" {
				return "main"
			}
			return n[:i]
		}
	}
	return ""
}

func (t rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(tElem(uintptr(t)))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(tKey(uintptr(t)))
}

func (t rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return tLen(uintptr(t))
}

func (t rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	s := t.String()
	if len(s) > 6 && s[:6] == "chan<-" {
		return SendDir
	}
	if len(s) > 6 && s[:6] == "<-chan" {
		return RecvDir
	}
	return BothDir
}

func (t rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return tNumField(uintptr(t))
}

func (t rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= tNumField(uintptr(t)) {
		panic("reflect: Field index out of bounds")
	}
	name, pkg, ft, tag, emb := tField(uintptr(t), i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(ft), Tag: StructTag(tag), Index: []int{i}, Anonymous: emb}
}

func (t rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for depth, i := range index {
		if depth > 0 {
			if cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
				cur = cur.Elem()
			}
		}
		f = cur.Field(i)
		cur = f.Type
	}
	f.Index = append([]int(nil), index...)
	return f
}

// FieldByName finds the shallowest field called name, through embedded structs (Go's
// breadth-first rule; a name found twice at one depth is ambiguous: not found).
func (t rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	type level struct {
		typ   Type
		index []int
	}
	current := []level{{t, nil}}
	visited := map[Type]bool{}
	for len(current) > 0 {
		var next []level
		var found StructField
		count := 0
		for _, l := range current {
			if visited[l.typ] {
				continue
			}
			visited[l.typ] = true
			for i := 0; i < l.typ.NumField(); i++ {
				f := l.typ.Field(i)
				idx := append(append([]int(nil), l.index...), i)
				if f.Name == name {
					count++
					if count == 1 {
						found = f
						found.Index = idx
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type
					if ft.Kind() == Pointer {
						ft = ft.Elem()
					}
					if ft.Kind() == Struct {
						next = append(next, level{ft, idx})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}

func (t rtype) NumMethod() int { return tNumMethod(uintptr(t)) }

func (t rtype) Method(i int) Method {
	name, mt, ok := tMethod(uintptr(t), i)
	if !ok {
		panic("reflect: Method index out of range")
	}
	m := Method{Name: name, Type: toType(mt), Index: i}
	if t.Kind() != Interface {
		f, p, x, fl := tMethodFunc(uintptr(t), i)
		m.Func = Value{f, p, x, fl}
	}
	return m
}

func (t rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		if m.Name == name {
			return m, true
		}
	}
	return Method{}, false
}

func (t rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return tImplements(uintptr(t), u.common())
}

func (t rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return tAssignable(uintptr(t), u.common())
}

func (t rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return tConvertible(uintptr(t), u.common())
}

func (t rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	_, _, v := tFunc(uintptr(t), true, -1)
	return v
}

func (t rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	n, _, _ := tFunc(uintptr(t), true, -1)
	return n
}

func (t rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	_, p, _ := tFunc(uintptr(t), true, i)
	return toType(p)
}

func (t rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	n, _, _ := tFunc(uintptr(t), false, -1)
	return n
}

func (t rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	_, p, _ := tFunc(uintptr(t), false, i)
	return toType(p)
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

// TypeOf returns the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type { return toType(typeOf(i)) }

func typeOf(i any) uintptr

// PtrTo returns the pointer type with element t.
func PtrTo(t Type) Type { return toType(tPtrTo(t.common())) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return PtrTo(t) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return toType(tSliceOf(t.common())) }

// ---- Value

type flag uintptr

// cell stands for any heap object a Value names (a box, a struct or array object, a slice's
// backing array, an interface's data): only the natives look inside; as a pointer-typed field
// it keeps that object alive for the GC.
type cell struct{ _ int }

const (
	flagAddr flag = 1 << iota // reached through a pointer: settable unless flagRO
	flagRO                    // obtained through an unexported field
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  uintptr // descriptor; 0: the zero Value
	ptr  *cell   // container object (idx >= 0) or the aggregate itself (idx < 0)
	idx  int
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func valueOf(i any) (uintptr, *cell, int, flag)
func vElem(v Value) (uintptr, *cell, int, flag)
func vField(v Value, i int) (uintptr, *cell, int, flag)
func vIndex(v Value, i int) (uintptr, *cell, int, flag)
func vMapIndex(v Value, key Value) (uintptr, *cell, int, flag)
func vAddr(v Value) (uintptr, *cell, int, flag)
func vSlice(v Value, i, j int) (uintptr, *cell, int, flag)
func vAppend(s Value, x Value) (uintptr, *cell, int, flag)
func vNew(t uintptr) (uintptr, *cell, int, flag)
func vZero(t uintptr) (uintptr, *cell, int, flag)
func vMakeSlice(t uintptr, n, c int) (uintptr, *cell, int, flag)
func vMakeMap(t uintptr, n int) (uintptr, *cell, int, flag)
func vConvert(v Value, t uintptr) (uintptr, *cell, int, flag)
func vMapKeys(v Value) (keys *cell, vals *cell, n int)
func vCall(v Value, in []Value) []any
func vMethod(v Value, i int) (uintptr, *cell, int, flag)
func vKind(v Value) Kind
func vInt(v Value) int64
func vUint(v Value) uint64
func vFloat(v Value) float64
func vString(v Value) string
func vBool(v Value) bool
func vBytes(v Value) []byte
func vLen(v Value) int
func vCap(v Value) int
func vIsNil(v Value) bool
func vIsZero(v Value) bool
func vNumField(v Value) int
func vInterface(v Value, method string, methodCode func()) any

// methodValueCall is the code of the func values that Interface returns for a method Value
// (v.Method(i).Interface()): each carries its receiver and method name, as x.M does.
func methodValueCall()
func vSet(v Value, x Value)
func vSetInt(v Value, x int64)
func vSetUint(v Value, x uint64)
func vSetFloat(v Value, x float64)
func vSetString(v Value, x string)
func vSetBool(v Value, x bool)
func vSetLen(v Value, n int)
func vSetMapIndex(v Value, key, elem Value)
func vComplex(v Value) complex128
func vPointer(v Value) uintptr

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value {
	t, p, x, f := valueOf(i)
	return Value{t, p, x, f}
}

func (v Value) Kind() Kind          { return vKind(v) }
func (v Value) IsValid() bool       { return v.typ != 0 }
func (v Value) Int() int64          { return vInt(v) }
func (v Value) Uint() uint64        { return vUint(v) }
func (v Value) Float() float64      { return vFloat(v) }
func (v Value) Bool() bool          { return vBool(v) }
func (v Value) Bytes() []byte       { return vBytes(v) }
func (v Value) Len() int            { return vLen(v) }
func (v Value) Cap() int            { return vCap(v) }
func (v Value) IsNil() bool         { return vIsNil(v) }
func (v Value) IsZero() bool        { return vIsZero(v) }
func (v Value) NumField() int       { return vNumField(v) }
func (v Value) Complex() complex128 { return vComplex(v) }
func (v Value) Pointer() uintptr    { return vPointer(v) }
func (v Value) CanAddr() bool       { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool        { return v.flag&(flagAddr|flagRO) == flagAddr }
func (v Value) CanInterface() bool {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// String returns the string v's underlying value, as a string; for other kinds
// "<T Value>" (it does not panic, as in Go).
func (v Value) String() string {
	if v.typ == 0 {
		return "<invalid Value>"
	}
	if v.Kind() == String {
		return vString(v)
	}
	return "<" + tString(v.typ) + " Value>"
}

func (v Value) Type() Type {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return rtype(v.typ)
}

func (v Value) Interface() any { return vInterface(v, "reflect.Value.Interface", methodValueCall) }

func (v Value) Elem() Value {
	t, p, x, f := vElem(v)
	return Value{t, p, x, f}
}

func (v Value) Field(i int) Value {
	t, p, x, f := vField(v, i)
	return Value{t, p, x, f}
}

func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && tKind(tElem(v.typ)) == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

func (v Value) FieldByName(name string) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.FieldByName", v.Kind()})
	}
	if f, ok := rtype(v.typ).FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) Index(i int) Value {
	t, p, x, f := vIndex(v, i)
	return Value{t, p, x, f}
}

func (v Value) Slice(i, j int) Value {
	t, p, x, f := vSlice(v, i, j)
	return Value{t, p, x, f}
}

func (v Value) Addr() Value {
	t, p, x, f := vAddr(v)
	return Value{t, p, x, f}
}

func (v Value) MapIndex(key Value) Value {
	t, p, x, f := vMapIndex(v, key)
	return Value{t, p, x, f}
}

// MapKeys returns the map's keys (sorted as fmt sorts them; Go's order is unspecified).
func (v Value) MapKeys() []Value {
	keys, _, n := vMapKeys(v)
	kt := tKey(v.typ)
	out := make([]Value, n)
	for i := 0; i < n; i++ {
		out[i] = cellValue(kt, keys, i)
	}
	return out
}

func cellOf(t uintptr, arr *cell, i int) (uintptr, *cell, int, flag)

func cellValue(t uintptr, arr *cell, i int) Value {
	a, b, c, d := cellOf(t, arr, i)
	return Value{a, b, c, d}
}

// A MapIter is an iterator for ranging over a map (a snapshot of its entries).
type MapIter struct {
	m          Value
	keys, vals *cell
	n, i       int
}

func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	keys, vals, n := vMapKeys(v)
	return &MapIter{m: v, keys: keys, vals: vals, n: n, i: -1}
}

func (it *MapIter) Next() bool {
	if it.i >= it.n {
		panic("reflect: MapIter.Next called on exhausted iterator")
	}
	it.i++
	return it.i < it.n
}

func (it *MapIter) Key() Value {
	if it.i < 0 || it.i >= it.n {
		panic("reflect: MapIter.Key called before Next")
	}
	return cellValue(tKey(it.m.typ), it.keys, it.i)
}

func (it *MapIter) Value() Value {
	if it.i < 0 || it.i >= it.n {
		panic("reflect: MapIter.Value called before Next")
	}
	return cellValue(tElem(it.m.typ), it.vals, it.i)
}

func (v Value) Set(x Value)                 { vSet(v, x) }
func (v Value) SetInt(x int64)              { vSetInt(v, x) }
func (v Value) SetUint(x uint64)            { vSetUint(v, x) }
func (v Value) SetFloat(x float64)          { vSetFloat(v, x) }
func (v Value) SetString(x string)          { vSetString(v, x) }
func (v Value) SetBool(x bool)              { vSetBool(v, x) }
func (v Value) SetLen(n int)                { vSetLen(v, n) }
func (v Value) SetMapIndex(key, elem Value) { vSetMapIndex(v, key, elem) }

func (v Value) NumMethod() int {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return tNumMethod(v.typ)
}

func (v Value) Method(i int) Value {
	t, p, x, f := vMethod(v, i)
	return Value{t, p, x, f}
}

func (v Value) MethodByName(name string) Value {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if m, ok := rtype(v.typ).MethodByName(name); ok {
		return v.Method(m.Index)
	}
	return Value{}
}

func chanRecvWord(v Value) (w uint64, ok bool)
func chanRecvRef(v Value) (p *cell, ok bool)
func boxWord(t uintptr, w uint64) (uintptr, *cell, int, flag)
func boxRef(t uintptr, p *cell) (uintptr, *cell, int, flag)

// Recv receives and returns a value from the channel v (blocking as <-ch does); ok is false
// and x the element type's zero Value when the channel is closed.
func (v Value) Recv() (x Value, ok bool) {
	if v.Kind() != Chan {
		panic(&ValueError{"reflect.Value.Recv", v.Kind()})
	}
	if rtype(v.typ).ChanDir()&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	et := tElem(v.typ)
	var a uintptr
	var b *cell
	var c int
	var d flag
	switch tKind(et) {
	case Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64:
		w, ok := chanRecvWord(v)
		if !ok {
			return Zero(rtype(et)), false
		}
		a, b, c, d = boxWord(et, w)
	default:
		p, ok := chanRecvRef(v)
		if !ok {
			return Zero(rtype(et)), false
		}
		a, b, c, d = boxRef(et, p)
	}
	return Value{a, b, c, d}, true
}

// Call calls the function v with the arguments in; results come back as Values of their
// dynamic types (a nil interface result is the zero Value's interface: see README).
func (v Value) Call(in []Value) []Value {
	res := vCall(v, in)
	out := make([]Value, len(res))
	for i, r := range res {
		ot := tOutType(v.typ, i)
		if tKind(ot) == Interface {
			nv := New(rtype(ot)).Elem()
			if r != nil {
				nv.Set(ValueOf(r))
			}
			out[i] = Value{nv.typ, nv.ptr, nv.idx, 0}
			continue
		}
		out[i] = ValueOf(r)
	}
	return out
}

func tOutType(t uintptr, i int) uintptr {
	_, p, _ := tFunc(t, false, i)
	return p
}

func (v Value) Convert(t Type) Value {
	a, b, c, d := vConvert(v, t.common())
	return Value{a, b, c, d}
}

func (v Value) CanConvert(t Type) bool {
	return v.IsValid() && rtype(v.typ).ConvertibleTo(t)
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t, p, x, f := vNew(typ.common())
	return Value{t, p, x, f}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t, p, x, f := vZero(typ.common())
	return Value{t, p, x, f}
}

// Indirect returns the value that v points to (v itself if it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t, p, x, f := vMakeSlice(typ.common(), len, cap)
	return Value{t, p, x, f}
}

func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t, p, x, f := vMakeMap(typ.common(), n)
	return Value{t, p, x, f}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	if s.Kind() != Slice {
		panic(&ValueError{"reflect.Append", s.Kind()})
	}
	for _, e := range x {
		t, p, i, f := vAppend(s, e)
		s = Value{t, p, i, f}
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	for i := 0; i < t.Len(); i++ {
		s = Append(s, t.Index(i))
	}
	return s
}

// DeepEqual reports whether x and y are "deeply equal" (Go's rules).
func DeepEqual(x, y any) bool

// Copy copies the contents of src into dst until either dst has been filled or src has been
// exhausted, and returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && !dst.CanSet() {
		panic("reflect: reflect.Copy using unaddressable value")
	}
	sk := src.Kind()
	if sk != Array && sk != Slice && sk != String {
		panic(&ValueError{"reflect.Copy", sk})
	}
	n := dst.Len()
	if src.Len() < n {
		n = src.Len()
	}
	if sk == String {
		for i := 0; i < n; i++ {
			dst.Index(i).SetUint(uint64(src.String()[i]))
		}
		return n
	}
	// Through a temporary, so overlapping slices copy as memmove does.
	tmp := make([]any, n)
	for i := 0; i < n; i++ {
		tmp[i] = src.Index(i).Interface()
	}
	for i := 0; i < n; i++ {
		dst.Index(i).Set(ValueOf(tmp[i]))
	}
	return n
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	tmp := New(v.Type().Elem()).Elem()
	return func(i, j int) {
		a, b := v.Index(i), v.Index(j)
		tmp.Set(a)
		a.Set(b)
		b.Set(tmp)
	}
}

// VisibleFields returns all the visible fields in t, which must be a struct type: the fields
// of embedded structs too, in Go's order (each embedded field before the fields it promotes).
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type " + t.String())
	}
	var out []StructField
	byName := map[string]int{}
	var walk func(t Type, index []int, depth int, seen map[Type]bool)
	walk = func(t Type, index []int, depth int, seen map[Type]bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			f.Index = append(append([]int(nil), index...), i)
			add := true
			if j, ok := byName[f.Name]; ok {
				old := out[j]
				if len(old.Index) < len(f.Index) {
					add = false
				} else if len(old.Index) == len(f.Index) {
					out[j].Name = "" // ambiguous at one depth: hidden
					add = false
				}
			}
			if add {
				byName[f.Name] = len(out)
				out = append(out, f)
			}
			if f.Anonymous {
				ft := f.Type
				if ft.Kind() == Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == Struct {
					walk(ft, f.Index, depth+1, seen)
				}
			}
		}
		delete(seen, t)
	}
	walk(t, nil, 0, map[Type]bool{})
	res := out[:0]
	for _, f := range out {
		if f.Name != "" {
			res = append(res, f)
		}
	}
	return res
}
