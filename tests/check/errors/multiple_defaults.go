// errorcheck

package main

func main() {
	x := 1
	switch x {
	default:
	case 1:
	default: // ERROR "multiple defaults \(first at"
	}
	ch := make(chan int)
	select {
	case <-ch:
	default:
	default: // ERROR "multiple defaults \(first at"
	}
	var i interface{} = x
	switch i.(type) {
	default:
	default: // ERROR "multiple defaults \(first at"
	}
}
