package main

import "fmt"

func main() {
	s := "abc"
	b := []byte{'a', 'b', 'c'}
	fmt.Println(s == string(b), string(b[:2]) < s)
	r := 'é'
	fmt.Println(r, string(r) == "é", len(string(r)), "é"[0], "é"[1])
	fmt.Println('a' < 'b', 'a'+1, string(rune('a'+1)))
	var c byte = 'A'
	c += 2
	fmt.Println(c, string(c), fmt.Sprintf("%c", c))
	x := "\u00e9" == "\xc3\xa9"
	fmt.Println(x, len("\U0001F600"), `raw\n` == "raw\\n")
	m := map[string]int{string([]byte{104, 105}): 1}
	fmt.Println(m["hi"])
	const multi = `line1
line2`
	fmt.Println(len(multi), multi)
}
