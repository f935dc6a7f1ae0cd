package main

import "fmt"

func main() {
	r := 'é'
	fmt.Println(r)
	fmt.Printf("%c %q %U %#U %d %v %x\n", r, r, r, r, r, r, r)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%q %q %q\n", '\n', '\'', '"')
	fmt.Printf("%+q %+q\n", '世', 'a')
	fmt.Printf("%U %#U\n", '😀', '😀')
	fmt.Printf("[%3c] [%-3c]\n", 'x', 'y')
	fmt.Printf("%c %q\n", 65, 0x263A)
	fmt.Printf("%q\n", rune(0x10FFFF+1))
	fmt.Printf("%c|\n", -1)
	fmt.Printf("%#q\n", 'x')
	fmt.Printf("%T %T\n", r, byte('a'))
}
