package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 7
	fmt.Println(x > 3, x == 7, x != 7)
	fmt.Println(strconv.FormatBool(x%2 == 1) + "!")
	b, _ := strconv.ParseBool("T")
	fmt.Println(b)
	fmt.Printf("%v %t %5t|\n", !b, b && x > 0, false)
	fmt.Println(fmt.Sprint(true, false), fmt.Sprint(true, "x", false))
}
