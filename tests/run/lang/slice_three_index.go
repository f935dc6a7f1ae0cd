package main

import "fmt"

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	s = append(s, 200)
	fmt.Println(arr, s)
	s = append(s, 300)
	s[0] = -2
	fmt.Println(arr, s, len(s))
	t := arr[:0:0]
	fmt.Println(len(t), cap(t))
	u := arr[5:]
	fmt.Println(len(u), cap(u))
	v := u[1:3]
	fmt.Println(v, len(v), cap(v))
	w := v[:cap(v)]
	fmt.Println(w)
	x := arr[1:3:3]
	y := append(x, 42)
	y[0] = 1000
	fmt.Println(arr[1], x, y)
	str := "hello"
	fmt.Println(str[1:3], str[:2], str[3:])
}
