// errorcheck

package main

func f() int { return 1 }

type T struct{ x int }

func main() {
	x := 1
	s := []int{1}
	var t T
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	f // ERROR "f \(value of type func\(\) int\) is not used"
	s[0] // ERROR "s\[0\] \(variable of type int\) is not used"
	t.x // ERROR "t\.x \(variable of type int\) is not used"
	"str" // ERROR "\x22str\x22 \(untyped string constant\) is not used"
	x == 1 // ERROR "x == 1 \(untyped bool value\) is not used"
	-x // ERROR "-x \(value of type int\) is not used"
	int(x) // ERROR "int\(x\) \(value of type int\) is not used"
	f() // ok: calls may be statements
	_ = x
}
