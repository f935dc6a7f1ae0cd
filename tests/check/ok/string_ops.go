package main

import "fmt"

func main() {
	s := "hello"
	fmt.Println(len(s), s[1], s[1:3], s[:0] == "")
	s2 := s + ", " + "world"
	fmt.Println(s2)
	raw := `line1
line2\n`
	fmt.Println(raw, len(raw))
	esc := "tab\there\nquote\"back\\slash \x41 \u00e9 \U0001F600 \101"
	fmt.Println(esc)
	fmt.Println("abc" < "abd", "abc" > "ab", "" < "a")
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(string(b), s)
	var acc string
	for i := 0; i < 3; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc)
	fmt.Println('a', 'a'+1, "a"+"b", '\n', '\'', "\u4e16")
	const multi = "multi" +
		"line"
	fmt.Println(multi)
	var empty string
	fmt.Println(empty == "", len(empty))
}
