package main

import (
	"fmt"
	"os"
)

func main() {
	conn, err := os.Stdout.SyscallConn() // ERROR "not supported by goji: os.File.SyscallConn \(goji's os package lacks it\)"
	fmt.Println(conn != nil, err)
}
