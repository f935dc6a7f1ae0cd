// fmt.Sscan and Sscanln into basic types: successes, counts, overflow and syntax errors.
package main

import (
	"fmt"
)

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var u8 uint8
	var i8 int8
	n, err := fmt.Sscan("42 3.5 hello true 200", &i, &f, &s, &b, &u8)
	fmt.Println(n, err, i, f, s, b, u8)
	n, err = fmt.Sscan("  \n 7\n\n -2.5e3 ", &i, &f)
	fmt.Println(n, err, i, f)
	for _, in := range []string{"300", "-129", "127", "0x7f", "abc", "", "1_0", "+5", "-0"} {
		i8 = 0
		n, err := fmt.Sscan(in, &i8)
		fmt.Printf("int8 %q: %d %v %d\n", in, n, err, i8)
	}
	for _, in := range []string{"256", "-1", "0b101", "0o17", "077", "0xFF"} {
		u8 = 0
		n, err := fmt.Sscan(in, &u8)
		fmt.Printf("uint8 %q: %d %v %d\n", in, n, err, u8)
	}
	for _, in := range []string{"1e400", "nan", "-Inf", "0x1p-2", "1_000.5", ".5", "5.", "e5", "1e", "infinity"} {
		f = 0
		n, err := fmt.Sscan(in, &f)
		fmt.Printf("float %q: %d %v %v\n", in, n, err, f)
	}
	for _, in := range []string{"true", "false", "T", "F", "1", "0", "yes", "TRUE"} {
		b = false
		n, err := fmt.Sscan(in, &b)
		fmt.Printf("bool %q: %d %v %v\n", in, n, err, b)
	}
	var a, c int
	n, err = fmt.Sscanln("1 2\n3", &a, &c)
	fmt.Println("Sscanln", n, err, a, c)
	n, err = fmt.Sscanln("1\n2", &a, &c)
	fmt.Println("Sscanln newline", n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &c)
	fmt.Println("Sscanln extra", n, err)
	n, err = fmt.Sscan("1", &a, &c)
	fmt.Println("Sscan short", n, err)
	var r rune
	var by byte
	n, err = fmt.Sscan("65 66", &r, &by)
	fmt.Println("rune byte", n, err, r, by)
	var f32 float32
	n, err = fmt.Sscan("3.4e39", &f32)
	fmt.Println("float32 overflow", n, err, f32)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println("[]byte", n, err, string(bs))
	n, err = fmt.Sscan("5", i)
	fmt.Println("non-pointer", n, err)
}
