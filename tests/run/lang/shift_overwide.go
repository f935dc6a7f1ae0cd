package main

import "fmt"

func main() {
	var s uint = 0
	for _, n := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		s = n
		var a uint8 = 0xFF
		var b int8 = -1
		var c uint32 = 0xFFFFFFFF
		var d int32 = -5
		var e uint64 = 0xFFFFFFFFFFFFFFFF
		var f int64 = -9
		fmt.Println(s, a<<s, a>>s, b<<s, b>>s, c<<s, c>>s, d<<s, d>>s, e<<s, e>>s, f<<s, f>>s)
	}
}
