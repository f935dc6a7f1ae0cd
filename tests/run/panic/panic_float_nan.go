package main

import "math"

// exit: 2

func main() {
	panic(math.NaN())
}
