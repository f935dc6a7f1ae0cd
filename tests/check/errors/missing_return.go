// errorcheck

package main

func noReturn() int {
} // ERROR "missing return"

func ifWithoutElse(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func loopWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func switchNoDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func loopWithCondition(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func selectWithBreak(c chan int) int {
	select {
	case <-c:
		break
	}
} // ERROR "missing return"

// These are all terminating statements: no errors.
func okPanic() int       { panic("x") }
func okInfinite() int    { for {} }
func okIfElse(b bool) int {
	if b {
		return 1
	} else {
		return 2
	}
}
func okSwitch(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic(x)
	}
}

func main() {}
