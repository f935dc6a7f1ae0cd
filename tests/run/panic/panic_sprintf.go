package main

import "fmt"

// exit: 2

func main() {
	n := 3
	panic(fmt.Sprintf("bad value %d of %q", n, "widgets"))
}
