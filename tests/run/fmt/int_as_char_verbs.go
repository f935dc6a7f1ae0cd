package main

import "fmt"

func main() {
	for _, n := range []int{65, 97, 0x263A, 0x1F600, 10, 0} {
		fmt.Printf("%d %c %q %U %#U\n", n, n, n, n, n)
	}
	fmt.Printf("%c%c\n", byte(72), uint16(105))
	fmt.Printf("%q\n", []rune("héllo"))
	fmt.Printf("%c\n", []rune{'a', 'b'})
	fmt.Printf("%U\n", []int32{1, 255})
	fmt.Printf("[%8U] [%-10c]\n", 'A', '☺')
}
