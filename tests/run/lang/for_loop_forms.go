package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k > 4 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var i int
	for i = 10; i > 0; i /= 3 {
	}
	fmt.Println(i)
	for range "abc" {
		fmt.Print("r")
	}
	fmt.Println()
	cnt := 0
	for ; cnt < 3; {
		cnt++
	}
	fmt.Println(cnt)
	for x := 0; x < 10; x++ {
		if x%3 != 0 {
			continue
		}
		fmt.Print(x)
	}
	fmt.Println()
	var u uint8
	steps := 0
	for u = 250; u != 4; u++ {
		steps++
	}
	fmt.Println(steps)
}
