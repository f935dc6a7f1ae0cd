// fmt.Sscanf with verbs, widths, literal text, and the exact error messages on mismatches.
package main

import (
	"fmt"
)

func main() {
	var a, b int
	var s, t string
	var f float64
	var c rune
	var u uint
	n, err := fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x=5 y=abc", "x=%d y=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("ff 0x1F 777 101", "%x %v %o %b", &a, &b, &u, &f)
	fmt.Println(n, err, a, b, u, f)
	n, err = fmt.Sscanf("101", "%b", &a)
	fmt.Println("binary", n, err, a)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println("widths", n, err, a, b)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &t)
	fmt.Println("string widths", n, err, s, t)
	n, err = fmt.Sscanf(`"quoted \"str\"" rest`, "%q %s", &s, &t)
	fmt.Println("quoted", n, err, s, t)
	n, err = fmt.Sscanf("`raw` x", "%q %s", &s, &t)
	fmt.Println("backquoted", n, err, s, t)
	n, err = fmt.Sscanf("Zé", "%c%c", &c, &a)
	fmt.Println("chars", n, err, string(c), a)
	n, err = fmt.Sscanf("3.25e2", "%g", &f)
	fmt.Println("float", n, err, f)
	n, err = fmt.Sscanf("7", "%d %d", &a, &b)
	fmt.Println("missing", n, err)
	n, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println("not int", n, err)
	n, err = fmt.Sscanf("5:6", "%d-%d", &a, &b)
	fmt.Println("literal mismatch", n, err)
	n, err = fmt.Sscanf("5", "%d %d %d", &a)
	fmt.Println("too few operands", n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	fmt.Println("too many operands", n, err)
	n, err = fmt.Sscanf("5", "%z", &a)
	fmt.Println("bad verb", n, err)
	n, err = fmt.Sscanf("abc", "%d", &s)
	fmt.Println("int verb into string", n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println("percent", n, err, a)
	n, err = fmt.Sscanf("  42", "%d", &a)
	fmt.Println("leading spaces", n, err, a)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println("newline vs space", n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println("newline matched", n, err, a, b)
	n, err = fmt.Sscanf("true", "%t", new(bool))
	fmt.Println("bool", n, err)
	n, err = fmt.Sscanf("", "%d", &a)
	fmt.Println("empty", n, err)
}
