package main

import "fmt"

// exit: 2

type T struct{ A int }

func main() {
	var i interface{} = &T{1}
	fmt.Println(i.(*T).A)
	fmt.Println(i.(T))
}
