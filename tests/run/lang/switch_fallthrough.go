package main

import "fmt"

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "le-one")
		fallthrough
	case 2:
		out = append(out, "le-two")
	case 3, 4, 5:
		out = append(out, "three-five")
		fallthrough
	default:
		out = append(out, "default")
	case 6:
		out = append(out, "six")
	}
	return out
}

func main() {
	for i := 0; i <= 7; i++ {
		fmt.Println(i, describe(i))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fell into >10")
	case x > 100:
		fmt.Println("no")
	}
}
