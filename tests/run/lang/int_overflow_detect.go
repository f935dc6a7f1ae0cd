package main

import (
	"fmt"
	"math"
)

func addOverflows(a, b int64) bool {
	c := a + b
	return (c > a) != (b > 0)
}

func mulOverflows(a, b int64) bool {
	if a == 0 || b == 0 {
		return false
	}
	c := a * b
	return c/b != a
}

func main() {
	fmt.Println(addOverflows(math.MaxInt64, 1), addOverflows(1, 1), addOverflows(math.MinInt64, -1))
	fmt.Println(mulOverflows(1<<32, 1<<31), mulOverflows(1<<32, 1<<32), mulOverflows(-3, 5))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MinInt32)
	var u uint64 = math.MaxUint64
	fmt.Println(u, u+1, u*2)
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var x uint64 = 88172645463325252
	for i := 0; i < 5; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Print(x%1000, " ")
	}
	fmt.Println()
}
