// errorcheck

package main

// "var c fmt" below does not count as a use of the import.
import "fmt" // ERROR "imported and not used: \x22fmt\x22"

func f() {}

var v int

type T struct{}

func main() {
	var a f // ERROR "f \(value of type func\(\)\) is not a type"
	var b v // ERROR "v \(variable of type int\) is not a type"
	var c fmt // ERROR "use of package fmt not in selector"
	_ = int // ERROR "int \(type\) is not an expression"
	_ = T // ERROR "T \(type\) is not an expression"
	var d []f // ERROR "f \(value of type func\(\)\) is not a type"
	_ = new(v) // ERROR "v \(variable of type int\) is not a type"
	_, _, _, _ = a, b, c, d
}
