package main

import (
	"errors"
	"fmt"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return
}

func tripled() (result int) {
	defer func() { result *= 3 }()
	return 5
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func shadowed() (v int) {
	{
		v := 10
		_ = v
	}
	v = 1
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(parse("123"))
	fmt.Println(parse(""))
	fmt.Println(parse("1a"))
	fmt.Println(tripled())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(shadowed())
}
