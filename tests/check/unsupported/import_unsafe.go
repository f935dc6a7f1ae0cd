package main

import (
	"fmt"
	"unsafe" // ERROR "not supported by goji"
)

func main() {
	fmt.Println(unsafe.Sizeof(int32(0)))
}
