package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-1, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("42"); err != nil {
		fmt.Println("error", err)
	} else if v > 40 {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}
	x := 10
	if x := x * 2; x > 15 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if ok := true; ok && x > 5 || false {
		fmt.Println("compound")
	}
	if func() bool { return true }() {
		fmt.Println("func call condition")
	}
}
