// A JSON-ish pretty printer: parses JSON text into Go values (maps,
// slices, strings, float64, bool, nil) and prints it indented, keys sorted,
// or reports where the input is malformed.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type parser struct {
	src string
	at  int
}

type syntaxError struct {
	at  int
	msg string
}

func (e *syntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.at, e.msg) }

func (p *parser) fail(format string, args ...interface{}) {
	panic(&syntaxError{p.at, fmt.Sprintf(format, args...)})
}

func (p *parser) space() {
	for p.at < len(p.src) && strings.IndexByte(" \t\n\r", p.src[p.at]) >= 0 {
		p.at++
	}
}

func (p *parser) expect(c byte) {
	p.space()
	if p.at >= len(p.src) || p.src[p.at] != c {
		p.fail("expected %q", c)
	}
	p.at++
}

func (p *parser) value() interface{} {
	p.space()
	if p.at >= len(p.src) {
		p.fail("unexpected end of input")
	}
	switch c := p.src[p.at]; {
	case c == '{':
		p.at++
		obj := map[string]interface{}{}
		p.items('}', func() {
			p.space()
			k := p.str()
			p.expect(':')
			obj[k] = p.value()
		})
		return obj
	case c == '[':
		p.at++
		arr := []interface{}{}
		p.items(']', func() { arr = append(arr, p.value()) })
		return arr
	case c == '"':
		return p.str()
	case strings.HasPrefix(p.src[p.at:], "true"):
		p.at += 4
		return true
	case strings.HasPrefix(p.src[p.at:], "false"):
		p.at += 5
		return false
	case strings.HasPrefix(p.src[p.at:], "null"):
		p.at += 4
		return nil
	default:
		j := p.at
		for j < len(p.src) && strings.IndexByte("+-0123456789.eE", p.src[j]) >= 0 {
			j++
		}
		f, err := strconv.ParseFloat(p.src[p.at:j], 64)
		if err != nil {
			p.fail("bad value %q", p.src[p.at:j+1])
		}
		p.at = j
		return f
	}
}

// items parses comma-separated items up to the closing byte, calling item
// for each.
func (p *parser) items(close byte, item func()) {
	p.space()
	if p.at < len(p.src) && p.src[p.at] == close {
		p.at++
		return
	}
	for {
		item()
		p.space()
		if p.at < len(p.src) && p.src[p.at] == ',' {
			p.at++
			continue
		}
		p.expect(close)
		return
	}
}

func (p *parser) str() string {
	if p.at >= len(p.src) || p.src[p.at] != '"' {
		p.fail("expected a string")
	}
	j := p.at + 1
	for j < len(p.src) && p.src[j] != '"' {
		if p.src[j] == '\\' {
			j++
		}
		j++
	}
	if j >= len(p.src) {
		p.fail("unterminated string")
	}
	s, err := strconv.Unquote(p.src[p.at : j+1])
	if err != nil {
		p.fail("bad string %s", p.src[p.at:j+1])
	}
	p.at = j + 1
	return s
}

func parse(src string) (v interface{}, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*syntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	p := &parser{src: src}
	v = p.value()
	p.space()
	if p.at != len(src) {
		p.fail("trailing data")
	}
	return v, nil
}

func write(b *strings.Builder, v interface{}, indent string) {
	switch v := v.(type) {
	case map[string]interface{}:
		if len(v) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			b.WriteString(indent + "  " + strconv.Quote(k) + ": ")
			write(b, v[k], indent+"  ")
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	case []interface{}:
		if len(v) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range v {
			b.WriteString(indent + "  ")
			write(b, e, indent+"  ")
			if i < len(v)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case string:
		b.WriteString(strconv.Quote(v))
	case float64:
		b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
	case nil:
		b.WriteString("null")
	default:
		fmt.Fprint(b, v)
	}
}

func main() {
	inputs := []string{
		`{"name": "goji", "version": 0.1, "tags": ["vm", "go", "llvm"], "stable": false,
		  "deps": {"llvm": 16, "fmt": null}, "empty": {}, "none": [], "note": "tab\there \u00e9"}`,
		`[1, 2.5e3, -0.000125, [true, [null]], {"b": 1, "a": {"z": [], "y": "\"q\""}}]`,
		`{"unterminated": "abc`,
		`[1, 2,, 3]`,
		`{"a": 1} extra`,
		`{"n": 1e999}`,
	}
	for _, in := range inputs {
		v, err := parse(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		var b strings.Builder
		write(&b, v, "")
		fmt.Println(b.String())
	}
}
