package main

import "fmt"

func main() {
	fmt.Printf("%x %X %#x %#X\n", 255, 255, 255, 255)
	fmt.Printf("%x %#x\n", -255, -255)
	fmt.Printf("%o %#o %O\n", 64, 64, 64)
	fmt.Printf("%b %#b\n", 10, 10)
	fmt.Printf("%08x|%-8x|%8X\n", 3054, 3054, 3054)
	fmt.Printf("%#08x\n", 255)
	fmt.Printf("%x\n", 0)
	fmt.Printf("%.4x\n", 10)
	fmt.Printf("% x\n", 1234567)
}
