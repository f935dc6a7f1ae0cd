package main

import "fmt"

type MyMap map[string]int
type MySlice []string
type MyBool bool
type MyFloat float64
type MyArr [2]int
type MyStruct struct{ V MySlice }

func main() {
	m := MyMap{"b": 2, "a": 1}
	s := MySlice{"x", "y"}
	fmt.Println(m, s, MyBool(true), MyFloat(2.5), MyArr{1, 2})
	fmt.Printf("%v %+v\n", MyStruct{s}, MyStruct{})
	fmt.Printf("%T %T %T %T\n", m, s, MyBool(false), MyArr{})
	fmt.Printf("%#v %#v\n", m, s)
	fmt.Printf("%#v %#v\n", MyFloat(1), MyBool(true))
	fmt.Printf("%q %x\n", s, MyArr{10, 11})
}
