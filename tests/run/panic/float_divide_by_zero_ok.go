package main

import "fmt"

func main() {
	x, z := 1.0, 0.0
	fmt.Println(x/z, -x/z, z/z)
	var f32 float32 = 2
	var z32 float32
	fmt.Println(f32/z32, f32/z32 == f32/z32)
	fmt.Println("no panic")
}
