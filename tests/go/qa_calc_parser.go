// A hand-written lexer and recursive-descent calculator: byte scanning, utf8 decoding, a parser
// struct with pointer methods returning pointers into a slice, panics turned into errors by a
// deferred recover setting a named result (including a runtime divide-by-zero).
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Token struct {
	Kind string
	Val  string
}

func lex(s string) []Token {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, Token{"num", s[i:j]})
			i = j
		case strings.ContainsRune("+-*/()", rune(c)):
			toks = append(toks, Token{"op", string(c)})
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			toks = append(toks, Token{"bad", string(r)})
			i += size
		}
	}
	return toks
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *Parser) expr() int {
	v := p.term()
	for t := p.peek(); t != nil && (t.Val == "+" || t.Val == "-"); t = p.peek() {
		p.pos++
		if t.Val == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() int {
	v := p.factor()
	for t := p.peek(); t != nil && (t.Val == "*" || t.Val == "/"); t = p.peek() {
		p.pos++
		if t.Val == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *Parser) factor() int {
	t := p.peek()
	p.pos++
	switch {
	case t == nil:
		panic("unexpected end")
	case t.Val == "(":
		v := p.expr()
		p.pos++
		return v
	case t.Val == "-":
		return -p.factor()
	case t.Kind == "num":
		n, _ := strconv.Atoi(t.Val)
		return n
	}
	panic(fmt.Sprintf("unexpected %q", t.Val))
}

func eval(s string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", s, r)
		}
	}()
	p := &Parser{toks: lex(s)}
	return p.expr(), nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / (4 - 2) - -3", "2 * (3 + 4) * 5 - 6 / 2", "7 / 0", "3 + ", "4 € 2"} {
		v, err := eval(s)
		fmt.Println(v, err)
	}
	fmt.Println(lex("12+(3*4)é"))
}

// Output:
// 7 <nil>
// 9 <nil>
// 8 <nil>
// 67 <nil>
// 0 eval "7 / 0": runtime error: integer divide by zero
// 0 eval "3 + ": unexpected end
// 4 <nil>
// [{num 12} {op +} {op (} {num 3} {op *} {num 4} {op )} {bad é}]
