package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }
type MyInt int
type Fn func(int) string
type I interface{ M() }

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.5, true, nil)
	fmt.Printf("%T %T %T %T\n", int8(1), uint16(2), float32(3), 'r')
	fmt.Printf("%T %T %T\n", byte(1), uintptr(0), int64(0))
	fmt.Printf("%T %T %T\n", []int{}, map[string]int{}, [3]int{})
	fmt.Printf("%T %T %T\n", T{}, &T{}, []*T{})
	fmt.Printf("%T %T\n", MyInt(1), map[MyInt][]T{})
	fmt.Printf("%T\n", func(int) string { return "" })
	fmt.Printf("%T\n", Fn(nil))
	fmt.Printf("%T\n", func(a, b int, c ...string) (int, error) { return 0, nil })
	fmt.Printf("%T\n", struct {
		A int
		B string
	}{})
	fmt.Printf("%T\n", struct{}{})
	fmt.Printf("%T\n", errors.New("e"))
	fmt.Printf("%T %T\n", []interface{}{1}, map[string]interface{}{})
	var e error
	fmt.Printf("%T\n", e)
	fmt.Printf("%T\n", [][]*[2]map[int]bool{})
	fmt.Printf("%T\n", new(int))
	fmt.Printf("[%10T] [%-10T]\n", 1, "x")
}
