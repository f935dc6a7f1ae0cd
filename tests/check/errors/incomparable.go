// errorcheck

package main

type withSlice struct{ s []int }

func main() {
	a, b := []int{1}, []int{1}
	m1, m2 := map[int]int{}, map[int]int{}
	f1, f2 := func() {}, func() {}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	_ = m1 == m2 // ERROR "invalid operation: m1 == m2 \(map can only be compared to nil\)"
	_ = f1 == f2 // ERROR "invalid operation: f1 == f2 \(func can only be compared to nil\)"
	_ = withSlice{} == withSlice{} // ERROR "invalid operation: withSlice\{\} == withSlice\{\} \(struct containing \[\]int cannot be compared\)"
	_ = [1][]int{} == [1][]int{} // ERROR "invalid operation: \[1\]\[\]int\{\} == \[1\]\[\]int\{\} \(\[1\]\[\]int cannot be compared\)"
	_ = a == nil // ok
	_ = f1 != nil // ok
	switch f1 {
	case f2: // ERROR "invalid case f2 in switch on f1 \(func can only be compared to nil\)"
	}
	var i interface{} = 1
	_ = i == a // ERROR "invalid operation: i == a \(slice can only be compared to nil\)"
}
