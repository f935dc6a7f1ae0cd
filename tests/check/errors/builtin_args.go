// errorcheck

package main

func main() {
	s := []int{1}
	m := map[string]int{}
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	_ = copy(s) // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
}
