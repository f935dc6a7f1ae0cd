// runtime/debug reports the settings GOGC and GOMEMLIMIT made at start-up.
// env: GOGC=off GOMEMLIMIT=64MiB
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(80))
	fmt.Println(debug.SetGCPercent(80))
	fmt.Println(debug.SetMemoryLimit(-1))
	fmt.Println(debug.SetMemoryLimit(0))
	fmt.Println(debug.SetMemoryLimit(-1))
}
