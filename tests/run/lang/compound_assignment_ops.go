package main

import "fmt"

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 7
	x %= 10
	fmt.Println(x)
	y := 0b1111
	y &= 0b1010
	y |= 0b0100
	y ^= 0b0001
	y <<= 3
	y >>= 1
	y &^= 0b100
	fmt.Println(y)
	var u8 uint8 = 200
	u8 += 100
	u8 <<= 1
	fmt.Println(u8)
	f := 1.5
	f *= 4
	f /= 3
	f -= 0.5
	fmt.Println(f)
	s := "a"
	s += "b"
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	idx := func() int { fmt.Println("idx evaluated"); return 1 }
	arr[idx()] += 10
	fmt.Println(arr)
	m := map[string]int{}
	m["k"] += 2
	m["k"] *= 5
	fmt.Println(m)
	p := &arr[2]
	*p *= *p
	fmt.Println(arr)
	i := 5
	i++
	i--
	i--
	fmt.Println(i)
}
