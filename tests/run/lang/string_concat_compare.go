package main

import "fmt"

func main() {
	a := "abc"
	b := "abd"
	c := "ab"
	fmt.Println(a < b, a > b, a <= a, a >= b, a == "a"+"bc", a != b)
	fmt.Println(c < a, "" < c, "Z" < "a", "é" > "z")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
		s = s + "-"
	}
	fmt.Println(s, len(s))
	x := a
	x += "def"
	fmt.Println(a, x)
	parts := []string{"x", "y", "z"}
	joined := parts[0] + parts[1] + parts[2] + "!" + a[1:]
	fmt.Println(joined)
	fmt.Println("\x00" < "\x01", "a\x00" > "a", "abc" < "abcd")
	var p, q string = "same", "sa"
	q += "me"
	fmt.Println(p == q)
}
