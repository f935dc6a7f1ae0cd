// errorcheck

package main

func zero()                   {}
func one(a int)               {}
func two(a int, b string)     {}
func variadic(a int, b ...int) {}
func pair() (int, int)        { return 1, 2 }

func main() {
	zero(1) // ERROR "too many arguments in call to zero\n\thave \(number\)\n\twant \(\)"
	one() // ERROR "not enough arguments in call to one\n\thave \(\)\n\twant \(int\)"
	one(1, 2) // ERROR "too many arguments in call to one\n\thave \(number, number\)\n\twant \(int\)"
	two(1) // ERROR "not enough arguments in call to two\n\thave \(number\)\n\twant \(int, string\)"
	variadic() // ERROR "not enough arguments in call to variadic\n\thave \(\)\n\twant \(int, \.\.\.int\)"
	one(pair()) // ERROR "too many arguments in call to one\n\thave \(int, int\)\n\twant \(int\)"
	two(pair()) // ERROR "cannot use pair\(\) \(value of type int\) as type string in argument to two"
	variadic(pair()) // ok
}
