package main

import "fmt"

type int32 = string

func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	nil := 5
	fmt.Println(nil + 1)
	var s int32 = "aliased"
	fmt.Println(s)
	{
		append := "shadowed append"
		fmt.Println(append)
	}
	x := []int{1}
	x = append(x, 2)
	fmt.Println(x)
	iota := 3
	fmt.Println(iota)
	string := 7
	fmt.Println(string * 2)
}
