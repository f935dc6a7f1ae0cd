package main

import "fmt"

func main() {
	var b byte = 'A'
	var i8 int8 = 66
	var u16 uint16 = 0x263A
	var i64 int64 = 0x1F642
	var u uint = 0xE9
	fmt.Println(string(rune(b)), string(rune(i8)), string(rune(u16)), string(rune(i64)), string(rune(u)))
	var bad int64 = -5
	fmt.Printf("%q\n", string(rune(bad)))
	var huge int64 = 0x7FFFFFFF0041
	fmt.Printf("%q\n", string(rune(huge)))
	s := "日本"
	for _, r := range s {
		fmt.Printf("%d %x %q %s\n", r, r, r, string(r))
	}
	bs := []byte{0xe6, 0x97, 0xa5}
	rs := []rune(string(bs))
	fmt.Println(rs, len(rs))
	fmt.Println([]byte(string([]rune{0x65e5, 0x672c})))
}
