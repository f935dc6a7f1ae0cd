package main

import "fmt"

type B []byte

func main() {
	b := []byte("Hi!")
	fmt.Println(b)
	fmt.Printf("%s|%v|%x|%X\n", b, b, b, b)
	fmt.Printf("% x|%#x|% #x\n", b, b, b)
	fmt.Printf("%q\n", b)
	fmt.Printf("%d\n", b)
	fmt.Printf("[%6s]\n", b)
	fmt.Printf("%s\n", B("named"))
	fmt.Println(B("xy"))
	var nb []byte
	fmt.Printf("[%s][%x][%v]\n", nb, nb, nb)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %x %v\n", arr, arr, arr)
	fmt.Printf("%s\n", []uint8{72, 105})
	fmt.Printf("%T\n", b)
}
