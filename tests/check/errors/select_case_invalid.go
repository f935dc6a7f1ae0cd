// errorcheck

package main

func main() {
	ch := make(chan int)
	x := 1 // ERROR "x declared but not used"
	select {
	case x > 0: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case <-ch:
	}
}
