// errorcheck

package main

func f() int { return 1 }

func main() {
	s := []int{1}
	defer f // ERROR "expression in defer must be function call"
	go f // ERROR "expression in go must be function call"
	defer len(s) // ERROR "defer discards result of len\(s\) \(value of type int\)"
	go append(s, 1) // ERROR "go discards result of append\(s, 1\) \(value of type \[\]int\)"
	defer int(1) // ERROR "defer requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	defer recover() // ok
	defer panic(1) // ok
	defer (func() {})() // ok
	go println() // ok
	defer f() // ok: result discarded
}
