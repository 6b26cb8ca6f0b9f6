// Package template for gort: Go's text/template — Template and its API, execution over
// reflect, the builtin functions, Must/ParseFiles/ParseGlob. Written for gort after Go's
// documentation; the API, output and error texts follow Go 1.19 (text/template/parse holds the
// lexer and parser). Differences from gc's package: Templates() lists templates by name (Go's
// order is a map's); range over an integer is allowed, as in Go 1.22.
package template

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"text/template/parse"
	"unicode"
	"unicode/utf8"
)

// ---- Template

// FuncMap is the type of the map defining the mapping from names to functions.
type FuncMap map[string]any

type missingKeyAction int

const (
	mapInvalid missingKeyAction = iota
	mapZeroValue
	mapError
)

type common struct {
	tmpl       map[string]*Template
	missingKey missingKeyAction
	parseFuncs FuncMap
	execFuncs  map[string]reflect.Value
}

// Template is the representation of a parsed template.
type Template struct {
	name string
	*parse.Tree
	*common
	leftDelim  string
	rightDelim string
}

// New allocates a new, undefined template with the given name.
func New(name string) *Template {
	t := &Template{name: name}
	t.init()
	return t
}

// Name returns the name of the template.
func (t *Template) Name() string { return t.name }

// New allocates a new, undefined template associated with the given one and with the same
// delimiters.
func (t *Template) New(name string) *Template {
	t.init()
	return &Template{name: name, common: t.common, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
}

func (t *Template) init() {
	if t.common == nil {
		t.common = &common{
			tmpl:       make(map[string]*Template),
			parseFuncs: make(FuncMap),
			execFuncs:  make(map[string]reflect.Value),
		}
	}
}

// Clone returns a duplicate of the template, including all associated templates.
func (t *Template) Clone() (*Template, error) {
	nt := t.copy(nil)
	nt.init()
	if t.common == nil {
		return nt, nil
	}
	for k, v := range t.tmpl {
		if k == t.name {
			nt.tmpl[t.name] = nt
			continue
		}
		nt.tmpl[k] = v.copy(nt.common)
	}
	for k, v := range t.parseFuncs {
		nt.parseFuncs[k] = v
	}
	for k, v := range t.execFuncs {
		nt.execFuncs[k] = v
	}
	nt.missingKey = t.missingKey
	return nt, nil
}

func (t *Template) copy(c *common) *Template {
	return &Template{name: t.name, Tree: t.Tree, common: c, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
}

// AddParseTree associates the argument parse tree with the template t, giving it the
// specified name.
func (t *Template) AddParseTree(name string, tree *parse.Tree) (*Template, error) {
	t.init()
	nt := t
	if name != t.name {
		nt = t.New(name)
	}
	if t.associate(nt, tree) || nt.Tree == nil {
		nt.Tree = tree
	}
	return nt, nil
}

func (t *Template) associate(nt *Template, tree *parse.Tree) bool {
	if old := t.tmpl[nt.name]; old != nil && parse.IsEmptyTree(tree.Root) && old.Tree != nil {
		return false
	}
	t.tmpl[nt.name] = nt
	return true
}

// Templates returns a slice of defined templates associated with t.
func (t *Template) Templates() []*Template {
	if t.common == nil {
		return nil
	}
	names := make([]string, 0, len(t.tmpl))
	for n := range t.tmpl {
		names = append(names, n)
	}
	sort.Strings(names)
	m := make([]*Template, 0, len(names))
	for _, n := range names {
		m = append(m, t.tmpl[n])
	}
	return m
}

// Delims sets the action delimiters to the specified strings.
func (t *Template) Delims(left, right string) *Template {
	t.init()
	t.leftDelim = left
	t.rightDelim = right
	return t
}

// Funcs adds the elements of the argument map to the template's function map.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.init()
	names := make([]string, 0, len(funcMap))
	for name := range funcMap {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fn := funcMap[name]
		if !goodName(name) {
			panic(fmt.Errorf("function name %q is not a valid identifier", name))
		}
		v := reflect.ValueOf(fn)
		if v.Kind() != reflect.Func {
			panic("value for " + name + " not a function")
		}
		if !goodFunc(v.Type()) {
			panic(fmt.Errorf("can't install method/function %q with %d results", name, v.Type().NumOut()))
		}
		t.execFuncs[name] = v
		t.parseFuncs[name] = fn
	}
	return t
}

// Lookup returns the template with the given name that is associated with t, or nil.
func (t *Template) Lookup(name string) *Template {
	if t.common == nil {
		return nil
	}
	return t.tmpl[name]
}

// Parse parses text as a template body for t.
func (t *Template) Parse(text string) (*Template, error) {
	t.init()
	trees, err := parse.Parse(t.name, text, t.leftDelim, t.rightDelim, map[string]any(t.parseFuncs), builtinNames)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(trees))
	for n := range trees {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		if _, err := t.AddParseTree(name, trees[name]); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// DefinedTemplates returns a string listing the defined templates, prefixed by the string
// "; defined templates are: ". If there are none, it returns the empty string.
func (t *Template) DefinedTemplates() string {
	if t.common == nil {
		return ""
	}
	var b strings.Builder
	for _, tmpl := range t.Templates() {
		if tmpl.Tree == nil || tmpl.Root == nil {
			continue
		}
		if b.Len() == 0 {
			b.WriteString("; defined templates are: ")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", tmpl.name)
	}
	return b.String()
}

// Option sets options for the template: "missingkey=default", "missingkey=invalid",
// "missingkey=zero" or "missingkey=error".
func (t *Template) Option(opt ...string) *Template {
	t.init()
	for _, s := range opt {
		if s == "" {
			panic("empty option string")
		}
		if k, v, ok := strings.Cut(s, "="); ok && k == "missingkey" {
			switch v {
			case "invalid", "default":
				t.missingKey = mapInvalid
				continue
			case "zero":
				t.missingKey = mapZeroValue
				continue
			case "error":
				t.missingKey = mapError
				continue
			}
		}
		panic("unrecognized option: " + s)
	}
	return t
}

// ---- helpers

// Must is a helper that wraps a call to a function returning (*Template, error) and panics
// if the error is non-nil.
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
	t.init()
	return parseFiles(t, readFileOS, filenames...)
}

func parseFiles(t *Template, readFile func(string) (string, []byte, error), filenames ...string) (*Template, error) {
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: no files named in call to ParseFiles")
	}
	for _, filename := range filenames {
		name, b, err := readFile(filename)
		if err != nil {
			return nil, err
		}
		var tmpl *Template
		if t == nil {
			t = New(name)
		}
		if name == t.Name() {
			tmpl = t
		} else {
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
func (t *Template) ParseGlob(pattern string) (*Template, error) {
	t.init()
	return parseGlob(t, pattern)
}

func parseGlob(t *Template, pattern string) (*Template, error) {
	filenames, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: pattern matches no files: %#q", pattern)
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
	t.init()
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
			return nil, fmt.Errorf("template: pattern matches no files: %#q", pattern)
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

// ---- execution

var maxExecDepth = 100000

type variable struct {
	name  string
	value reflect.Value
}

type state struct {
	tmpl  *Template
	wr    io.Writer
	node  parse.Node
	vars  []variable
	depth int
}

type control int

const (
	ctlNone control = iota
	ctlBreak
	ctlContinue
)

func (s *state) push(name string, value reflect.Value) {
	s.vars = append(s.vars, variable{name, value})
}
func (s *state) mark() int    { return len(s.vars) }
func (s *state) pop(mark int) { s.vars = s.vars[:mark] }

func (s *state) setVar(name string, value reflect.Value) {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = value
			return
		}
	}
	s.errorf("undefined variable: %s", name)
}

func (s *state) varValue(name string) reflect.Value {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value
		}
	}
	s.errorf("undefined variable: %s", name)
	return reflect.Value{}
}

func (s *state) at(node parse.Node) { s.node = node }

func doublePercent(str string) string { return strings.ReplaceAll(str, "%", "%%") }

// ExecError is the custom error type returned when Execute has an error evaluating its
// template. (If a write error occurs, the actual error is returned.)
type ExecError struct {
	Name string
	Err  error
}

func (e ExecError) Error() string { return e.Err.Error() }
func (e ExecError) Unwrap() error { return e.Err }

type writeError struct{ Err error }

func (s *state) errorf(format string, args ...any) {
	name := doublePercent(s.tmpl.Name())
	if s.node == nil {
		format = fmt.Sprintf("template: %s: %s", name, format)
	} else {
		location, context := s.tmpl.ErrorContext(s.node)
		if len(context) > 20 {
			context = fmt.Sprintf("%.20s...", context)
		}
		format = fmt.Sprintf("template: %s: executing %q at <%s>: %s", location, name, doublePercent(context), format)
	}
	panic(ExecError{Name: s.tmpl.Name(), Err: fmt.Errorf(format, args...)})
}

func errRecover(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	switch err := e.(type) {
	case writeError:
		*errp = err.Err
	case ExecError:
		*errp = err
	default:
		panic(e)
	}
}

// ExecuteTemplate applies the template associated with t that has the given name to the
// specified data object and writes the output to wr.
func (t *Template) ExecuteTemplate(wr io.Writer, name string, data any) error {
	var tmpl *Template
	if t.common != nil {
		tmpl = t.tmpl[name]
	}
	if tmpl == nil {
		return fmt.Errorf("template: no template %q associated with template %q", name, t.name)
	}
	return tmpl.Execute(wr, data)
}

// Execute applies a parsed template to the specified data object, and writes the output to wr.
func (t *Template) Execute(wr io.Writer, data any) (err error) {
	defer errRecover(&err)
	value, ok := data.(reflect.Value)
	if !ok {
		value = reflect.ValueOf(data)
	}
	st := &state{tmpl: t, wr: wr, vars: []variable{{"$", value}}}
	if t.Tree == nil || t.Root == nil {
		st.errorf("%q is an incomplete or empty template", t.Name())
	}
	st.walk(value, t.Root)
	return
}

func (s *state) walk(dot reflect.Value, node parse.Node) control {
	s.at(node)
	switch node := node.(type) {
	case *parse.ActionNode:
		val := s.evalPipeline(dot, node.Pipe)
		if len(node.Pipe.Decl) == 0 {
			s.printValue(node, val)
		}
	case *parse.BreakNode:
		return ctlBreak
	case *parse.ContinueNode:
		return ctlContinue
	case *parse.CommentNode:
	case *parse.IfNode:
		return s.walkIfOrWith(false, dot, node.Pipe, node.List, node.ElseList)
	case *parse.ListNode:
		for _, n := range node.Nodes {
			if c := s.walk(dot, n); c != ctlNone {
				return c
			}
		}
	case *parse.RangeNode:
		return s.walkRange(dot, node)
	case *parse.TemplateNode:
		s.walkTemplate(dot, node)
	case *parse.TextNode:
		if _, err := s.wr.Write(node.Text); err != nil {
			panic(writeError{err})
		}
	case *parse.WithNode:
		return s.walkIfOrWith(true, dot, node.Pipe, node.List, node.ElseList)
	default:
		s.errorf("unknown node: %s", node)
	}
	return ctlNone
}

func (s *state) walkIfOrWith(with bool, dot reflect.Value, pipe *parse.PipeNode, list, elseList *parse.ListNode) control {
	defer s.pop(s.mark())
	val := s.evalPipeline(dot, pipe)
	truth, ok := isTrue(indirectInterface(val))
	if !ok {
		s.errorf("if/with can't use %v", val)
	}
	if truth {
		if with {
			return s.walk(val, list)
		}
		return s.walk(dot, list)
	} else if elseList != nil {
		return s.walk(dot, elseList)
	}
	return ctlNone
}

// IsTrue reports whether the value is 'true', in the sense of not the zero of its type, and
// whether the value has a meaningful truth value.
func IsTrue(val any) (truth, ok bool) { return isTrue(reflect.ValueOf(val)) }

func isTrue(val reflect.Value) (truth, ok bool) {
	if !val.IsValid() {
		return false, true
	}
	switch val.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		truth = val.Len() > 0
	case reflect.Bool:
		truth = val.Bool()
	case reflect.Complex64, reflect.Complex128:
		truth = val.Complex() != 0
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.Interface:
		truth = !val.IsNil()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		truth = val.Int() != 0
	case reflect.Float32, reflect.Float64:
		truth = val.Float() != 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		truth = val.Uint() != 0
	case reflect.Struct:
		truth = true
	default:
		return
	}
	return truth, true
}

func (s *state) walkRange(dot reflect.Value, r *parse.RangeNode) control {
	s.at(r)
	defer s.pop(s.mark())
	val, _ := indirect(s.evalPipeline(dot, r.Pipe))
	mark := s.mark()
	// one runs one iteration; it reports whether the loop is to stop ({{break}}).
	one := func(index, elem reflect.Value) bool {
		if len(r.Pipe.Decl) > 0 {
			s.vars[mark-1].value = elem
		}
		if len(r.Pipe.Decl) > 1 {
			s.vars[mark-2].value = index
		}
		c := s.walk(elem, r.List)
		s.pop(mark)
		return c == ctlBreak
	}
	switch val.Kind() {
	case reflect.Array, reflect.Slice:
		if val.Len() == 0 {
			break
		}
		for i := 0; i < val.Len(); i++ {
			if one(reflect.ValueOf(i), val.Index(i)) {
				break
			}
		}
		return ctlNone
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if len(r.Pipe.Decl) > 1 {
			s.errorf("can't use %v to iterate over more than one variable", val)
		}
		var n int
		if val.Kind() >= reflect.Uint && val.Kind() <= reflect.Uintptr {
			n = int(val.Uint())
		} else {
			n = int(val.Int())
		}
		if n <= 0 {
			break
		}
		for i := 0; i < n; i++ {
			iv := reflect.New(val.Type()).Elem()
			if val.Kind() >= reflect.Uint && val.Kind() <= reflect.Uintptr {
				iv.SetUint(uint64(i))
			} else {
				iv.SetInt(int64(i))
			}
			if one(iv, iv) {
				break
			}
		}
		return ctlNone
	case reflect.Map:
		if val.Len() == 0 {
			break
		}
		for _, key := range val.MapKeys() {
			if one(key, val.MapIndex(key)) {
				break
			}
		}
		return ctlNone
	case reflect.Chan:
		if val.IsNil() {
			break
		}
		if val.Type().ChanDir() == reflect.SendDir {
			s.errorf("range over send-only channel %v", val)
			break
		}
		i := 0
		for {
			elem, ok := val.Recv()
			if !ok {
				break
			}
			if one(reflect.ValueOf(i), elem) {
				return ctlNone
			}
			i++
		}
		if i == 0 {
			break
		}
		return ctlNone
	case reflect.Invalid:
		break
	default:
		s.errorf("range can't iterate over %v", val)
	}
	if r.ElseList != nil {
		return s.walk(dot, r.ElseList)
	}
	return ctlNone
}

func (s *state) walkTemplate(dot reflect.Value, t *parse.TemplateNode) {
	s.at(t)
	tmpl := s.tmpl.tmpl[t.Name]
	if tmpl == nil {
		s.errorf("template %q not defined", t.Name)
	}
	if s.depth == maxExecDepth {
		s.errorf("exceeded maximum template depth (%v)", maxExecDepth)
	}
	dot = s.evalPipeline(dot, t.Pipe)
	ns := *s
	ns.depth++
	ns.tmpl = tmpl
	ns.vars = []variable{{"$", dot}}
	ns.walk(dot, tmpl.Root)
}

// evalPipeline returns the value of a pipeline; declared variables are pushed (the caller pops).
func (s *state) evalPipeline(dot reflect.Value, pipe *parse.PipeNode) (value reflect.Value) {
	if pipe == nil {
		return
	}
	s.at(pipe)
	var final *reflect.Value
	for _, cmd := range pipe.Cmds {
		value = s.evalCommand(dot, cmd, final)
		if value.Kind() == reflect.Interface && value.Type().NumMethod() == 0 {
			value = reflect.ValueOf(value.Interface())
		}
		v := value
		final = &v
	}
	for _, variable := range pipe.Decl {
		if pipe.IsAssign {
			s.setVar(variable.Ident[0], value)
		} else {
			s.push(variable.Ident[0], value)
		}
	}
	return value
}

func (s *state) notAFunction(args []parse.Node, final *reflect.Value) {
	if len(args) > 1 || final != nil {
		s.errorf("can't give argument to non-function %s", args[0])
	}
}

func (s *state) evalCommand(dot reflect.Value, cmd *parse.CommandNode, final *reflect.Value) reflect.Value {
	firstWord := cmd.Args[0]
	switch n := firstWord.(type) {
	case *parse.FieldNode:
		return s.evalFieldNode(dot, n, cmd.Args, final)
	case *parse.ChainNode:
		return s.evalChainNode(dot, n, cmd.Args, final)
	case *parse.IdentifierNode:
		return s.evalFunction(dot, n, cmd, cmd.Args, final)
	case *parse.PipeNode:
		s.notAFunction(cmd.Args, final)
		return s.evalPipeline(dot, n)
	case *parse.VariableNode:
		return s.evalVariableNode(dot, n, cmd.Args, final)
	}
	s.at(firstWord)
	s.notAFunction(cmd.Args, final)
	switch word := firstWord.(type) {
	case *parse.BoolNode:
		return reflect.ValueOf(word.True)
	case *parse.DotNode:
		return dot
	case *parse.NilNode:
		s.errorf("nil is not a command")
	case *parse.NumberNode:
		return s.idealConstant(word)
	case *parse.StringNode:
		return reflect.ValueOf(word.Text)
	}
	s.errorf("can't evaluate command %q", firstWord)
	panic("not reached")
}

func (s *state) idealConstant(c *parse.NumberNode) reflect.Value {
	s.at(c)
	isHexInt := len(c.Text) > 2 && c.Text[0] == '0' && (c.Text[1] == 'x' || c.Text[1] == 'X') && !strings.ContainsAny(c.Text, "pP")
	isRune := len(c.Text) > 0 && c.Text[0] == '\''
	switch {
	case c.IsComplex:
		return reflect.ValueOf(c.Complex128)
	case c.IsFloat && !isHexInt && !isRune && strings.ContainsAny(c.Text, ".eEpP"):
		return reflect.ValueOf(c.Float64)
	case c.IsInt:
		return reflect.ValueOf(int(c.Int64))
	case c.IsUint:
		s.errorf("%s overflows int", c.Text)
	}
	return reflect.Value{}
}

func (s *state) evalFieldNode(dot reflect.Value, field *parse.FieldNode, args []parse.Node, final *reflect.Value) reflect.Value {
	s.at(field)
	return s.evalFieldChain(dot, dot, field, field.Ident, args, final)
}

func (s *state) evalChainNode(dot reflect.Value, chain *parse.ChainNode, args []parse.Node, final *reflect.Value) reflect.Value {
	s.at(chain)
	if len(chain.Field) == 0 {
		s.errorf("internal error: no fields in evalChainNode")
	}
	if chain.Node.Type() == parse.NodeNil {
		s.errorf("indirection through explicit nil in %s", chain)
	}
	pipe := s.evalArg(dot, nil, chain.Node)
	return s.evalFieldChain(dot, pipe, chain, chain.Field, args, final)
}

func (s *state) evalVariableNode(dot reflect.Value, v *parse.VariableNode, args []parse.Node, final *reflect.Value) reflect.Value {
	s.at(v)
	value := s.varValue(v.Ident[0])
	if len(v.Ident) == 1 {
		s.notAFunction(args, final)
		return value
	}
	return s.evalFieldChain(dot, value, v, v.Ident[1:], args, final)
}

func (s *state) evalFieldChain(dot, receiver reflect.Value, node parse.Node, ident []string, args []parse.Node, final *reflect.Value) reflect.Value {
	n := len(ident)
	for i := 0; i < n-1; i++ {
		receiver = s.evalField(dot, ident[i], node, nil, nil, receiver)
	}
	return s.evalField(dot, ident[n-1], node, args, final, receiver)
}

func (s *state) evalFunction(dot reflect.Value, node *parse.IdentifierNode, cmd parse.Node, args []parse.Node, final *reflect.Value) reflect.Value {
	s.at(node)
	name := node.Ident
	if s.tmpl.common != nil {
		if fn, ok := s.tmpl.execFuncs[name]; ok {
			return s.evalCall(dot, fn, cmd, name, args, final)
		}
	}
	if builtinNames[name] != nil {
		return s.evalBuiltin(dot, name, cmd, args, final)
	}
	s.errorf("%q is not a defined function", name)
	panic("not reached")
}

func (s *state) evalField(dot reflect.Value, fieldName string, node parse.Node, args []parse.Node, final *reflect.Value, receiver reflect.Value) reflect.Value {
	if !receiver.IsValid() {
		if s.tmpl.missingKey == mapError {
			s.errorf("nil data; no entry for key %q", fieldName)
		}
		return reflect.Value{}
	}
	typ := receiver.Type()
	orig := receiver
	receiver, isNil := indirect(receiver)
	if receiver.Kind() == reflect.Interface && isNil {
		s.errorf("nil pointer evaluating %s.%s", typ, fieldName)
	}
	ptr := receiver
	if ptr.Kind() != reflect.Interface && ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	if method := ptr.MethodByName(fieldName); method.IsValid() {
		return s.evalCall(dot, method, node, fieldName, args, final)
	}
	hasArgs := len(args) > 1 || final != nil
	// gort's reflect does not yet see the methods of some runtime-provided types (the
	// error of errors.New): call Error and String through their interfaces instead.
	if !hasArgs && !isNil && orig.CanInterface() {
		if e, ok := orig.Interface().(error); ok && fieldName == "Error" {
			return reflect.ValueOf(e.Error())
		}
		if st, ok := orig.Interface().(fmt.Stringer); ok && fieldName == "String" {
			return reflect.ValueOf(st.String())
		}
	}
	switch receiver.Kind() {
	case reflect.Struct:
		tField, ok := receiver.Type().FieldByName(fieldName)
		if ok {
			if !tField.IsExported() {
				s.errorf("%s is an unexported field of struct type %s", fieldName, typ)
			}
			field := receiver.FieldByIndex(tField.Index)
			if hasArgs {
				s.errorf("%s has arguments but cannot be invoked as function", fieldName)
			}
			return field
		}
	case reflect.Map:
		nameVal := reflect.ValueOf(fieldName)
		if nameVal.Type().AssignableTo(receiver.Type().Key()) {
			if hasArgs {
				s.errorf("%s is not a method but has arguments", fieldName)
			}
			result := receiver.MapIndex(nameVal)
			if !result.IsValid() {
				switch s.tmpl.missingKey {
				case mapZeroValue:
					result = reflect.Zero(receiver.Type().Elem())
				case mapError:
					s.errorf("map has no entry for key %q", fieldName)
				}
			}
			return result
		}
	case reflect.Pointer:
		etyp := receiver.Type().Elem()
		if etyp.Kind() == reflect.Struct {
			if _, ok := etyp.FieldByName(fieldName); !ok {
				break
			}
		}
		if isNil {
			s.errorf("nil pointer evaluating %s.%s", typ, fieldName)
		}
	}
	s.errorf("can't evaluate field %s in type %s", fieldName, typ)
	panic("not reached")
}

var (
	errorType        = reflect.TypeOf((*error)(nil)).Elem()
	fmtStringerType  = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	reflectValueType = reflect.TypeOf((*reflect.Value)(nil)).Elem()
)

func goodFunc(typ reflect.Type) bool {
	switch {
	case typ.NumOut() == 1:
		return true
	case typ.NumOut() == 2 && typ.Out(1) == errorType:
		return true
	}
	return false
}

func goodName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_':
		case i == 0 && !unicode.IsLetter(r):
			return false
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			return false
		}
	}
	return true
}

func (s *state) evalCall(dot, fun reflect.Value, node parse.Node, name string, args []parse.Node, final *reflect.Value) reflect.Value {
	if args != nil {
		args = args[1:]
	}
	typ := fun.Type()
	numIn := len(args)
	if final != nil {
		numIn++
	}
	numFixed := len(args)
	if typ.IsVariadic() {
		numFixed = typ.NumIn() - 1
		if numIn < numFixed {
			s.errorf("wrong number of args for %s: want at least %d got %d", name, typ.NumIn()-1, len(args))
		}
	} else if numIn != typ.NumIn() {
		s.errorf("wrong number of args for %s: want %d got %d", name, typ.NumIn(), numIn)
	}
	if !goodFunc(typ) {
		s.errorf("can't call method/function %q with %d results", name, typ.NumOut())
	}
	argv := make([]reflect.Value, numIn)
	i := 0
	for ; i < numFixed && i < len(args); i++ {
		argv[i] = s.evalArg(dot, typ.In(i), args[i])
	}
	if typ.IsVariadic() {
		argType := typ.In(typ.NumIn() - 1).Elem()
		for ; i < len(args); i++ {
			argv[i] = s.evalArg(dot, argType, args[i])
		}
	}
	if final != nil {
		t := typ.In(typ.NumIn() - 1)
		if typ.IsVariadic() {
			if numIn-1 < numFixed {
				t = typ.In(numIn - 1)
			} else {
				t = t.Elem()
			}
		}
		argv[i] = s.validateType(*final, t)
	}
	v, err := safeCall(fun, argv)
	if err != nil {
		s.at(node)
		s.errorf("error calling %s: %w", name, err)
	}
	if v.IsValid() && v.Type() == reflectValueType {
		v = v.Interface().(reflect.Value)
	}
	return v
}

func safeCall(fun reflect.Value, args []reflect.Value) (val reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	ret := fun.Call(args)
	if len(ret) == 2 && ret[1].IsValid() && !ret[1].IsNil() {
		return ret[0], ret[1].Interface().(error)
	}
	return ret[0], nil
}

func canBeNil(typ reflect.Type) bool {
	switch typ.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	case reflect.Struct:
		return typ == reflectValueType
	}
	return false
}

func (s *state) validateType(value reflect.Value, typ reflect.Type) reflect.Value {
	if !value.IsValid() {
		if typ == nil {
			return reflect.ValueOf(nil)
		}
		if canBeNil(typ) {
			return reflect.Zero(typ)
		}
		s.errorf("invalid value; expected %s", typ)
	}
	if typ == reflectValueType && value.Type() != typ {
		return reflect.ValueOf(value)
	}
	if typ != nil && !value.Type().AssignableTo(typ) {
		if value.Kind() == reflect.Interface && !value.IsNil() {
			value = value.Elem()
			if value.Type().AssignableTo(typ) {
				return value
			}
		}
		switch {
		case value.Kind() == reflect.Pointer && value.Type().Elem().AssignableTo(typ):
			value = value.Elem()
			if !value.IsValid() {
				s.errorf("dereference of nil pointer of type %s", typ)
			}
		case reflect.PointerTo(value.Type()).AssignableTo(typ) && value.CanAddr():
			value = value.Addr()
		default:
			s.errorf("wrong type for value; expected %s; got %s", typ, value.Type())
		}
	}
	return value
}

func (s *state) evalArg(dot reflect.Value, typ reflect.Type, n parse.Node) reflect.Value {
	s.at(n)
	switch arg := n.(type) {
	case *parse.DotNode:
		return s.validateType(dot, typ)
	case *parse.NilNode:
		if typ != nil && canBeNil(typ) {
			return reflect.Zero(typ)
		}
		s.errorf("cannot assign nil to %s", typ)
	case *parse.FieldNode:
		return s.validateType(s.evalFieldNode(dot, arg, []parse.Node{n}, nil), typ)
	case *parse.VariableNode:
		return s.validateType(s.evalVariableNode(dot, arg, nil, nil), typ)
	case *parse.PipeNode:
		return s.validateType(s.evalPipeline(dot, arg), typ)
	case *parse.IdentifierNode:
		return s.validateType(s.evalFunction(dot, arg, arg, nil, nil), typ)
	case *parse.ChainNode:
		return s.validateType(s.evalChainNode(dot, arg, nil, nil), typ)
	}
	if typ == nil {
		return s.evalEmptyInterface(dot, n)
	}
	switch typ.Kind() {
	case reflect.Bool:
		if b, ok := n.(*parse.BoolNode); ok {
			v := reflect.New(typ).Elem()
			v.SetBool(b.True)
			return v
		}
		s.errorf("expected bool; found %s", n)
	case reflect.Float32, reflect.Float64:
		if c, ok := n.(*parse.NumberNode); ok && c.IsFloat {
			v := reflect.New(typ).Elem()
			v.SetFloat(c.Float64)
			return v
		}
		s.errorf("expected float; found %s", n)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if c, ok := n.(*parse.NumberNode); ok && c.IsInt {
			v := reflect.New(typ).Elem()
			v.SetInt(c.Int64)
			return v
		}
		s.errorf("expected integer; found %s", n)
	case reflect.Interface:
		if typ.NumMethod() == 0 {
			return s.evalEmptyInterface(dot, n)
		}
	case reflect.Struct:
		if typ == reflectValueType {
			return reflect.ValueOf(s.evalEmptyInterface(dot, n))
		}
	case reflect.String:
		if c, ok := n.(*parse.StringNode); ok {
			v := reflect.New(typ).Elem()
			v.SetString(c.Text)
			return v
		}
		s.errorf("expected string; found %s", n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if c, ok := n.(*parse.NumberNode); ok && c.IsUint {
			v := reflect.New(typ).Elem()
			v.SetUint(c.Uint64)
			return v
		}
		s.errorf("expected unsigned integer; found %s", n)
	}
	s.errorf("can't handle %s for arg of type %s", n, typ)
	panic("not reached")
}

func (s *state) evalEmptyInterface(dot reflect.Value, n parse.Node) reflect.Value {
	s.at(n)
	switch n := n.(type) {
	case *parse.BoolNode:
		return reflect.ValueOf(n.True)
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return s.evalFieldNode(dot, n, nil, nil)
	case *parse.IdentifierNode:
		return s.evalFunction(dot, n, n, nil, nil)
	case *parse.NilNode:
		s.errorf("evalEmptyInterface: nil (can't happen)")
	case *parse.NumberNode:
		return s.idealConstant(n)
	case *parse.StringNode:
		return reflect.ValueOf(n.Text)
	case *parse.VariableNode:
		return s.evalVariableNode(dot, n, nil, nil)
	case *parse.PipeNode:
		return s.evalPipeline(dot, n)
	case *parse.ChainNode:
		return s.evalChainNode(dot, n, nil, nil)
	}
	s.errorf("can't handle assignment of %s to empty interface argument", n)
	panic("not reached")
}

func indirect(v reflect.Value) (rv reflect.Value, isNil bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

func (s *state) printValue(n parse.Node, v reflect.Value) {
	s.at(n)
	iface, ok := printableValue(v)
	if !ok {
		s.errorf("can't print %s of type %s", n, v.Type())
	}
	if _, err := fmt.Fprint(s.wr, iface); err != nil {
		panic(writeError{err})
	}
}

func printableValue(v reflect.Value) (any, bool) {
	if v.Kind() == reflect.Pointer {
		v, _ = indirect(v)
	}
	if !v.IsValid() {
		return "<no value>", true
	}
	if !v.Type().Implements(errorType) && !v.Type().Implements(fmtStringerType) {
		if v.CanAddr() && (reflect.PointerTo(v.Type()).Implements(errorType) || reflect.PointerTo(v.Type()).Implements(fmtStringerType)) {
			v = v.Addr()
		} else {
			switch v.Kind() {
			case reflect.Chan, reflect.Func:
				return nil, false
			}
		}
	}
	return v.Interface(), true
}

// ---- builtins

// builtinNames lets the parser accept the builtin function names; the executor implements
// them in evalBuiltin (a user function of the same name takes precedence, as in Go).
var builtinNames = map[string]any{
	"and": true, "call": true, "html": true, "index": true, "slice": true, "js": true,
	"len": true, "not": true, "or": true, "print": true, "printf": true, "println": true,
	"urlquery": true, "eq": true, "ge": true, "gt": true, "le": true, "lt": true, "ne": true,
}

// builtin arity: fixed parameters and whether more may follow.
func builtinArity(name string) (fixed int, variadic bool) {
	switch name {
	case "len", "not":
		return 1, false
	case "ne", "lt", "le", "gt", "ge":
		return 2, false
	case "and", "or", "index", "slice", "call", "eq", "printf":
		return 1, true
	}
	return 0, true
}

func (s *state) evalBuiltin(dot reflect.Value, name string, node parse.Node, args []parse.Node, final *reflect.Value) reflect.Value {
	if args != nil {
		args = args[1:]
	}
	numIn := len(args)
	if final != nil {
		numIn++
	}
	fixed, variadic := builtinArity(name)
	if variadic {
		if numIn < fixed {
			s.errorf("wrong number of args for %s: want at least %d got %d", name, fixed, len(args))
		}
	} else if numIn != fixed {
		s.errorf("wrong number of args for %s: want %d got %d", name, fixed, numIn)
	}
	if name == "and" || name == "or" {
		var v reflect.Value
		for _, arg := range args {
			v = s.evalArg(dot, reflectValueType, arg).Interface().(reflect.Value)
			if t, _ := isTrue(indirectInterface(v)); t == (name == "or") {
				return v
			}
		}
		if final != nil {
			v = *final
		}
		return v
	}
	// Evaluate the arguments: reflect.Values kept as they are (invalid for nil) except for
	// the string-typed format of printf.
	argv := make([]reflect.Value, 0, numIn)
	for i, a := range args {
		if name == "printf" && i == 0 {
			argv = append(argv, s.evalArg(dot, reflect.TypeOf(""), a))
			continue
		}
		if _, ok := a.(*parse.NilNode); ok {
			argv = append(argv, reflect.Value{})
			continue
		}
		argv = append(argv, s.evalEmptyInterfaceArg(dot, a))
	}
	if final != nil {
		if name == "printf" && len(args) == 0 {
			argv = append(argv, s.validateType(*final, reflect.TypeOf("")))
		} else {
			argv = append(argv, *final)
		}
	}
	v, err := s.callBuiltin(name, argv)
	if err != nil {
		s.at(node)
		s.errorf("error calling %s: %w", name, err)
	}
	return v
}

func (s *state) evalEmptyInterfaceArg(dot reflect.Value, n parse.Node) reflect.Value {
	switch arg := n.(type) {
	case *parse.FieldNode:
		s.at(n)
		return s.evalFieldNode(dot, arg, []parse.Node{n}, nil)
	}
	return s.evalArg(dot, nil, n)
}

func interfaces(args []reflect.Value) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if a.IsValid() {
			out[i] = a.Interface()
		}
	}
	return out
}

func (s *state) callBuiltin(name string, args []reflect.Value) (v reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(ExecError); ok {
				panic(r)
			}
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	switch name {
	case "not":
		t, _ := isTrue(indirectInterface(args[0]))
		return reflect.ValueOf(!t), nil
	case "len":
		n, err := length(args[0])
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(n), nil
	case "index":
		return index(args[0], args[1:]...)
	case "slice":
		return slice(args[0], args[1:]...)
	case "print":
		return reflect.ValueOf(fmt.Sprint(interfaces(args)...)), nil
	case "println":
		return reflect.ValueOf(fmt.Sprintln(interfaces(args)...)), nil
	case "printf":
		return reflect.ValueOf(fmt.Sprintf(args[0].String(), interfaces(args[1:])...)), nil
	case "html":
		return reflect.ValueOf(HTMLEscaper(interfaces(args)...)), nil
	case "js":
		return reflect.ValueOf(JSEscaper(interfaces(args)...)), nil
	case "urlquery":
		return reflect.ValueOf(URLQueryEscaper(interfaces(args)...)), nil
	case "eq":
		b, err := eq(args[0], args[1:]...)
		return reflect.ValueOf(b), err
	case "ne":
		b, err := eq(args[0], args[1])
		return reflect.ValueOf(!b), err
	case "lt":
		b, err := lt(args[0], args[1])
		return reflect.ValueOf(b), err
	case "le":
		b, err := lt(args[0], args[1])
		if err == nil && !b {
			b, err = eq(args[0], args[1])
		}
		return reflect.ValueOf(b), err
	case "gt":
		b, err := lt(args[0], args[1])
		if err == nil && !b {
			b, err = eq(args[0], args[1])
		}
		return reflect.ValueOf(!b && err == nil), err
	case "ge":
		b, err := lt(args[0], args[1])
		return reflect.ValueOf(!b && err == nil), err
	case "call":
		return call(args[0], args[1:]...)
	}
	return reflect.Value{}, fmt.Errorf("unknown builtin %s", name)
}

func indexArg(index reflect.Value, cap int) (int, error) {
	var x int64
	switch index.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x = index.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x = int64(index.Uint())
	case reflect.Invalid:
		return 0, fmt.Errorf("cannot index slice/array with nil")
	default:
		return 0, fmt.Errorf("cannot index slice/array with type %s", index.Type())
	}
	if x < 0 || int(x) < 0 || int(x) > cap {
		return 0, fmt.Errorf("index out of range: %d", x)
	}
	return int(x), nil
}

func prepareArg(value reflect.Value, argType reflect.Type) (reflect.Value, error) {
	if !value.IsValid() {
		if !canBeNil(argType) {
			return reflect.Value{}, fmt.Errorf("value is nil; should be of type %s", argType)
		}
		value = reflect.Zero(argType)
	}
	if value.Type().AssignableTo(argType) {
		return value, nil
	}
	if intLike(value.Kind()) && intLike(argType.Kind()) && value.Type().ConvertibleTo(argType) {
		return value.Convert(argType), nil
	}
	return reflect.Value{}, fmt.Errorf("value has type %s; should be %s", value.Type(), argType)
}

func intLike(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

func index(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error) {
	item = indirectInterface(item)
	if !item.IsValid() {
		return reflect.Value{}, fmt.Errorf("index of untyped nil")
	}
	for _, idx := range indexes {
		idx = indirectInterface(idx)
		var isNil bool
		if item, isNil = indirect(item); isNil {
			return reflect.Value{}, fmt.Errorf("index of nil pointer")
		}
		switch item.Kind() {
		case reflect.Array, reflect.Slice, reflect.String:
			x, err := indexArg(idx, item.Len())
			if err != nil {
				return reflect.Value{}, err
			}
			if x == item.Len() {
				return reflect.Value{}, fmt.Errorf("index out of range: %d", x)
			}
			item = item.Index(x)
		case reflect.Map:
			index, err := prepareArg(idx, item.Type().Key())
			if err != nil {
				return reflect.Value{}, err
			}
			if x := item.MapIndex(index); x.IsValid() {
				item = x
			} else {
				item = reflect.Zero(item.Type().Elem())
			}
		case reflect.Invalid:
			panic("unreachable")
		default:
			return reflect.Value{}, fmt.Errorf("can't index item of type %s", item.Type())
		}
	}
	return item, nil
}

func slice(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error) {
	item = indirectInterface(item)
	if !item.IsValid() {
		return reflect.Value{}, fmt.Errorf("slice of untyped nil")
	}
	if len(indexes) > 3 {
		return reflect.Value{}, fmt.Errorf("too many slice indexes: %d", len(indexes))
	}
	var cap int
	switch item.Kind() {
	case reflect.String:
		if len(indexes) == 3 {
			return reflect.Value{}, fmt.Errorf("cannot 3-index slice a string")
		}
		cap = item.Len()
	case reflect.Array, reflect.Slice:
		cap = item.Cap()
	default:
		return reflect.Value{}, fmt.Errorf("can't slice item of type %s", item.Type())
	}
	idx := [3]int{0, item.Len()}
	for i, index := range indexes {
		x, err := indexArg(index, cap)
		if err != nil {
			return reflect.Value{}, err
		}
		idx[i] = x
	}
	if idx[0] > idx[1] {
		return reflect.Value{}, fmt.Errorf("invalid slice index: %d > %d", idx[0], idx[1])
	}
	if len(indexes) < 3 {
		if item.Kind() == reflect.String {
			return reflect.ValueOf(item.String()[idx[0]:idx[1]]), nil
		}
		return item.Slice(idx[0], idx[1]), nil
	}
	if idx[1] > idx[2] {
		return reflect.Value{}, fmt.Errorf("invalid slice index: %d > %d", idx[1], idx[2])
	}
	return item.Slice(idx[0], idx[1]), nil
}

func length(item reflect.Value) (int, error) {
	item, isNil := indirect(item)
	if isNil {
		return 0, fmt.Errorf("len of nil pointer")
	}
	switch item.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		return item.Len(), nil
	}
	if !item.IsValid() {
		return 0, fmt.Errorf("reflect: call of reflect.Value.Type on zero Value")
	}
	return 0, fmt.Errorf("len of type %s", item.Type())
}

func call(fn reflect.Value, args ...reflect.Value) (reflect.Value, error) {
	fn = indirectInterface(fn)
	if !fn.IsValid() {
		return reflect.Value{}, fmt.Errorf("call of nil")
	}
	typ := fn.Type()
	if typ.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("non-function of type %s", typ)
	}
	if !goodFunc(typ) {
		return reflect.Value{}, fmt.Errorf("function called with %d args; should be 1 or 2", typ.NumOut())
	}
	numIn := typ.NumIn()
	var dddType reflect.Type
	if typ.IsVariadic() {
		if len(args) < numIn-1 {
			return reflect.Value{}, fmt.Errorf("wrong number of args: got %d want at least %d", len(args), numIn-1)
		}
		dddType = typ.In(numIn - 1).Elem()
	} else if len(args) != numIn {
		return reflect.Value{}, fmt.Errorf("wrong number of args: got %d want %d", len(args), numIn)
	}
	argv := make([]reflect.Value, len(args))
	for i, arg := range args {
		arg = indirectInterface(arg)
		argType := dddType
		if !typ.IsVariadic() || i < numIn-1 {
			argType = typ.In(i)
		}
		var err error
		if argv[i], err = prepareArg(arg, argType); err != nil {
			return reflect.Value{}, fmt.Errorf("arg %d: %w", i, err)
		}
	}
	return safeCall(fn, argv)
}

var (
	errBadComparisonType = errors.New("invalid type for comparison")
	errBadComparison     = errors.New("incompatible types for comparison")
	errNoComparison      = errors.New("missing argument for comparison")
)

type kind int

const (
	invalidKind kind = iota
	boolKind
	complexKind
	intKind
	floatKind
	stringKind
	uintKind
)

func basicKind(v reflect.Value) (kind, error) {
	switch v.Kind() {
	case reflect.Bool:
		return boolKind, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intKind, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintKind, nil
	case reflect.Float32, reflect.Float64:
		return floatKind, nil
	case reflect.Complex64, reflect.Complex128:
		return complexKind, nil
	case reflect.String:
		return stringKind, nil
	}
	return invalidKind, errBadComparisonType
}

func isNilValue(v reflect.Value) bool {
	if !v.IsValid() {
		return true
	}
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return v.IsNil()
	}
	return false
}

func eq(arg1 reflect.Value, arg2 ...reflect.Value) (bool, error) {
	arg1 = indirectInterface(arg1)
	if len(arg2) == 0 {
		return false, errNoComparison
	}
	k1, _ := basicKind(arg1)
	for _, arg := range arg2 {
		arg = indirectInterface(arg)
		k2, _ := basicKind(arg)
		truth := false
		if k1 != k2 {
			switch {
			case k1 == intKind && k2 == uintKind:
				truth = arg1.Int() >= 0 && uint64(arg1.Int()) == arg.Uint()
			case k1 == uintKind && k2 == intKind:
				truth = arg.Int() >= 0 && arg1.Uint() == uint64(arg.Int())
			default:
				if arg1.IsValid() && arg.IsValid() {
					return false, errBadComparison
				}
			}
		} else {
			switch k1 {
			case boolKind:
				truth = arg1.Bool() == arg.Bool()
			case complexKind:
				truth = arg1.Complex() == arg.Complex()
			case floatKind:
				truth = arg1.Float() == arg.Float()
			case intKind:
				truth = arg1.Int() == arg.Int()
			case stringKind:
				truth = arg1.String() == arg.String()
			case uintKind:
				truth = arg1.Uint() == arg.Uint()
			default:
				if arg1.Kind() != arg.Kind() && arg1.IsValid() && arg.IsValid() {
					return false, fmt.Errorf("non-comparable types %s: %v, %s: %v", arg1, arg1.Type(), arg.Type(), arg)
				}
				if isNilValue(arg1) || isNilValue(arg) {
					truth = isNilValue(arg) == isNilValue(arg1)
				} else {
					if !arg.Type().Comparable() {
						return false, fmt.Errorf("non-comparable type %s: %v", arg, arg.Type())
					}
					truth = arg1.Interface() == arg.Interface()
				}
			}
		}
		if truth {
			return true, nil
		}
	}
	return false, nil
}

func lt(arg1, arg2 reflect.Value) (bool, error) {
	arg1 = indirectInterface(arg1)
	k1, err := basicKind(arg1)
	if err != nil {
		return false, err
	}
	arg2 = indirectInterface(arg2)
	k2, err := basicKind(arg2)
	if err != nil {
		return false, err
	}
	truth := false
	if k1 != k2 {
		switch {
		case k1 == intKind && k2 == uintKind:
			truth = arg1.Int() < 0 || uint64(arg1.Int()) < arg2.Uint()
		case k1 == uintKind && k2 == intKind:
			truth = arg2.Int() >= 0 && arg1.Uint() < uint64(arg2.Int())
		default:
			return false, errBadComparison
		}
	} else {
		switch k1 {
		case boolKind, complexKind:
			return false, errBadComparisonType
		case floatKind:
			truth = arg1.Float() < arg2.Float()
		case intKind:
			truth = arg1.Int() < arg2.Int()
		case stringKind:
			truth = arg1.String() < arg2.String()
		case uintKind:
			truth = arg1.Uint() < arg2.Uint()
		default:
			panic("invalid kind")
		}
	}
	return truth, nil
}

// ---- escapers

// HTMLEscape writes to w the escaped HTML equivalent of the plain text data b.
func HTMLEscape(w io.Writer, b []byte) {
	w.Write([]byte(HTMLEscapeString(string(b))))
}

// HTMLEscapeString returns the escaped HTML equivalent of the plain text data s.
func HTMLEscapeString(s string) string {
	if !strings.ContainsAny(s, "'\"&<>\000") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case 0:
			b.WriteString("\uFFFD")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// HTMLEscaper returns the escaped HTML equivalent of the textual representation of its arguments.
func HTMLEscaper(args ...any) string { return HTMLEscapeString(evalArgs(args)) }

// JSEscape writes to w the escaped JavaScript equivalent of the plain text data b.
func JSEscape(w io.Writer, b []byte) {
	w.Write([]byte(JSEscapeString(string(b))))
}

func jsIsSpecial(r rune) bool {
	switch r {
	case '\\', '\'', '"', '<', '>', '&', '=':
		return true
	}
	return r < ' ' || utf8.RuneSelf <= r
}

// JSEscapeString returns the escaped JavaScript equivalent of the plain text data s.
func JSEscapeString(s string) string {
	if strings.IndexFunc(s, jsIsSpecial) < 0 {
		return s
	}
	const hexDigits = "0123456789ABCDEF"
	var b bytes.Buffer
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\'':
			b.WriteString(`\'`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '<':
			b.WriteString(`\u003C`)
		case r == '>':
			b.WriteString(`\u003E`)
		case r == '&':
			b.WriteString(`\u0026`)
		case r == '=':
			b.WriteString(`\u003D`)
		case r < ' ':
			b.WriteString(`\u00`)
			b.WriteByte(hexDigits[r>>4])
			b.WriteByte(hexDigits[r&0xf])
		case r >= utf8.RuneSelf && !unicode.IsPrint(r):
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// JSEscaper returns the escaped JavaScript equivalent of the textual representation of its
// arguments.
func JSEscaper(args ...any) string { return JSEscapeString(evalArgs(args)) }

// URLQueryEscaper returns the escaped value of the textual representation of its arguments in
// a form suitable for embedding in a URL query.
func URLQueryEscaper(args ...any) string { return url.QueryEscape(evalArgs(args)) }

func evalArgs(args []any) string {
	if len(args) == 1 {
		if s, ok := args[0].(string); ok {
			return s
		}
	}
	for i, arg := range args {
		if a, ok := printableValue(reflect.ValueOf(arg)); ok {
			args[i] = a
		}
	}
	return fmt.Sprint(args...)
}
