package main

import "fmt"

func main() {
	vals := []int{7, -7}
	divs := []int{2, -2, 3, -3}
	for _, v := range vals {
		for _, d := range divs {
			fmt.Println(v, d, v/d, v%d)
		}
	}
	var a int8 = -7
	var b int8 = 2
	fmt.Println(a/b, a%b)
	var c int16 = -300
	var d int16 = 7
	fmt.Println(c/d, c%d)
	var e int32 = -1000000
	var f int32 = -3
	fmt.Println(e/f, e%f)
	var g int64 = -9223372036854775807
	var h int64 = 10
	fmt.Println(g/h, g%h)
	// constant division
	const k = -7 / 2
	const l = -7 % 2
	fmt.Println(k, l)
	fmt.Println(-1/2, -1%2, 1 / -2, 1 % -2)
}
