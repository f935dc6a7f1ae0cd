// errorcheck

package main

func pair() (int, int) { return 1, 2 }
func none()           {}
func one(int)         {}

func main() {
	_ = pair() + 1 // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	x := pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values"
	var arr [3]int
	_ = arr[pair()] // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	_ = none() // ERROR "none\(\) \(no value\) used as value"
	one(none()) // ERROR "none\(\) \(no value\) used as value"
	if pair() { // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	}
	_ = []int{pair()} // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	_ = x
}
