package main

import "fmt"

func main() {
	var a, b float32 = 0.1, 0.2
	c := a + b
	fmt.Println(c, c == 0.3, float64(c))
	var sum float32
	for i := 0; i < 1000; i++ {
		sum += 0.001
	}
	fmt.Println(sum)
	var dsum float64
	for i := 0; i < 1000; i++ {
		dsum += 0.001
	}
	fmt.Println(dsum)
	var x float32 = 1.0
	for i := 0; i < 30; i++ {
		x = x*1.1 + 0.3
	}
	fmt.Println(x)
	var p float32 = 1e-3
	var q float32 = 3
	fmt.Println(p/q, p*q, p-q)
	var m float32 = 16777216.0
	fmt.Println(m+1, m+2, m+3)
	f := float32(1) / 3
	fmt.Println(f*3 == 1, f)
}
