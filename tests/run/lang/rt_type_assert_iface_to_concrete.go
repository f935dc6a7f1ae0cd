// exit: 2
package main

import "fmt"

type S interface{ String() string }
type T struct{}

func (T) String() string { return "T" }

func main() {
	var s S = T{}
	p := s.(*T)
	fmt.Println(p)
}
