// errorcheck

package main

type I interface{ M() }
type P *int
type T struct{}

type S1 struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

type S2 struct {
	P // ERROR "embedded field type cannot be a pointer"
}

type S3 struct {
	*P // ERROR "embedded field type cannot be a pointer"
}

type S4 struct {
	T
	*T // ERROR "T redeclared"
}

func main() {}
