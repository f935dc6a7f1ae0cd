package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 10)
			s[1] = 20
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 30
		fmt.Println(i, v)
	}
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 30
		fmt.Println(i, v)
	}
	t := []int{5, 6, 7}
	for i := range t {
		t[i] *= 2
	}
	fmt.Println(t)
	var cnt int
	for range [5]struct{}{} {
		cnt++
	}
	fmt.Println(cnt)
}
