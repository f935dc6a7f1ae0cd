// Booleans and small integers boxed in interfaces share Go's static table
// of the values 0..255; wider or larger values are boxed on the heap. Both
// must print, compare and hash alike.
package main

import "fmt"

type B bool
type I8 int8

func main() {
	var xs []interface{}
	for i := -3; i < 300; i += 50 {
		xs = append(xs, i, int8(i), uint8(i), int16(i), uint32(i), uint64(i), i == 0, B(i > 0), I8(i))
	}
	fmt.Println(xs...)
	a, b := interface{}(int64(7)), interface{}(int64(7))
	fmt.Println(a == b, a != interface{}(int64(8)))
	m := map[interface{}]int{}
	for i := 0; i < 300; i++ {
		m[i%260]++
	}
	fmt.Println(len(m), m[3], m[259])
	fmt.Printf("%v %d %x %t\n", uint16(255), uint16(256), 200, true)
}
