package main

import "fmt"

func f() (result string) {
	defer func() {
		r := recover()
		result = fmt.Sprint("got ", r)
	}()
	defer func() {
		panic("from defer")
	}()
	defer fmt.Println("runs before the panicking defer")
	return "normal"
}

func g() {
	defer func() {
		fmt.Println("g recovers:", recover())
	}()
	defer func() {
		fmt.Println("deferred sees nothing new, recover:", recover())
	}()
	panic("g panic")
}

func main() {
	fmt.Println(f())
	g()
	fmt.Println("end")
}
