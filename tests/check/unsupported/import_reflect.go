package main

import (
	"fmt"
	"reflect" // ERROR "not supported by goji"
)

func main() {
	fmt.Println(reflect.TypeOf(1).Kind())
}
