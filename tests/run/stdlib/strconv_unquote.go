// strconv.Unquote, UnquoteChar and QuotedPrefix on valid and invalid literals.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ins := []string{`""`, `"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `'a'`, `'\n'`, `'ab'`, `''`, "`raw\\n`",
		"`a\nb`", "`a\rb`", `"unterminated`, `abc`, `"`, `'`, "`", `"\z"`, `"\xZZ"`, `"\400"`, `"\uD800"`,
		`"\U00110000"`, `'\''`, `"\'"`, `'"'`, `"'"`, `'\"'`, `"a"b"`, "\"\n\"", `"é"`, `'é'`, `'世'`,
		`'\xff'`, `"\xff"`, "\"\xff\"", "'\xff'", `"\a\b\f\r\t\v\\"`, `'\u12'`, `"\0"`, `"\000"`,
	}
	for _, s := range ins {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{`\n rest`, '"'}, {`\'x`, '\''}, {`\'x`, '"'}, {`\"x`, '"'}, {`\"x`, '\''}, {"é!", '"'}, {`\u263a!`, 0},
		{`\x`, '"'}, {"'", '\''}, {`"`, '"'}, {"", '"'}, {`\777`, '"'}, {`\377`, '"'}, {"\xff", '"'}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("UnquoteChar(%q, %q) = %q %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
	for _, s := range []string{`"abc"def`, "`raw`rest", `'x'y`, `"unterminated`, `noquote`, `"a\"b" c`, `''`, ""} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("QuotedPrefix(%q) = %q, %v\n", s, p, err)
	}
}
