// errorcheck

package main

type MyBytes []byte

func main() {
	ints := []int{65}
	s := "abc"
	f := 65.0
	_ = string(ints) // ERROR "cannot convert ints \(variable of type \[\]int\) to type string"
	_ = []int(s) // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = []int64(s) // ERROR "cannot convert s \(variable of type string\) to type \[\]int64"
	_ = string(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
	_ = string(true) // ERROR "cannot convert true \(untyped bool constant\) to type string"
	_ = MyBytes(s) // ok
	_ = [3]byte(s) // ERROR "cannot convert s \(variable of type string\) to type \[3\]byte"
}
