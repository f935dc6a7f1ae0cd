package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	s = "x"
	return s + "y"
}

func unnamed() int {
	r := 5
	defer func() { r = 100 }()
	return r
}

func recoverResult() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	n = 10
	panic("bad")
}

func main() {
	fmt.Println(double())
	fmt.Println(wrap())
	fmt.Println(order())
	fmt.Println(unnamed())
	fmt.Println(recoverResult())
	e := wrap()
	fmt.Println(errors.Unwrap(e))
}
