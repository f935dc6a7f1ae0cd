package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	dst := make([]int, 3)
	n = copy(dst, []int{9, 8, 7, 6, 5})
	fmt.Println(n, dst)
	big := make([]int, 10)
	n = copy(big, []int{1, 2})
	fmt.Println(n, big)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	var nilS []int
	n = copy(nilS, s)
	fmt.Println(n)
	str := []string{"a", "b", "c", "d"}
	copy(str[1:], str[:3])
	fmt.Println(str)
}
