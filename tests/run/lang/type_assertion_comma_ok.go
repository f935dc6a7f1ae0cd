package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.name + " meow" }

func main() {
	var a Animal = Dog{}
	d, ok := a.(Dog)
	fmt.Println(d, ok)
	c, ok := a.(*Cat)
	fmt.Println(c, ok)
	a = &Cat{"tom"}
	c, ok = a.(*Cat)
	fmt.Println(c.name, ok)
	var i interface{} = 42
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	an, ok := i.(Animal)
	fmt.Println(an, ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	st, ok := interface{}(Dog{}).(fmt.Stringer)
	fmt.Println(st, ok)
	v := i.(int) + 1
	fmt.Println(v)
}
