package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func find(xs []int, t int) (idx int, err error) {
	for i, x := range xs {
		if x == t {
			return i, nil
		}
	}
	idx = -1
	err = errors.New("not found")
	return
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func three() (int, string, bool) { return 1, "two", true }

func pass(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func main() {
	fmt.Println(divmod(17, 5))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	i, err := find([]int{4, 5, 6}, 6)
	fmt.Println(i, err)
	i, err = find([]int{4, 5, 6}, 7)
	fmt.Println(i, err)
	fmt.Println(shadow())
	fmt.Println(pass(three()))
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	k := 0
	k, arr[k] = 2, 9
	fmt.Println(k, arr)
}
