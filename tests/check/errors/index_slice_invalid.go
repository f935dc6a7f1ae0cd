// errorcheck

package main

func main() {
	x := 5
	s := "str"
	arr := [3]int{}
	sl := []int{1, 2}
	m := map[string]int{}
	_ = x[0] // ERROR "invalid operation: cannot index x \(variable of type int\)"
	_ = s["a"] // ERROR "cannot convert \x22a\x22 \(untyped string constant\) to int"
	_ = sl[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_ = arr[2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	_ = arr[:5] // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
