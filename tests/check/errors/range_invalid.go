// errorcheck

package main

func f() {}

func main() {
	for range 5 { // ERROR "cannot range over 5 \(untyped int constant\)"
	}
	for range f { // ERROR "cannot range over f \(value of type func\(\)\)"
	}
	s := []int{1}
	p := &s
	for range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)"
	}
	var x float64
	for i := range x { // ERROR "cannot range over x \(variable of type float64\)"
		_ = i
	}
	ch := make(chan int)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	var st struct{}
	for range st { // ERROR "cannot range over st \(variable of type struct\{\}\)"
	}
}
