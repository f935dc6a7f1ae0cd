package main

import "fmt"

func main() {
	s := "héllo世"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b), string(r))
	b[0] = 'J'
	r[1] = 'e'
	fmt.Println(s, string(b), string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
	var rn []rune = nil
	fmt.Println(string(rn) == "")
	x := 97
	fmt.Println(string(rune(x)))
	bb := []byte("abc")
	s2 := string(bb)
	bb[0] = 'z'
	fmt.Println(s2, string(bb))
	fmt.Println([]byte(""), len([]rune("")))
	type MyBytes []byte
	mb := MyBytes("xyz")
	fmt.Println(string(mb), mb)
}
