package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	var i16 int16 = math.MinInt16
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MinInt64
	var u8 uint8 = math.MaxUint8
	var u16 uint16 = math.MaxUint16
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	var ui uint = 42
	var up uintptr = 0x1000
	var in int = -7
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64, ui, up, in)
	i8++
	i16--
	i32++
	u8++
	u16++
	u32++
	u64++
	fmt.Println(i8, i16, i32, u8, u16, u32, u64)
	fmt.Println(int64(i32)+1, uint64(u32)+1)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	var ua, ub uint = 3, 5
	fmt.Println(ua-ub > 0, ub-ua)
	fmt.Println(in<<1, in>>1, uint8(in))
	var b byte = 200
	var r rune = 'λ'
	fmt.Println(b+100, r, r+1)
	fmt.Printf("%T %T\n", b, r)
}
