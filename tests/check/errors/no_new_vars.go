// errorcheck

package main

func pair() (int, int) { return 1, 2 }

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	b, c := pair()
	b, c := pair() // ERROR "no new variables on left side of :="
	_, _ := 1, 2 // ERROR "no new variables on left side of :="
	d, a := 3, 4 // ok: d is new
	if true {
		a := 5 // ok: new scope
		_ = a
	}
	var e int
	e, _ := 6, 7 // ERROR "no new variables on left side of :="
	_, _, _, _ = a, b, c, d
	_ = e
}
