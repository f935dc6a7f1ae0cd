package main

import "fmt"

func level2() {
	defer func() {
		r := recover()
		fmt.Println("level2 recovered:", r)
		panic(fmt.Sprintf("rethrow(%v)", r))
	}()
	panic("deep")
}

func level1() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("level1 got ", r)
		}
	}()
	level2()
	return "normal"
}

func main() {
	fmt.Println(level1())
	fmt.Println("main continues")
}
