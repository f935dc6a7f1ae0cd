package main

import (
	"fmt"
	"strings"
)

func modify(s string) string {
	s += "!"
	return s
}

func main() {
	s := "hello"
	t := s
	t += " world"
	fmt.Println(s, "|", t)
	u := modify(s)
	fmt.Println(s, u)
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b))
	up := strings.ToUpper(s)
	fmt.Println(s, up)
	sub := s[1:4]
	s = "changed"
	fmt.Println(sub, s)
	arr := [3]string{"a", "b", "c"}
	arr2 := arr
	arr2[0] += "z"
	fmt.Println(arr, arr2)
}
