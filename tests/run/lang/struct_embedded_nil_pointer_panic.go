// exit: 2
package main

import "fmt"

type Inner struct{ V int }
type Outer struct {
	*Inner
	Name string
}

func main() {
	o := Outer{Name: "x"}
	fmt.Println(o.Name, o.Inner == nil)
	fmt.Println(o.V)
}
