package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-%v", r))
	}()
	panic("first")
}

func outer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer recovered: ", r)
		}
	}()
	inner()
	return "not reached"
}

func main() {
	fmt.Println(outer())
	func() {
		defer func() {
			fmt.Println("level2:", recover())
		}()
		func() {
			defer func() {
				panic("second")
			}()
			panic("first")
		}()
	}()
	fmt.Println("main continues")
}
