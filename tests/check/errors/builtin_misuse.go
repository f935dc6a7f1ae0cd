// errorcheck

package main

func main() {
	x := 1
	m := map[string]int{}
	s := []int{}
	_ = len(x) // ERROR "invalid argument: x \(variable of type int\) for len"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	_ = append(x, 1) // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	_ = copy(s, "abc") // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and \x22abc\x22 \(untyped string constant\) have different element types int and byte"
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	close(x) // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)"
	_ = new(1) // ERROR "1 is not a type"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
}
