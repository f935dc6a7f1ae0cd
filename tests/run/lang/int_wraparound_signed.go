package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8", a)
	a = -128
	a--
	fmt.Println("int8", a)
	var b int16 = 32767
	b += 2
	fmt.Println("int16", b)
	var c int32 = 2147483647
	c++
	fmt.Println("int32", c)
	c = -2147483648
	c = -c
	fmt.Println("int32 neg min", c)
	var d int64 = 9223372036854775807
	d++
	fmt.Println("int64", d)
	var e int = -9223372036854775808
	e--
	fmt.Println("int", e)
	var m int8 = 100
	m *= 3
	fmt.Println("int8 mul", m)
	var n int16 = 300
	n *= 300
	fmt.Println("int16 mul", n)
	var p int32 = 65536
	p *= 65536
	fmt.Println("int32 mul", p)
	var q int64 = 1 << 62
	q *= 4
	fmt.Println("int64 mul", q)
	var r int8 = -128
	r = r / -1
	fmt.Println("int8 min / -1", r)
	var s int8 = -128
	s = s % -1
	fmt.Println("int8 min % -1", s)
	var t int64 = -9223372036854775808
	t = t / -1
	fmt.Println("int64 min / -1", t)
}
