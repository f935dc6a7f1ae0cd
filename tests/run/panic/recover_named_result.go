package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func mustPositive(n int) (res string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	if n < 0 {
		panic(errors.New("negative"))
	}
	return "ok", nil
}

func main() {
	fmt.Println(safeDiv(9, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(mustPositive(1))
	fmt.Println(mustPositive(-1))
}
