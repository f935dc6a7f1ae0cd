package main

import "fmt"

func main() {
	fmt.Printf("%o\n", 1.5)
	fmt.Printf("%b\n", "s")
	fmt.Printf("%U\n", "x")
	fmt.Printf("%t\n", "true")
	fmt.Printf("%f\n", "1.0")
	fmt.Printf("%f\n", 3)
	fmt.Printf("%g\n", int64(3))
	fmt.Printf("%s %d\n", nil, []interface{}{nil})
	fmt.Printf("%x\n", -1.0)
}
