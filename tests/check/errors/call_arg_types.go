// errorcheck

package main

type Celsius float64

func takeInt(i int)          {}
func takeString(s string)    {}
func takeSlice(s []int)      {}
func takeCelsius(c Celsius)  {}
func takeFunc(f func(int))   {}

func main() {
	var f float64 = 1
	takeInt("s") // ERROR "cannot use \x22s\x22 \(untyped string constant\) as int value in argument to takeInt"
	takeString(1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to takeString"
	takeInt(f) // ERROR "cannot use f \(variable of type float64\) as type int in argument to takeInt"
	takeSlice([]string{}) // ERROR "cannot use \[\]string\{\} \(value of type \[\]string\) as type \[\]int in argument to takeSlice"
	takeCelsius(f) // ERROR "cannot use f \(variable of type float64\) as type Celsius in argument to takeCelsius"
	takeFunc(func(s string) {}) // ERROR "cannot use func\(s string\) \{\} \(value of type func\(s string\)\) as type func\(int\) in argument to takeFunc"
	takeInt(1.5) // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in argument to takeInt \(truncated\)"
	takeCelsius(1.5) // ok
}
