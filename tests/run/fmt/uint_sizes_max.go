package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(uint8(math.MaxUint8), uint16(math.MaxUint16))
	fmt.Println(uint32(math.MaxUint32), uint64(math.MaxUint64))
	var u uint = math.MaxUint
	fmt.Println(u)
	fmt.Printf("%d %x %X %o %b\n", uint8(255), uint16(65535), uint32(4294967295), uint8(8), uint8(5))
	fmt.Printf("%x\n", uint64(math.MaxUint64))
	fmt.Printf("%#x %#o %#b\n", uint64(255), uint(8), uint8(5))
	var z uint32
	z--
	fmt.Println(z)
	var b byte = 'A'
	fmt.Println(b, uintptr(12))
}
