// errorcheck

package main

func main() {
	s := []int{1}
	ch := make(<-chan int)
	x := println("x") // ERROR "println\(\x22x\x22\) \(no value\) used as value"
	_ = panic("p") // ERROR "panic\(\x22p\x22\) \(no value\) used as value"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	close(ch) // ERROR "invalid operation: cannot close receive-only channel ch \(variable of type <-chan int\)"
	_ = recover(1) // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
	f := len // ERROR "len \(built-in\) must be called"
	_, _ = x, f
	_ = make([]int, 1.5) // ERROR "1\.5 \(untyped float constant\) truncated to int"
}
