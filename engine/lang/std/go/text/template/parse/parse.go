// Package parse for gort: the lexer, parse tree and parser of text/template (and so of
// html/template, which rewrites the tree). Written for gort after Go's documentation of the
// template language; node names, Tree fields and every error text follow Go 1.19's package so
// that programs and their error output match. The lexer runs eagerly over the whole input into
// an item slice (Go's runs as a coroutine); the parser backs up by moving an index, which keeps
// the item stream — and so which error wins — the same as Go's.
package parse

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- items

type itemType int

const (
	itemError itemType = iota
	itemBool
	itemChar
	itemCharConstant
	itemComment
	itemComplex
	itemAssign
	itemDeclare
	itemEOF
	itemField
	itemIdentifier
	itemLeftDelim
	itemLeftParen
	itemNumber
	itemPipe
	itemRawString
	itemRightDelim
	itemRightParen
	itemSpace
	itemString
	itemText
	itemVariable
	itemKeyword // keywords follow
	itemBlock
	itemBreak
	itemContinue
	itemDot
	itemDefine
	itemElse
	itemEnd
	itemIf
	itemNil
	itemRange
	itemTemplate
	itemWith
)

var keywords = map[string]itemType{
	".":        itemDot,
	"block":    itemBlock,
	"break":    itemBreak,
	"continue": itemContinue,
	"define":   itemDefine,
	"else":     itemElse,
	"end":      itemEnd,
	"if":       itemIf,
	"range":    itemRange,
	"nil":      itemNil,
	"template": itemTemplate,
	"with":     itemWith,
}

type item struct {
	typ  itemType
	pos  Pos
	val  string
	line int
}

func (i item) String() string {
	switch {
	case i.typ == itemEOF:
		return "EOF"
	case i.typ == itemError:
		return i.val
	case i.typ > itemKeyword:
		return fmt.Sprintf("<%s>", i.val)
	case len(i.val) > 10:
		return fmt.Sprintf("%.10q...", i.val)
	}
	return fmt.Sprintf("%q", i.val)
}

// ---- lexer

const (
	trimMarker    = '-'
	trimMarkerLen = 2 // a space and the minus
	leftComment   = "/*"
	rightComment  = "*/"
)

type lexer struct {
	input       string
	leftDelim   string
	rightDelim  string
	emitComment bool
	items       []item
	start, pos  int
	line        int // line of start
	parenDepth  int
	failed      bool
}

func isSpace(r byte) bool { return r == ' ' || r == '\t' || r == '\r' || r == '\n' }

func isAlphaNumeric(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasLeftTrimMarker(s string) bool {
	return len(s) >= 2 && s[0] == trimMarker && isSpace(s[1])
}

func hasRightTrimMarker(s string) bool {
	return len(s) >= 2 && isSpace(s[0]) && s[1] == trimMarker
}

func rightTrimLength(s string) int {
	return len(s) - len(strings.TrimRight(s, " \t\r\n"))
}

func leftTrimLength(s string) int {
	return len(s) - len(strings.TrimLeft(s, " \t\r\n"))
}

const eof = -1

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		l.pos = len(l.input) + 1 // so backup undoes it
		return eof
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.pos += w
	return r
}

func (l *lexer) backup() {
	if l.pos > len(l.input) {
		l.pos = len(l.input)
		return
	}
	_, w := utf8.DecodeLastRuneInString(l.input[:l.pos])
	l.pos -= w
}

func (l *lexer) peek() rune {
	r := l.next()
	l.backup()
	return r
}

func (l *lexer) end() int {
	if l.pos > len(l.input) {
		return len(l.input)
	}
	return l.pos
}

func (l *lexer) emit(t itemType) {
	e := l.end()
	l.items = append(l.items, item{t, Pos(l.start), l.input[l.start:e], l.line})
	l.line += strings.Count(l.input[l.start:e], "\n")
	l.start = e
}

func (l *lexer) ignore() {
	e := l.end()
	l.line += strings.Count(l.input[l.start:e], "\n")
	l.start = e
}

func (l *lexer) errorf(format string, args ...any) {
	l.items = append(l.items, item{itemError, Pos(l.start), fmt.Sprintf(format, args...), l.line})
	l.failed = true
}

func (l *lexer) accept(valid string) bool {
	if strings.ContainsRune(valid, l.next()) {
		return true
	}
	l.backup()
	return false
}

func (l *lexer) acceptRun(valid string) {
	for strings.ContainsRune(valid, l.next()) {
	}
	l.backup()
}

func lex(input, left, right string, emitComment bool) *lexer {
	if left == "" {
		left = "{{"
	}
	if right == "" {
		right = "}}"
	}
	l := &lexer{input: input, leftDelim: left, rightDelim: right, emitComment: emitComment, line: 1}
	l.run()
	return l
}

// run lexes the whole input: text, then actions, alternately, until EOF or an error.
func (l *lexer) run() {
	for !l.failed {
		if !l.lexText() {
			return
		}
		l.lexAction()
	}
}

// lexText scans text up to a left delimiter; it reports whether an action (or comment) follows.
func (l *lexer) lexText() bool {
	x := strings.Index(l.input[l.pos:], l.leftDelim)
	if x < 0 {
		l.pos = len(l.input)
		if l.pos > l.start {
			l.emit(itemText)
		}
		l.emit(itemEOF)
		return false
	}
	if x > 0 {
		l.pos += x
		trim := 0
		if hasLeftTrimMarker(l.input[l.pos+len(l.leftDelim):]) {
			trim = rightTrimLength(l.input[l.start:l.pos])
		}
		l.pos -= trim
		if l.pos > l.start {
			l.emit(itemText)
		}
		l.pos += trim
		l.ignore()
	}
	return true
}

// lexAction scans a left delimiter, the action or comment and the right delimiter.
func (l *lexer) lexAction() {
	l.pos += len(l.leftDelim)
	trim := hasLeftTrimMarker(l.input[l.pos:])
	after := 0
	if trim {
		after = trimMarkerLen
	}
	if strings.HasPrefix(l.input[l.pos+after:], leftComment) {
		l.pos += after
		l.ignore()
		l.lexComment()
		return
	}
	l.items = append(l.items, item{itemLeftDelim, Pos(l.start), l.leftDelim, l.line})
	l.pos += after
	l.ignore()
	l.parenDepth = 0
	for !l.failed {
		if delim, _ := l.atRightDelim(); delim {
			if l.parenDepth == 0 {
				l.lexRightDelim()
				return
			}
			l.errorf("unclosed left paren")
			return
		}
		l.lexInsideAction()
	}
}

func (l *lexer) atRightDelim() (delim, trimSpaces bool) {
	if hasRightTrimMarker(l.input[l.pos:]) && strings.HasPrefix(l.input[l.pos+trimMarkerLen:], l.rightDelim) {
		return true, true
	}
	if strings.HasPrefix(l.input[l.pos:], l.rightDelim) {
		return true, false
	}
	return false, false
}

func (l *lexer) lexRightDelim() {
	trim := hasRightTrimMarker(l.input[l.pos:])
	if trim {
		l.pos += trimMarkerLen
		l.ignore()
	}
	l.pos += len(l.rightDelim)
	l.emit(itemRightDelim)
	if trim {
		l.pos += leftTrimLength(l.input[l.pos:])
		l.ignore()
	}
}

func (l *lexer) lexComment() {
	l.pos += len(leftComment)
	x := strings.Index(l.input[l.pos:], rightComment)
	if x < 0 {
		l.errorf("unclosed comment")
		return
	}
	l.pos += x + len(rightComment)
	delim, trim := l.atRightDelim()
	if !delim {
		l.errorf("comment ends before closing delimiter")
		return
	}
	it := item{itemComment, Pos(l.start), l.input[l.start:l.pos], l.line}
	if trim {
		l.pos += trimMarkerLen
	}
	l.pos += len(l.rightDelim)
	if trim {
		l.pos += leftTrimLength(l.input[l.pos:])
	}
	l.ignore()
	if l.emitComment {
		l.items = append(l.items, it)
	}
}

func (l *lexer) lexInsideAction() {
	r := l.next()
	switch {
	case r == eof:
		l.errorf("unclosed action")
	case r < 128 && isSpace(byte(r)):
		l.backup()
		l.lexSpace()
	case r == '=':
		l.emit(itemAssign)
	case r == ':':
		if l.next() != '=' {
			l.errorf("expected :=")
			return
		}
		l.emit(itemDeclare)
	case r == '|':
		l.emit(itemPipe)
	case r == '"':
		l.lexQuoted('"', itemString, "quoted string")
	case r == '`':
		l.lexRawQuote()
	case r == '$':
		l.lexFieldOrVariable(itemVariable)
	case r == '\'':
		l.lexQuoted('\'', itemCharConstant, "character constant")
	case r == '.' && l.pos < len(l.input) && (l.input[l.pos] < '0' || l.input[l.pos] > '9'):
		l.lexFieldOrVariable(itemField)
	case r == '.' || r == '+' || r == '-' || ('0' <= r && r <= '9'):
		l.backup()
		l.lexNumber()
	case isAlphaNumeric(r):
		l.backup()
		l.lexIdentifier()
	case r == '(':
		l.emit(itemLeftParen)
		l.parenDepth++
	case r == ')':
		l.emit(itemRightParen)
		l.parenDepth--
		if l.parenDepth < 0 {
			l.errorf("unexpected right paren %#U", r)
		}
	case r <= unicode.MaxASCII && unicode.IsPrint(r):
		l.emit(itemChar)
	default:
		l.errorf("unrecognized character in action: %#U", r)
	}
}

func (l *lexer) lexSpace() {
	n := 0
	for l.pos < len(l.input) && isSpace(l.input[l.pos]) {
		l.pos++
		n++
	}
	// A trim-marked right delimiter starts with a space: leave it to lexRightDelim.
	if hasRightTrimMarker(l.input[l.pos-1:]) && strings.HasPrefix(l.input[l.pos-1+trimMarkerLen:], l.rightDelim) {
		l.pos--
		if n == 1 {
			return
		}
	}
	l.emit(itemSpace)
}

func (l *lexer) atTerminator() bool {
	r := l.peek()
	if r >= 0 && r < 128 && isSpace(byte(r)) {
		return true
	}
	switch r {
	case eof, '.', ',', '|', ':', ')', '(':
		return true
	}
	return strings.HasPrefix(l.input[l.end():], l.rightDelim)
}

func (l *lexer) lexIdentifier() {
	for {
		r := l.next()
		if isAlphaNumeric(r) {
			continue
		}
		l.backup()
		word := l.input[l.start:l.pos]
		if !l.atTerminator() {
			l.errorf("bad character %#U", r)
			return
		}
		switch {
		case keywords[word] > itemKeyword:
			l.emit(keywords[word])
		case word[0] == '.':
			l.emit(itemField)
		case word == "true", word == "false":
			l.emit(itemBool)
		default:
			l.emit(itemIdentifier)
		}
		return
	}
}

func (l *lexer) lexFieldOrVariable(typ itemType) {
	if l.atTerminator() {
		if typ == itemVariable {
			l.emit(itemVariable)
		} else {
			l.emit(itemDot)
		}
		return
	}
	var r rune
	for {
		r = l.next()
		if !isAlphaNumeric(r) {
			l.backup()
			break
		}
	}
	if !l.atTerminator() {
		l.errorf("bad character %#U", r)
		return
	}
	l.emit(typ)
}

// lexQuoted scans a character constant or an interpreted string up to its closing quote; what
// names it in the error for one left open ("character constant", "quoted string").
func (l *lexer) lexQuoted(quote rune, typ itemType, what string) {
	for {
		switch l.next() {
		case '\\':
			if r := l.next(); r != eof && r != '\n' {
				continue
			}
			l.errorf("unterminated %s", what)
			return
		case eof, '\n':
			l.errorf("unterminated %s", what)
			return
		case quote:
			l.emit(typ)
			return
		}
	}
}

func (l *lexer) lexRawQuote() {
	for {
		switch l.next() {
		case eof:
			l.errorf("unterminated raw quoted string")
			return
		case '`':
			l.emit(itemRawString)
			return
		}
	}
}

func (l *lexer) lexNumber() {
	if !l.scanNumber() {
		l.errorf("bad number syntax: %q", l.input[l.start:l.end()])
		return
	}
	if sign := l.peek(); sign == '+' || sign == '-' {
		if !l.scanNumber() || l.input[l.pos-1] != 'i' {
			l.errorf("bad number syntax: %q", l.input[l.start:l.end()])
			return
		}
		l.emit(itemComplex)
		return
	}
	l.emit(itemNumber)
}

func (l *lexer) scanNumber() bool {
	l.accept("+-")
	digits := "0123456789_"
	if l.accept("0") {
		if l.accept("xX") {
			digits = "0123456789abcdefABCDEF_"
		} else if l.accept("oO") {
			digits = "01234567_"
		} else if l.accept("bB") {
			digits = "01_"
		}
	}
	l.acceptRun(digits)
	if l.accept(".") {
		l.acceptRun(digits)
	}
	if len(digits) == 11 && l.accept("eE") {
		l.accept("+-")
		l.acceptRun("0123456789_")
	}
	if len(digits) == 23 && l.accept("pP") {
		l.accept("+-")
		l.acceptRun("0123456789_")
	}
	l.accept("i")
	if isAlphaNumeric(l.peek()) {
		l.next()
		return false
	}
	return true
}

// ---- nodes

// Pos is a byte offset in the original input text.
type Pos int

func (p Pos) Position() Pos { return p }

// NodeType identifies the type of a parse tree node.
type NodeType int

func (t NodeType) Type() NodeType { return t }

const (
	NodeText NodeType = iota
	NodeAction
	NodeBool
	NodeChain
	NodeCommand
	NodeDot
	nodeElse
	nodeEnd
	NodeField
	NodeIdentifier
	NodeIf
	NodeList
	NodeNil
	NodeNumber
	NodePipe
	NodeRange
	NodeString
	NodeTemplate
	NodeVariable
	NodeWith
	NodeComment
	NodeBreak
	NodeContinue
)

// A Node is an element in the parse tree.
type Node interface {
	Type() NodeType
	String() string
	Copy() Node
	Position() Pos
	// tree returns the containing *Tree. It is unexported so all implementations of Node are
	// in this package.
	tree() *Tree
	// writeTo writes the String output to the builder.
	writeTo(*strings.Builder)
}

// nodeInternals: the unexported part of Node (kept for writeNode and treeOf).
type nodeInternals interface {
	tree() *Tree
	writeTo(*strings.Builder)
}

func writeNode(n Node, sb *strings.Builder) {
	if ni, ok := n.(nodeInternals); ok {
		ni.writeTo(sb)
		return
	}
	sb.WriteString(n.String())
}

func treeOf(n Node) *Tree {
	if ni, ok := n.(nodeInternals); ok {
		return ni.tree()
	}
	return nil
}

type ListNode struct {
	NodeType
	Pos
	tr    *Tree
	Nodes []Node
}

func (t *Tree) newList(pos Pos) *ListNode { return &ListNode{tr: t, NodeType: NodeList, Pos: pos} }
func (l *ListNode) append(n Node)         { l.Nodes = append(l.Nodes, n) }
func (l *ListNode) tree() *Tree           { return l.tr }
func (l *ListNode) writeTo(sb *strings.Builder) {
	for _, n := range l.Nodes {
		writeNode(n, sb)
	}
}
func (l *ListNode) String() string { return nodeString(l) }
func (l *ListNode) CopyList() *ListNode {
	if l == nil {
		return l
	}
	n := l.tr.newList(l.Pos)
	for _, e := range l.Nodes {
		n.append(e.Copy())
	}
	return n
}
func (l *ListNode) Copy() Node { return l.CopyList() }

func nodeString(n Node) string {
	var sb strings.Builder
	n.(nodeInternals).writeTo(&sb)
	return sb.String()
}

type TextNode struct {
	NodeType
	Pos
	tr   *Tree
	Text []byte
}

func (t *Tree) newText(pos Pos, text string) *TextNode {
	return &TextNode{tr: t, NodeType: NodeText, Pos: pos, Text: []byte(text)}
}
func (t *TextNode) String() string              { return fmt.Sprintf("%q", t.Text) }
func (t *TextNode) writeTo(sb *strings.Builder) { sb.WriteString(t.String()) }
func (t *TextNode) tree() *Tree                 { return t.tr }
func (t *TextNode) Copy() Node {
	return &TextNode{tr: t.tr, NodeType: NodeText, Pos: t.Pos, Text: append([]byte{}, t.Text...)}
}

type CommentNode struct {
	NodeType
	Pos
	tr   *Tree
	Text string
}

func (c *CommentNode) String() string { return nodeString(c) }
func (c *CommentNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{")
	sb.WriteString(c.Text)
	sb.WriteString("}}")
}
func (c *CommentNode) tree() *Tree { return c.tr }
func (c *CommentNode) Copy() Node {
	return &CommentNode{tr: c.tr, NodeType: NodeComment, Pos: c.Pos, Text: c.Text}
}

type PipeNode struct {
	NodeType
	Pos
	tr       *Tree
	Line     int
	IsAssign bool
	Decl     []*VariableNode
	Cmds     []*CommandNode
}

func (p *PipeNode) append(c *CommandNode) { p.Cmds = append(p.Cmds, c) }
func (p *PipeNode) String() string        { return nodeString(p) }
func (p *PipeNode) writeTo(sb *strings.Builder) {
	if len(p.Decl) > 0 {
		for i, v := range p.Decl {
			if i > 0 {
				sb.WriteString(", ")
			}
			v.writeTo(sb)
		}
		if p.IsAssign {
			sb.WriteString(" = ")
		} else {
			sb.WriteString(" := ")
		}
	}
	for i, c := range p.Cmds {
		if i > 0 {
			sb.WriteString(" | ")
		}
		c.writeTo(sb)
	}
}
func (p *PipeNode) tree() *Tree { return p.tr }
func (p *PipeNode) CopyPipe() *PipeNode {
	if p == nil {
		return p
	}
	n := &PipeNode{tr: p.tr, NodeType: NodePipe, Pos: p.Pos, Line: p.Line, IsAssign: p.IsAssign}
	for _, d := range p.Decl {
		n.Decl = append(n.Decl, d.Copy().(*VariableNode))
	}
	for _, c := range p.Cmds {
		n.append(c.Copy().(*CommandNode))
	}
	return n
}
func (p *PipeNode) Copy() Node { return p.CopyPipe() }

type ActionNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
	Pipe *PipeNode
}

func (a *ActionNode) String() string { return nodeString(a) }
func (a *ActionNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{")
	a.Pipe.writeTo(sb)
	sb.WriteString("}}")
}
func (a *ActionNode) tree() *Tree { return a.tr }
func (a *ActionNode) Copy() Node {
	return &ActionNode{tr: a.tr, NodeType: NodeAction, Pos: a.Pos, Line: a.Line, Pipe: a.Pipe.CopyPipe()}
}

type CommandNode struct {
	NodeType
	Pos
	tr   *Tree
	Args []Node
}

func (c *CommandNode) append(arg Node) { c.Args = append(c.Args, arg) }
func (c *CommandNode) String() string  { return nodeString(c) }
func (c *CommandNode) writeTo(sb *strings.Builder) {
	for i, arg := range c.Args {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if arg, ok := arg.(*PipeNode); ok {
			sb.WriteByte('(')
			arg.writeTo(sb)
			sb.WriteByte(')')
			continue
		}
		writeNode(arg, sb)
	}
}
func (c *CommandNode) tree() *Tree { return c.tr }
func (c *CommandNode) Copy() Node {
	n := &CommandNode{tr: c.tr, NodeType: NodeCommand, Pos: c.Pos}
	for _, a := range c.Args {
		n.append(a.Copy())
	}
	return n
}

type IdentifierNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident string
}

// NewIdentifier returns a new IdentifierNode with the given identifier name.
func NewIdentifier(ident string) *IdentifierNode {
	return &IdentifierNode{NodeType: NodeIdentifier, Ident: ident}
}
func (i *IdentifierNode) SetPos(pos Pos) *IdentifierNode  { i.Pos = pos; return i }
func (i *IdentifierNode) SetTree(t *Tree) *IdentifierNode { i.tr = t; return i }
func (i *IdentifierNode) String() string                  { return i.Ident }
func (i *IdentifierNode) writeTo(sb *strings.Builder)     { sb.WriteString(i.Ident) }
func (i *IdentifierNode) tree() *Tree                     { return i.tr }
func (i *IdentifierNode) Copy() Node {
	return NewIdentifier(i.Ident).SetTree(i.tr).SetPos(i.Pos)
}

type VariableNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident []string
}

func (t *Tree) newVariable(pos Pos, ident string) *VariableNode {
	return &VariableNode{tr: t, NodeType: NodeVariable, Pos: pos, Ident: strings.Split(ident, ".")}
}
func (v *VariableNode) String() string { return strings.Join(v.Ident, ".") }
func (v *VariableNode) writeTo(sb *strings.Builder) {
	sb.WriteString(v.String())
}
func (v *VariableNode) tree() *Tree { return v.tr }
func (v *VariableNode) Copy() Node {
	return &VariableNode{tr: v.tr, NodeType: NodeVariable, Pos: v.Pos, Ident: append([]string{}, v.Ident...)}
}

type DotNode struct {
	NodeType
	Pos
	tr *Tree
}

func (d *DotNode) Type() NodeType              { return NodeDot }
func (d *DotNode) String() string              { return "." }
func (d *DotNode) writeTo(sb *strings.Builder) { sb.WriteByte('.') }
func (d *DotNode) tree() *Tree                 { return d.tr }
func (d *DotNode) Copy() Node                  { return &DotNode{tr: d.tr, NodeType: NodeDot, Pos: d.Pos} }

type NilNode struct {
	NodeType
	Pos
	tr *Tree
}

func (n *NilNode) Type() NodeType              { return NodeNil }
func (n *NilNode) String() string              { return "nil" }
func (n *NilNode) writeTo(sb *strings.Builder) { sb.WriteString("nil") }
func (n *NilNode) tree() *Tree                 { return n.tr }
func (n *NilNode) Copy() Node                  { return &NilNode{tr: n.tr, NodeType: NodeNil, Pos: n.Pos} }

type FieldNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident []string
}

func (t *Tree) newField(pos Pos, ident string) *FieldNode {
	return &FieldNode{tr: t, NodeType: NodeField, Pos: pos, Ident: strings.Split(ident[1:], ".")}
}
func (f *FieldNode) String() string { return nodeString(f) }
func (f *FieldNode) writeTo(sb *strings.Builder) {
	for _, id := range f.Ident {
		sb.WriteByte('.')
		sb.WriteString(id)
	}
}
func (f *FieldNode) tree() *Tree { return f.tr }
func (f *FieldNode) Copy() Node {
	return &FieldNode{tr: f.tr, NodeType: NodeField, Pos: f.Pos, Ident: append([]string{}, f.Ident...)}
}

type ChainNode struct {
	NodeType
	Pos
	tr    *Tree
	Node  Node
	Field []string
}

// Add adds the named field (which should start with a period) to the end of the chain.
func (c *ChainNode) Add(field string) {
	if len(field) == 0 || field[0] != '.' {
		panic("no dot in field")
	}
	field = field[1:]
	if field == "" {
		panic("empty field")
	}
	c.Field = append(c.Field, field)
}
func (c *ChainNode) String() string { return nodeString(c) }
func (c *ChainNode) writeTo(sb *strings.Builder) {
	if _, ok := c.Node.(*PipeNode); ok {
		sb.WriteByte('(')
		writeNode(c.Node, sb)
		sb.WriteByte(')')
	} else {
		writeNode(c.Node, sb)
	}
	for _, f := range c.Field {
		sb.WriteByte('.')
		sb.WriteString(f)
	}
}
func (c *ChainNode) tree() *Tree { return c.tr }
func (c *ChainNode) Copy() Node {
	return &ChainNode{tr: c.tr, NodeType: NodeChain, Pos: c.Pos, Node: c.Node, Field: append([]string{}, c.Field...)}
}

type BoolNode struct {
	NodeType
	Pos
	tr   *Tree
	True bool
}

func (b *BoolNode) String() string {
	if b.True {
		return "true"
	}
	return "false"
}
func (b *BoolNode) writeTo(sb *strings.Builder) { sb.WriteString(b.String()) }
func (b *BoolNode) tree() *Tree                 { return b.tr }
func (b *BoolNode) Copy() Node {
	return &BoolNode{tr: b.tr, NodeType: NodeBool, Pos: b.Pos, True: b.True}
}

type NumberNode struct {
	NodeType
	Pos
	tr         *Tree
	IsInt      bool
	IsUint     bool
	IsFloat    bool
	IsComplex  bool
	Int64      int64
	Uint64     uint64
	Float64    float64
	Complex128 complex128
	Text       string
}

func (t *Tree) newNumber(pos Pos, text string, typ itemType) (*NumberNode, error) {
	n := &NumberNode{tr: t, NodeType: NodeNumber, Pos: pos, Text: text}
	switch typ {
	case itemCharConstant:
		u, err := strconv.Unquote(text)
		if err != nil {
			// Go reports a valid first character followed by more as malformed.
			for k := 2; k < len(text)-1; k++ {
				if _, e := strconv.Unquote("'" + text[1:k] + "'"); e == nil {
					return nil, fmt.Errorf("malformed character constant: %s", text)
				}
			}
			return nil, err
		}
		r, size := utf8.DecodeRuneInString(u)
		if size != len(u) {
			return nil, fmt.Errorf("malformed character constant: %s", text)
		}
		n.Int64 = int64(r)
		n.IsInt = true
		n.Uint64 = uint64(r)
		n.IsUint = true
		n.Float64 = float64(r)
		n.IsFloat = true
		return n, nil
	case itemComplex:
		// "re+imi": split at the sign that starts the imaginary part.
		k := len(text) - 1
		for k > 0 && !((text[k] == '+' || text[k] == '-') && !strings.ContainsRune("eEpP", rune(text[k-1]))) {
			k--
		}
		re, err1 := strconv.ParseFloat(text[:k], 64)
		im, err2 := strconv.ParseFloat(text[k:len(text)-1], 64)
		if k == 0 || err1 != nil || err2 != nil {
			return nil, fmt.Errorf("illegal number syntax: %q", text)
		}
		n.IsComplex = true
		n.Complex128 = complex(re, im)
		n.simplifyComplex()
		return n, nil
	}
	if len(text) > 0 && text[len(text)-1] == 'i' {
		im, err := strconv.ParseFloat(text[:len(text)-1], 64)
		if err == nil {
			n.IsComplex = true
			n.Complex128 = complex(0, im)
			n.simplifyComplex()
			return n, nil
		}
	}
	u, err := strconv.ParseUint(text, 0, 64)
	if err == nil {
		n.IsUint = true
		n.Uint64 = u
	}
	i, err := strconv.ParseInt(text, 0, 64)
	if err == nil {
		n.IsInt = true
		n.Int64 = i
		if i == 0 {
			n.IsUint = true
			n.Uint64 = 0
		}
	}
	if n.IsInt {
		n.IsFloat = true
		n.Float64 = float64(n.Int64)
	} else if n.IsUint {
		n.IsFloat = true
		n.Float64 = float64(n.Uint64)
	} else {
		f, err := strconv.ParseFloat(text, 64)
		if err == nil {
			if !strings.ContainsAny(text, ".eEpP") {
				return nil, fmt.Errorf("integer overflow: %q", text)
			}
			n.IsFloat = true
			n.Float64 = f
			if !n.IsInt && float64(int64(f)) == f {
				n.IsInt = true
				n.Int64 = int64(f)
			}
			if !n.IsUint && f >= 0 && float64(uint64(f)) == f {
				n.IsUint = true
				n.Uint64 = uint64(f)
			}
		}
	}
	if !n.IsInt && !n.IsUint && !n.IsFloat {
		return nil, fmt.Errorf("illegal number syntax: %q", text)
	}
	return n, nil
}

// simplifyComplex makes a complex constant with no imaginary part usable as a float or integer.
func (n *NumberNode) simplifyComplex() {
	if imag(n.Complex128) != 0 {
		return
	}
	n.IsFloat = true
	n.Float64 = real(n.Complex128)
	if n.Float64 == float64(int64(n.Float64)) {
		n.IsInt = true
		n.Int64 = int64(n.Float64)
	}
	if n.Float64 >= 0 && n.Float64 == float64(uint64(n.Float64)) {
		n.IsUint = true
		n.Uint64 = uint64(n.Float64)
	}
}

func (n *NumberNode) String() string              { return n.Text }
func (n *NumberNode) writeTo(sb *strings.Builder) { sb.WriteString(n.Text) }
func (n *NumberNode) tree() *Tree                 { return n.tr }
func (n *NumberNode) Copy() Node                  { c := *n; return &c }

type StringNode struct {
	NodeType
	Pos
	tr     *Tree
	Quoted string
	Text   string
}

func (s *StringNode) String() string              { return s.Quoted }
func (s *StringNode) writeTo(sb *strings.Builder) { sb.WriteString(s.Quoted) }
func (s *StringNode) tree() *Tree                 { return s.tr }
func (s *StringNode) Copy() Node {
	return &StringNode{tr: s.tr, NodeType: NodeString, Pos: s.Pos, Quoted: s.Quoted, Text: s.Text}
}

type endNode struct {
	NodeType
	Pos
	tr *Tree
}

func (e *endNode) String() string              { return "{{end}}" }
func (e *endNode) writeTo(sb *strings.Builder) { sb.WriteString("{{end}}") }
func (e *endNode) tree() *Tree                 { return e.tr }
func (e *endNode) Copy() Node                  { return &endNode{tr: e.tr, NodeType: nodeEnd, Pos: e.Pos} }

type elseNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
}

func (e *elseNode) Type() NodeType              { return nodeElse }
func (e *elseNode) String() string              { return "{{else}}" }
func (e *elseNode) writeTo(sb *strings.Builder) { sb.WriteString("{{else}}") }
func (e *elseNode) tree() *Tree                 { return e.tr }
func (e *elseNode) Copy() Node {
	return &elseNode{tr: e.tr, NodeType: nodeElse, Pos: e.Pos, Line: e.Line}
}

// BranchNode is the common representation of if, range, and with.
type BranchNode struct {
	NodeType
	Pos
	tr       *Tree
	Line     int
	Pipe     *PipeNode
	List     *ListNode
	ElseList *ListNode
}

func (b *BranchNode) String() string { return nodeString(b) }
func (b *BranchNode) writeTo(sb *strings.Builder) {
	name := ""
	switch b.NodeType {
	case NodeIf:
		name = "if"
	case NodeRange:
		name = "range"
	case NodeWith:
		name = "with"
	default:
		panic("unknown branch type")
	}
	sb.WriteString("{{")
	sb.WriteString(name)
	sb.WriteByte(' ')
	b.Pipe.writeTo(sb)
	sb.WriteString("}}")
	b.List.writeTo(sb)
	if b.ElseList != nil {
		sb.WriteString("{{else}}")
		b.ElseList.writeTo(sb)
	}
	sb.WriteString("{{end}}")
}
func (b *BranchNode) tree() *Tree { return b.tr }
func (b *BranchNode) Copy() Node {
	switch b.NodeType {
	case NodeIf:
		return &IfNode{*b.copyBranch()}
	case NodeRange:
		return &RangeNode{*b.copyBranch()}
	case NodeWith:
		return &WithNode{*b.copyBranch()}
	}
	panic("unknown branch type")
}
func (b *BranchNode) copyBranch() *BranchNode {
	return &BranchNode{tr: b.tr, NodeType: b.NodeType, Pos: b.Pos, Line: b.Line,
		Pipe: b.Pipe.CopyPipe(), List: b.List.CopyList(), ElseList: b.ElseList.CopyList()}
}

type IfNode struct{ BranchNode }

func (i *IfNode) Copy() Node { return &IfNode{*i.copyBranch()} }

type RangeNode struct{ BranchNode }

func (r *RangeNode) Copy() Node { return &RangeNode{*r.copyBranch()} }

type WithNode struct{ BranchNode }

func (w *WithNode) Copy() Node { return &WithNode{*w.copyBranch()} }

type BreakNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
}

func (b *BreakNode) String() string              { return "{{break}}" }
func (b *BreakNode) writeTo(sb *strings.Builder) { sb.WriteString("{{break}}") }
func (b *BreakNode) tree() *Tree                 { return b.tr }
func (b *BreakNode) Copy() Node {
	return &BreakNode{tr: b.tr, NodeType: NodeBreak, Pos: b.Pos, Line: b.Line}
}

type ContinueNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
}

func (c *ContinueNode) String() string              { return "{{continue}}" }
func (c *ContinueNode) writeTo(sb *strings.Builder) { sb.WriteString("{{continue}}") }
func (c *ContinueNode) tree() *Tree                 { return c.tr }
func (c *ContinueNode) Copy() Node {
	return &ContinueNode{tr: c.tr, NodeType: NodeContinue, Pos: c.Pos, Line: c.Line}
}

type TemplateNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
	Name string
	Pipe *PipeNode
}

func (t *TemplateNode) String() string { return nodeString(t) }
func (t *TemplateNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{template ")
	sb.WriteString(strconv.Quote(t.Name))
	if t.Pipe != nil {
		sb.WriteByte(' ')
		t.Pipe.writeTo(sb)
	}
	sb.WriteString("}}")
}
func (t *TemplateNode) tree() *Tree { return t.tr }
func (t *TemplateNode) Copy() Node {
	return &TemplateNode{tr: t.tr, NodeType: NodeTemplate, Pos: t.Pos, Line: t.Line, Name: t.Name, Pipe: t.Pipe.CopyPipe()}
}

// ---- the tree and parser

// Mode values are a set of flags (or 0) and control parser behavior.
type Mode uint

const (
	ParseComments Mode = 1 << iota
	SkipFuncCheck
)

// Tree is the representation of a single parsed template.
type Tree struct {
	Name      string
	ParseName string
	Root      *ListNode
	Mode      Mode
	text      string

	funcs      []map[string]any
	lex        *lexer
	idx        int // next item of lex.items
	vars       []string
	treeSet    map[string]*Tree
	actionLine int
	rangeDepth int
	lastLine   int // line of the last item read, for errors
}

// Copy returns a copy of the Tree. Any parsing state is discarded.
func (t *Tree) Copy() *Tree {
	if t == nil {
		return nil
	}
	return &Tree{Name: t.Name, ParseName: t.ParseName, Root: t.Root.CopyList(), text: t.text, Mode: t.Mode}
}

// New allocates a new parse tree with the given name.
func New(name string, funcs ...map[string]any) *Tree {
	return &Tree{Name: name, funcs: funcs}
}

// Parse returns a map from template name to parse.Tree, created by parsing the templates
// described in the argument string. The top-level template will be given the specified name.
func Parse(name, text, leftDelim, rightDelim string, funcs ...map[string]any) (map[string]*Tree, error) {
	treeSet := make(map[string]*Tree)
	t := New(name)
	t.text = text
	_, err := t.Parse(text, leftDelim, rightDelim, treeSet, funcs...)
	return treeSet, err
}

// ErrorContext returns a textual representation of the location of the node in the input text.
func (t *Tree) ErrorContext(n Node) (location, context string) {
	pos := int(n.Position())
	tree := treeOf(n)
	if tree == nil {
		tree = t
	}
	text := tree.text
	if pos > len(text) {
		pos = len(text)
	}
	text = text[:pos]
	byteNum := strings.LastIndex(text, "\n")
	if byteNum == -1 {
		byteNum = pos
	} else {
		byteNum++
		byteNum = pos - byteNum
	}
	lineNum := 1 + strings.Count(text, "\n")
	context = n.String()
	return fmt.Sprintf("%s:%d:%d", tree.ParseName, lineNum, byteNum), context
}

type parseError struct{ err error }

func (t *Tree) errorf(format string, args ...any) {
	t.Root = nil
	format = fmt.Sprintf("template: %s:%d: %s", t.ParseName, t.lastLine, format)
	panic(parseError{fmt.Errorf(format, args...)})
}

func (t *Tree) error(err error) { t.errorf("%s", err) }

func (t *Tree) next() item {
	if t.idx >= len(t.lex.items) {
		it := t.lex.items[len(t.lex.items)-1]
		t.lastLine = it.line
		return it
	}
	it := t.lex.items[t.idx]
	t.idx++
	t.lastLine = it.line
	return it
}

func (t *Tree) backup() { t.idx-- }

func (t *Tree) peek() item {
	it := t.next()
	t.backup()
	return it
}

func (t *Tree) nextNonSpace() item {
	for {
		it := t.next()
		if it.typ != itemSpace {
			return it
		}
	}
}

func (t *Tree) peekNonSpace() item {
	it := t.nextNonSpace()
	t.backup()
	return it
}

func (t *Tree) expect(expected itemType, context string) item {
	token := t.nextNonSpace()
	if token.typ != expected {
		t.unexpected(token, context)
	}
	return token
}

func (t *Tree) expectOneOf(e1, e2 itemType, context string) item {
	token := t.nextNonSpace()
	if token.typ != e1 && token.typ != e2 {
		t.unexpected(token, context)
	}
	return token
}

func (t *Tree) unexpected(token item, context string) {
	if token.typ == itemError {
		extra := ""
		if t.actionLine != 0 && t.actionLine != token.line {
			extra = fmt.Sprintf(" in action started at %s:%d", t.ParseName, t.actionLine)
			if strings.HasSuffix(token.val, " action") {
				extra = extra[len(" in action"):]
			}
		}
		t.errorf("%s%s", token, extra)
	}
	t.errorf("unexpected %s in %s", token, context)
}

func (t *Tree) startParse(funcs []map[string]any, lex *lexer, treeSet map[string]*Tree) {
	t.Root = nil
	t.lex = lex
	t.vars = []string{"$"}
	t.funcs = funcs
	t.treeSet = treeSet
}

// Parse parses the template definition string to construct a representation of the template
// for execution. If either action delimiter string is empty, the default ("{{" or "}}") is used.
// Embedded template definitions are added to the treeSet map.
func (t *Tree) Parse(text, leftDelim, rightDelim string, treeSet map[string]*Tree, funcs ...map[string]any) (tree *Tree, err error) {
	defer func() {
		if e := recover(); e != nil {
			if pe, ok := e.(parseError); ok {
				err = pe.err
				t.lex = nil
				return
			}
			panic(e)
		}
	}()
	t.ParseName = t.Name
	l := lex(text, leftDelim, rightDelim, t.Mode&ParseComments != 0)
	t.startParse(funcs, l, treeSet)
	t.text = text
	t.parse()
	t.add()
	t.lex = nil
	return t, nil
}

func (t *Tree) add() {
	tree := t.treeSet[t.Name]
	if tree == nil || IsEmptyTree(tree.Root) {
		t.treeSet[t.Name] = t
		return
	}
	if !IsEmptyTree(t.Root) {
		t.errorf("template: multiple definition of template %q", t.Name)
	}
}

// IsEmptyTree reports whether this tree (node) is empty of everything but space or comments.
func IsEmptyTree(n Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *ActionNode:
	case *CommentNode:
		return true
	case *IfNode:
	case *ListNode:
		for _, node := range n.Nodes {
			if !IsEmptyTree(node) {
				return false
			}
		}
		return true
	case *RangeNode:
	case *TemplateNode:
	case *TextNode:
		return len(strings.TrimSpace(string(n.Text))) == 0
	case *WithNode:
	default:
		panic("unknown node: " + n.String())
	}
	return false
}

func (t *Tree) parse() {
	t.Root = t.newList(t.peek().pos)
	for t.peek().typ != itemEOF {
		if t.peek().typ == itemLeftDelim {
			save := t.idx
			t.next()
			if t.nextNonSpace().typ == itemDefine {
				nt := New("definition")
				nt.text = t.text
				nt.Mode = t.Mode
				nt.ParseName = t.ParseName
				nt.startParse(t.funcs, t.lex, t.treeSet)
				nt.idx = t.idx
				nt.parseDefinition()
				t.idx = nt.idx
				continue
			}
			t.idx = save
		}
		switch n := t.textOrAction(); n.Type() {
		case nodeEnd, nodeElse:
			t.errorf("unexpected %s", n)
		default:
			t.Root.append(n)
		}
	}
}

func (t *Tree) parseDefinition() {
	const context = "define clause"
	name := t.expectOneOf(itemString, itemRawString, context)
	var err error
	t.Name, err = strconv.Unquote(name.val)
	if err != nil {
		t.error(err)
	}
	t.expect(itemRightDelim, context)
	var end Node
	t.Root, end = t.itemList()
	if end.Type() != nodeEnd {
		t.errorf("unexpected %s in %s", end, context)
	}
	t.add()
}

func (t *Tree) itemList() (list *ListNode, next Node) {
	list = t.newList(t.peekNonSpace().pos)
	for t.peekNonSpace().typ != itemEOF {
		n := t.textOrAction()
		if n.Type() == nodeEnd || n.Type() == nodeElse {
			return list, n
		}
		list.append(n)
	}
	t.errorf("unexpected EOF")
	return
}

func (t *Tree) textOrAction() Node {
	switch token := t.nextNonSpace(); token.typ {
	case itemText:
		return t.newText(token.pos, token.val)
	case itemLeftDelim:
		t.actionLine = token.line
		n := t.action()
		t.actionLine = 0
		return n
	case itemComment:
		return &CommentNode{tr: t, NodeType: NodeComment, Pos: token.pos, Text: token.val}
	default:
		t.unexpected(token, "input")
	}
	return nil
}

func (t *Tree) action() Node {
	switch token := t.nextNonSpace(); token.typ {
	case itemBlock:
		return t.blockControl()
	case itemBreak:
		return t.breakControl(token.pos, token.line)
	case itemContinue:
		return t.continueControl(token.pos, token.line)
	case itemElse:
		return t.elseControl()
	case itemEnd:
		return t.endControl()
	case itemIf:
		return t.ifControl()
	case itemRange:
		return t.rangeControl()
	case itemTemplate:
		return t.templateControl()
	case itemWith:
		return t.withControl()
	}
	t.backup()
	token := t.peek()
	return &ActionNode{tr: t, NodeType: NodeAction, Pos: token.pos, Line: token.line, Pipe: t.pipeline("command", itemRightDelim)}
}

func (t *Tree) breakControl(pos Pos, line int) Node {
	if token := t.nextNonSpace(); token.typ != itemRightDelim {
		t.unexpected(token, "{{break}}")
	}
	if t.rangeDepth == 0 {
		t.errorf("{{break}} outside {{range}}")
	}
	return &BreakNode{tr: t, NodeType: NodeBreak, Pos: pos, Line: line}
}

func (t *Tree) continueControl(pos Pos, line int) Node {
	if token := t.nextNonSpace(); token.typ != itemRightDelim {
		t.unexpected(token, "{{continue}}")
	}
	if t.rangeDepth == 0 {
		t.errorf("{{continue}} outside {{range}}")
	}
	return &ContinueNode{tr: t, NodeType: NodeContinue, Pos: pos, Line: line}
}

func (t *Tree) pipeline(context string, end itemType) (pipe *PipeNode) {
	token := t.peekNonSpace()
	pipe = &PipeNode{tr: t, NodeType: NodePipe, Pos: token.pos, Line: token.line}
decls:
	if v := t.peekNonSpace(); v.typ == itemVariable {
		t.next()
		tokenAfterVariable := t.peek()
		next := t.peekNonSpace()
		switch {
		case next.typ == itemAssign, next.typ == itemDeclare:
			pipe.IsAssign = next.typ == itemAssign
			t.nextNonSpace()
			pipe.Decl = append(pipe.Decl, t.newVariable(v.pos, v.val))
			t.vars = append(t.vars, v.val)
		case next.typ == itemChar && next.val == ",":
			t.nextNonSpace()
			pipe.Decl = append(pipe.Decl, t.newVariable(v.pos, v.val))
			t.vars = append(t.vars, v.val)
			if context == "range" && len(pipe.Decl) < 2 {
				switch t.peekNonSpace().typ {
				case itemVariable, itemRightDelim, itemRightParen:
					goto decls
				default:
					t.errorf("range can only initialize variables")
				}
			}
			t.errorf("too many declarations in %s", context)
		case tokenAfterVariable.typ == itemSpace:
			t.backup()
			t.backup()
		default:
			t.backup()
		}
	}
	for {
		switch token := t.nextNonSpace(); token.typ {
		case end:
			t.checkPipeline(pipe, context)
			return pipe
		case itemBool, itemCharConstant, itemComplex, itemDot, itemField, itemIdentifier,
			itemNumber, itemNil, itemRawString, itemString, itemVariable, itemLeftParen:
			t.backup()
			pipe.append(t.command())
		default:
			t.unexpected(token, context)
		}
	}
}

func (t *Tree) checkPipeline(pipe *PipeNode, context string) {
	if len(pipe.Cmds) == 0 {
		t.errorf("missing value for %s", context)
	}
	for i, c := range pipe.Cmds[1:] {
		switch c.Args[0].Type() {
		case NodeBool, NodeDot, NodeNil, NodeNumber, NodeString:
			t.errorf("non executable command in pipeline stage %d", i+2)
		}
	}
}

func (t *Tree) parseControl(allowElseIf bool, context string) (pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) {
	nvars := len(t.vars)
	pipe = t.pipeline(context, itemRightDelim)
	if context == "range" {
		t.rangeDepth++
	}
	var next Node
	list, next = t.itemList()
	if context == "range" {
		t.rangeDepth--
	}
	switch next.Type() {
	case nodeEnd:
	case nodeElse:
		if allowElseIf && t.peek().typ == itemIf {
			t.next()
			elseList = t.newList(next.Position())
			elseList.append(t.ifControl())
			break
		}
		elseList, next = t.itemList()
		if next.Type() != nodeEnd {
			t.errorf("expected end; found %s", next)
		}
	}
	t.vars = t.vars[:nvars]
	return pipe.Position(), pipe.Line, pipe, list, elseList
}

func (t *Tree) ifControl() Node {
	pos, line, pipe, list, elseList := t.parseControl(true, "if")
	return &IfNode{BranchNode{tr: t, NodeType: NodeIf, Pos: pos, Line: line, Pipe: pipe, List: list, ElseList: elseList}}
}

func (t *Tree) rangeControl() Node {
	pos, line, pipe, list, elseList := t.parseControl(false, "range")
	return &RangeNode{BranchNode{tr: t, NodeType: NodeRange, Pos: pos, Line: line, Pipe: pipe, List: list, ElseList: elseList}}
}

func (t *Tree) withControl() Node {
	pos, line, pipe, list, elseList := t.parseControl(false, "with")
	return &WithNode{BranchNode{tr: t, NodeType: NodeWith, Pos: pos, Line: line, Pipe: pipe, List: list, ElseList: elseList}}
}

func (t *Tree) endControl() Node {
	return &endNode{tr: t, NodeType: nodeEnd, Pos: t.expect(itemRightDelim, "end").pos}
}

func (t *Tree) elseControl() Node {
	peekElse := t.peekNonSpace()
	if peekElse.typ == itemIf {
		return &elseNode{tr: t, NodeType: nodeElse, Pos: peekElse.pos, Line: peekElse.line}
	}
	token := t.expect(itemRightDelim, "else")
	return &elseNode{tr: t, NodeType: nodeElse, Pos: token.pos, Line: token.line}
}

func (t *Tree) blockControl() Node {
	const context = "block clause"
	token := t.nextNonSpace()
	name := t.parseTemplateName(token, context)
	pipe := t.pipeline(context, itemRightDelim)

	block := New(name)
	block.text = t.text
	block.Mode = t.Mode
	block.ParseName = t.ParseName
	block.startParse(t.funcs, t.lex, t.treeSet)
	block.idx = t.idx
	var end Node
	block.Root, end = block.itemList()
	if end.Type() != nodeEnd {
		t.lastLine = block.lastLine
		t.errorf("unexpected %s in %s", end, context)
	}
	block.add()
	t.idx = block.idx
	return &TemplateNode{tr: t, NodeType: NodeTemplate, Pos: token.pos, Line: token.line, Name: name, Pipe: pipe}
}

func (t *Tree) templateControl() Node {
	const context = "template clause"
	token := t.nextNonSpace()
	name := t.parseTemplateName(token, context)
	var pipe *PipeNode
	if t.nextNonSpace().typ != itemRightDelim {
		t.backup()
		pipe = t.pipeline(context, itemRightDelim)
	}
	return &TemplateNode{tr: t, NodeType: NodeTemplate, Pos: token.pos, Line: token.line, Name: name, Pipe: pipe}
}

func (t *Tree) parseTemplateName(token item, context string) (name string) {
	switch token.typ {
	case itemString, itemRawString:
		s, err := strconv.Unquote(token.val)
		if err != nil {
			t.error(err)
		}
		name = s
	default:
		t.unexpected(token, context)
	}
	return
}

func (t *Tree) command() *CommandNode {
	cmd := &CommandNode{tr: t, NodeType: NodeCommand, Pos: t.peekNonSpace().pos}
	for {
		t.peekNonSpace()
		operand := t.operand()
		if operand != nil {
			cmd.append(operand)
		}
		switch token := t.next(); token.typ {
		case itemSpace:
			continue
		case itemRightDelim, itemRightParen:
			t.backup()
		case itemPipe:
		default:
			t.unexpected(token, "operand")
		}
		break
	}
	if len(cmd.Args) == 0 {
		t.errorf("empty command")
	}
	return cmd
}

func (t *Tree) operand() Node {
	node := t.term()
	if node == nil {
		return nil
	}
	if t.peek().typ == itemField {
		chain := &ChainNode{tr: t, NodeType: NodeChain, Pos: t.peek().pos, Node: node}
		for t.peek().typ == itemField {
			chain.Add(t.next().val)
		}
		switch node.Type() {
		case NodeField:
			node = t.newField(chain.Position(), chain.String())
		case NodeVariable:
			node = t.newVariable(chain.Position(), chain.String())
		case NodeBool, NodeString, NodeNumber, NodeNil, NodeDot:
			t.errorf("unexpected . after term %q", node.String())
		default:
			node = chain
		}
	}
	return node
}

func (t *Tree) hasFunction(name string) bool {
	for _, m := range t.funcs {
		if m == nil {
			continue
		}
		if m[name] != nil {
			return true
		}
	}
	return false
}

func (t *Tree) term() Node {
	switch token := t.nextNonSpace(); token.typ {
	case itemIdentifier:
		if t.Mode&SkipFuncCheck == 0 && !t.hasFunction(token.val) {
			t.errorf("function %q not defined", token.val)
		}
		return NewIdentifier(token.val).SetTree(t).SetPos(token.pos)
	case itemDot:
		return &DotNode{tr: t, NodeType: NodeDot, Pos: token.pos}
	case itemNil:
		return &NilNode{tr: t, NodeType: NodeNil, Pos: token.pos}
	case itemVariable:
		return t.useVar(token.pos, token.val)
	case itemField:
		return t.newField(token.pos, token.val)
	case itemBool:
		return &BoolNode{tr: t, NodeType: NodeBool, Pos: token.pos, True: token.val == "true"}
	case itemCharConstant, itemComplex, itemNumber:
		number, err := t.newNumber(token.pos, token.val, token.typ)
		if err != nil {
			t.error(err)
		}
		return number
	case itemLeftParen:
		return t.pipeline("parenthesized pipeline", itemRightParen)
	case itemString, itemRawString:
		s, err := strconv.Unquote(token.val)
		if err != nil {
			t.error(err)
		}
		return &StringNode{tr: t, NodeType: NodeString, Pos: token.pos, Quoted: token.val, Text: s}
	}
	t.backup()
	return nil
}

func (t *Tree) useVar(pos Pos, name string) Node {
	v := t.newVariable(pos, name)
	for _, varName := range t.vars {
		if varName == v.Ident[0] {
			return v
		}
	}
	t.errorf("undefined variable %q", v.Ident[0])
	return nil
}
