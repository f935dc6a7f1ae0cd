// errorcheck

package main

type Ptr *int
type Iface interface{ M() }
type T struct{}

func (p Ptr) M() {} // ERROR "invalid receiver type Ptr \(pointer or interface type\)"
func (i Iface) N() {} // ERROR "invalid receiver type Iface \(pointer or interface type\)"
func (t **T) M() {} // ERROR "invalid receiver type \*\*T"
func (t T) Ok() {}
func (int) M() {} // ERROR "cannot define new methods on non-local type int"
func (s []int) M() {} // ERROR "invalid receiver type \[\]int"
func (m map[string]int) M() {} // ERROR "invalid receiver type map\[string\]int"

func main() {}
