package main

import "fmt"

type P struct{ X, Y int }

func main() {
	fmt.Printf("%3v\n", []int{1, 22, 333})
	fmt.Printf("%-3v|\n", []int{1, 2})
	fmt.Printf("%5.1f\n", []float64{1.25, 10})
	fmt.Printf("%+d\n", []int{1, -2})
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%s\n", []int{1})
	fmt.Printf("%4v\n", P{1, 2})
	fmt.Printf("%04d\n", map[string]int{"a": 7})
	fmt.Printf("%6v|\n", "ab")
	fmt.Printf("%-6v|\n", true)
}
