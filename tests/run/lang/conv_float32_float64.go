package main

import "fmt"

func main() {
	var d float64 = 0.1
	var s float32 = float32(d)
	fmt.Println(s, float64(s), d)
	fmt.Println(float32(1.0/3.0), float64(float32(1.0/3.0)))
	var big float64 = 1e39
	fmt.Println(float32(big))
	var tiny float64 = 1e-46
	fmt.Println(float32(tiny))
	var neg float64 = -1e39
	fmt.Println(float32(neg))
	var x float32 = 16777216
	x += 1
	fmt.Println(x)
	var y float64 = 16777216
	y += 1
	fmt.Println(y, float32(y))
	fmt.Printf("%v %g %e %.3f\n", float32(3.14159), float32(2.5e-8), float32(1e20), float32(2.0/3))
}
