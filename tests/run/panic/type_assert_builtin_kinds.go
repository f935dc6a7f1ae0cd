package main

import "fmt"

// exit: 2

func main() {
	var i interface{} = []int{1, 2}
	fmt.Println(i.([]int))
	fmt.Println(i.(map[string]int))
}
