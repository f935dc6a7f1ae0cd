// errorcheck

package main

func apply(f func(int) int) int { return f(1) }

func main() {
	_ = apply(func(x int) string { return "" }) // ERROR "cannot use func\(x int\) string \{…\} \(value of type func\(x int\) string\) as type func\(int\) int in argument to apply"
	_ = apply(func() int { return 1 }) // ERROR "cannot use func\(\) int \{…\} \(value of type func\(\) int\) as type func\(int\) int in argument to apply"
	var g func() = func() int { return 1 } // ERROR "cannot use func\(\) int \{…\} \(value of type func\(\) int\) as type func\(\) in variable declaration"
	h := func() {
		inner := 1
		_ = inner
	}
	_ = inner // ERROR "undefined: inner"
	_ = h() // ERROR "h\(\) \(no value\) used as value"
	k := func() int {
	} // ERROR "missing return"
	_, _ = g, k
}
