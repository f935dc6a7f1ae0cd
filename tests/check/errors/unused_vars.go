// errorcheck

package main

func f() (int, int) { return 1, 2 }

func main() {
	a := 1 // ERROR "a declared but not used"
	var b int // ERROR "b declared but not used"
	c, d := f() // ERROR "d declared but not used"
	_ = c
	// Assigning to e below is not a use.
	var e = 3 // ERROR "e declared but not used"
	e = 4
	func() {
		inner := 0 // ERROR "inner declared but not used"
	}()
	for i := 0; i < 3; i++ {
		k := i // ERROR "k declared but not used"
	}
	var i interface{} = 1
	switch v := i.(type) { // ERROR "v declared but not used"
	case int:
	}
	if x := 1; true { // ERROR "x declared but not used"
	}
}
