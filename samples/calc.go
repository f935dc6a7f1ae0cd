// A small expression interpreter: a tokenizer, a recursive-descent parser
// building an AST of interface values, and an evaluator with variables.
// Each input line is an expression or an assignment `name = expression`.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type token struct {
	kind string // "num", "name", "op", "end"
	text string
	pos  int
}

func tokenize(src string) ([]token, error) {
	var toks []token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.') {
				j++
			}
			toks = append(toks, token{"num", src[i:j], i})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(src) && src[j] >= 'a' && src[j] <= 'z' {
				j++
			}
			toks = append(toks, token{"name", src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^()=", rune(c)):
			toks = append(toks, token{"op", string(c), i})
			i++
		default:
			return nil, fmt.Errorf("column %d: unexpected %q", i+1, c)
		}
	}
	return append(toks, token{"end", "", len(src)}), nil
}

type node interface {
	eval(env map[string]float64) (float64, error)
	String() string
}

type num float64
type name string
type unary struct {
	op string
	x  node
}
type binary struct {
	op   string
	x, y node
}

var errDivZero = errors.New("division by zero")

func (n num) eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (n name) eval(env map[string]float64) (float64, error) {
	v, ok := env[string(n)]
	if !ok {
		return 0, fmt.Errorf("undefined: %s", string(n))
	}
	return v, nil
}
func (n name) String() string { return string(n) }

func (u unary) eval(env map[string]float64) (float64, error) {
	v, err := u.x.eval(env)
	return -v, err
}
func (u unary) String() string { return "(-" + u.x.String() + ")" }

func (b binary) eval(env map[string]float64) (float64, error) {
	x, err := b.x.eval(env)
	if err != nil {
		return 0, err
	}
	y, err := b.y.eval(env)
	if err != nil {
		return 0, err
	}
	switch b.op {
	case "+":
		return x + y, nil
	case "-":
		return x - y, nil
	case "*":
		return x * y, nil
	case "/":
		if y == 0 {
			return 0, fmt.Errorf("%v: %w", b, errDivZero)
		}
		return x / y, nil
	}
	r := 1.0
	for i := 0; i < int(y); i++ {
		r *= x
	}
	return r, nil
}
func (b binary) String() string { return "(" + b.x.String() + " " + b.op + " " + b.y.String() + ")" }

type parser struct {
	toks []token
	at   int
}

func (p *parser) peek() token { return p.toks[p.at] }
func (p *parser) next() token {
	t := p.toks[p.at]
	p.at++
	return t
}

// expr = term {("+"|"-") term}; term = power {("*"|"/") power};
// power = unary ["^" power]; unary = "-" unary | primary.
func (p *parser) expr() (node, error) { return p.leftAssoc("+-", p.term) }
func (p *parser) term() (node, error) { return p.leftAssoc("*/", p.power) }

// leftAssoc parses operand {op operand} for the operators in ops.
func (p *parser) leftAssoc(ops string, operand func() (node, error)) (node, error) {
	x, err := operand()
	for err == nil && p.peek().kind == "op" && strings.Contains(ops, p.peek().text) {
		op := p.next().text
		var y node
		if y, err = operand(); err == nil {
			x = binary{op, x, y}
		}
	}
	return x, err
}

func (p *parser) power() (node, error) {
	x, err := p.unary()
	if err == nil && p.peek().text == "^" {
		p.next()
		var y node
		if y, err = p.power(); err == nil {
			x = binary{"^", x, y}
		}
	}
	return x, err
}

func (p *parser) unary() (node, error) {
	if p.peek().text == "-" {
		p.next()
		x, err := p.unary()
		return unary{"-", x}, err
	}
	t := p.next()
	switch {
	case t.kind == "num":
		v, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			return nil, fmt.Errorf("column %d: bad number %s", t.pos+1, t.text)
		}
		return num(v), nil
	case t.kind == "name":
		return name(t.text), nil
	case t.text == "(":
		x, err := p.expr()
		if err != nil {
			return nil, err
		}
		if p.next().text != ")" {
			return nil, fmt.Errorf("column %d: missing )", t.pos+1)
		}
		return x, nil
	}
	return nil, fmt.Errorf("column %d: unexpected %s", t.pos+1, map[bool]string{true: "end", false: strconv.Quote(t.text)}[t.kind == "end"])
}

func run(line string, env map[string]float64) (string, error) {
	toks, err := tokenize(line)
	if err != nil {
		return "", err
	}
	target := ""
	if len(toks) > 2 && toks[0].kind == "name" && toks[1].text == "=" {
		target, toks = toks[0].text, toks[2:]
	}
	p := &parser{toks: toks}
	n, err := p.expr()
	if err != nil {
		return "", err
	}
	if t := p.peek(); t.kind != "end" {
		return "", fmt.Errorf("column %d: unexpected %q", t.pos+1, t.text)
	}
	v, err := n.eval(env)
	if err != nil {
		return "", err
	}
	if target != "" {
		env[target] = v
		return fmt.Sprintf("%s = %v", target, v), nil
	}
	return fmt.Sprintf("%v = %v", n, v), nil
}

func main() {
	env := map[string]float64{"pi": 3.141592653589793}
	lines := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-2 ^ 2",
		"r = 2.5",
		"area = pi * r ^ 2",
		"area / 0",
		"x + 1",
		"3 $ 4",
		"(1 + 2",
		"1.2.3 + 1",
		"10 / 4 - 0.5",
	}
	for _, l := range lines {
		out, err := run(l, env)
		if err != nil {
			fmt.Printf("%-18s error: %v (division by zero: %t)\n", l, err, errors.Is(err, errDivZero))
			continue
		}
		fmt.Printf("%-18s %s\n", l, out)
	}
}
