// Order of evaluation in the conditions of switch, case and for, in range
// expressions and tuple assignments (see evaluation_order.go).
package main

import "fmt"

var g = 1

func mod() int { g = 10; return 1 }

func main() {
	switch g + mod() {
	case 2:
		fmt.Println("two")
	case 11:
		fmt.Println("eleven")
	}
	g = 1
	switch {
	case g+mod() == 11:
		fmt.Println("case eleven")
	}
	g = 1
	n := 0
	for g+mod() == 11 && n < 1 {
		n++
		g = 1
	}
	fmt.Println("for", n)
	g = 1
	for i, v := range []int{g, mod(), g} {
		fmt.Println(i, v)
	}
	g = 1
	x := 0
	x, g = g, mod()
	fmt.Println(x, g)
	var arr [20]int
	g = 1
	arr[g-1], g = mod(), 2
	fmt.Println(arr, g)
}
