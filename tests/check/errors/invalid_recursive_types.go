// errorcheck

package main

type A struct { // ERROR "invalid recursive type A"
	a A
}

type B [2]B // ERROR "invalid recursive type B"

type C struct { // ERROR "invalid recursive type C"
	d D
}

type D struct {
	c C
}

type E struct { // ERROR "invalid recursive type E"
	arr [3]E
}

type OkPtr struct{ next *OkPtr }
type OkSlice []OkSlice
type OkMap map[string]OkMap
type OkFunc func(OkFunc) OkFunc

func main() {}
