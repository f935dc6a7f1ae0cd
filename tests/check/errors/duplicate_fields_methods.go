// errorcheck

package main

type S struct {
	a int
	a string // ERROR "a redeclared"
	b, b int // ERROR "b redeclared"
}

type T struct{ x int }

func (T) m()  {}
func (*T) m() {} // ERROR "T\.m redeclared in this block"
func (T) x()  {} // ERROR "field and method with the same name x"

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

func main() {}
