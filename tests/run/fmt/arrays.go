package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	fmt.Println(a)
	fmt.Printf("%v %d %x %02d\n", a, a, a, a)
	var z [4]string
	fmt.Printf("%v|%q\n", z, z)
	b := [2][2]string{{"a", "b"}, {"c", "d"}}
	fmt.Println(b)
	fmt.Printf("%#v\n", a)
	var e [0]int
	fmt.Println(e, len(e))
	f := [...]float64{1.5, 2, 1e21}
	fmt.Println(f)
	fmt.Printf("%.1f\n", f)
	fmt.Printf("%T %T\n", a, b)
}
