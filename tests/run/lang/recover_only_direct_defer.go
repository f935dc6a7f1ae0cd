package main

import "fmt"

func helper() interface{} {
	return recover()
}

func indirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("p1")
}

func direct() (res string) {
	defer func() {
		res = fmt.Sprint("direct: ", recover())
	}()
	panic("p2")
}

func deferHelper() (res string) {
	defer func() {
		res = fmt.Sprint("after deferHelper: ", recover())
	}()
	defer helper()
	panic("p3")
}

func main() {
	fmt.Println(indirect())
	fmt.Println(direct())
	fmt.Println(deferHelper())
	fmt.Println("no panic recover:", recover())
}
