package main

import "fmt"

func main() {
	fmt.Println([]int8{-1, 2, -128})
	fmt.Println([]uint8{1, 2, 255})
	fmt.Println([]int16{300}, []uint16{65535}, []uint64{18446744073709551615})
	fmt.Printf("%x\n", []int8{-1, 16})
	fmt.Printf("%x %X\n", []uint16{255, 4096}, []uint8{255, 10})
	fmt.Printf("%v\n", [][]byte{[]byte("hi"), nil})
	fmt.Printf("%s\n", [][]byte{[]byte("hi"), []byte("yo")})
	fmt.Printf("%d\n", []byte("AB"))
	fmt.Println([]bool{true, false}, []float32{0.1, 2})
}
