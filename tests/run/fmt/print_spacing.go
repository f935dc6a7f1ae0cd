package main

import "fmt"

type S string
type N int

func main() {
	// Print adds spaces between operands only when neither is a string.
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", 3, "\n")
	fmt.Print(1.5, true, false, "\n")
	fmt.Print(S("p"), S("q"), "\n")
	fmt.Print(N(1), N(2), "\n")
	fmt.Print(N(1), S("s"), N(2), "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print()
	fmt.Print("\n")
}
