// errorcheck

package main

func fixed(a, b int)          {}
func variadic(xs ...int)      {}
func mixed(s string, xs ...int) {}

func main() {
	s := []int{1, 2}
	fixed(s...) // ERROR "cannot use \.\.\. in call to non-variadic fixed"
	variadic(1, s...) // ERROR "too many arguments in call to variadic\n\thave \(number, \[\]int\)\n\twant \(\.\.\.int\)"
	mixed(s...) // ERROR "not enough arguments in call to mixed\n\thave \(\[\]int\)\n\twant \(string, \.\.\.int\)"
	_ = append(s, 1, s...) // ERROR "too many arguments in call to append\n\thave \(\[\]int, number, \[\]int\)\n\twant \(\[\]int, \.\.\.int\)"
	variadic([]string{"a"}...) // ERROR "cannot use \[\]string\{…\} \(value of type \[\]string\) as type \[\]int in argument to variadic"
	_ = len(s...) // ERROR "invalid operation: invalid use of \.\.\. with built-in len"
	variadic(s...) // ok
}
