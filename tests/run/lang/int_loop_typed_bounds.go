package main

import "fmt"

func main() {
	n := 0
	for i := int8(-128); i < 127; i++ {
		n++
	}
	fmt.Println(n)
	var u uint8
	cnt := 0
	for {
		cnt++
		u++
		if u == 0 {
			break
		}
	}
	fmt.Println(cnt)
	sum := uint16(0)
	for i := uint16(0); i < 1000; i++ {
		sum += i * i
	}
	fmt.Println(sum)
	var down uint = 5
	for down > 0 {
		down--
	}
	fmt.Println(down, down-1)
	x := int32(1)
	steps := 0
	for x > 0 {
		x <<= 1
		steps++
	}
	fmt.Println(x, steps)
}
