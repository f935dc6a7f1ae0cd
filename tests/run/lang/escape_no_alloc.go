// Objects the escape analysis keeps on the stack cost no allocation: a
// new(T) and a &T{} of pointer-free types passed down to helpers and
// methods, an address-taken array sliced for a callee that only reads and
// writes it.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type digits struct {
	d  [64]byte
	nd int
}

func (d *digits) push(c byte) {
	d.d[d.nd] = c
	d.nd++
}

func fill(d *digits, n int) {
	for n > 0 {
		d.push(byte('0' + n%10))
		n /= 10
	}
}

func sumDigits(s []byte) int {
	t := 0
	for _, c := range s {
		t += int(c - '0')
	}
	return t
}

func newObject(n int) int {
	d := new(digits)
	fill(d, n)
	return sumDigits(d.d[:d.nd])
}

func literal(n int) int {
	p := &struct{ a, b int }{n, n + 1}
	return p.a * p.b
}

func addressedArray(n int) int {
	var buf [32]byte
	b := strconv.AppendInt(buf[:0], int64(n), 10)
	return sumDigits(b)
}

func addressedVar(n int) int {
	var d digits
	fill(&d, n)
	return d.nd
}

var sink int

func allocs(f func(int) int) uint64 {
	var a, b runtime.MemStats
	sink += f(12345)
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		sink += f(i)
	}
	runtime.ReadMemStats(&b)
	return (b.Mallocs - a.Mallocs) / 1000
}

func main() {
	fmt.Println("new(T):", allocs(newObject))
	fmt.Println("&T{}:", allocs(literal))
	fmt.Println("array sliced for a callee:", allocs(addressedArray))
	fmt.Println("variable passed by address:", allocs(addressedVar))
	fmt.Println(sink > 0)
}
