package main

import "fmt"

func main() {
	x := 1
	for i := 0; i < 10; i++ {
		var n int = i * 7
		fmt.Println(n, x<<n, 1000>>n)
	}
	var n8 int8 = 3
	var n16 int16 = 70
	var n32 int32 = 40
	var n64 int64 = 2
	v := uint32(0x80000001)
	fmt.Println(v<<n8, v>>n8, v<<n16, v>>n16, v<<n32, v>>n32, v<<n64, v>>n64)
	var y int64 = -1
	fmt.Println(y>>n16, y<<n16, y>>n8)
	var u uint = 5
	fmt.Println(1<<u, uint8(1)<<u)
}
