package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Println(i, r, string(r), fmt.Sprintf("%U", r))
	}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println(n)
}
