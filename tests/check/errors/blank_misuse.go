// errorcheck

package main

func main() {
	x := _ // ERROR "cannot use _ as value or type"
	_ = _ + 1 // ERROR "cannot use _ as value or type"
	var y int = _ // ERROR "cannot use _ as value or type"
	_() // ERROR "cannot use _ as value or type"
	_, _ = x, y
	_ = 1 // ok
	f := func(_ int) {}
	f(1)
}
