// recover during nested panics (after Go's test/recover1.go): which panic a
// recover sees, when a later panic aborts an earlier one, and what a
// deferred recover() does when run by its function's return or by a panic.
package main

import "fmt"

func report(name string) {
	fmt.Println(name, recover())
}

func notDirect() {
	report("sub-call")
}

// A panic recovered inside a deferred call leaves the outer panic running.
func nestedRecovered() {
	defer report("outer")
	defer func() {
		defer report("inner")
		panic(2)
	}()
	panic(1)
}

// A panic that escapes a deferred call aborts the panic that called it.
func nestedEscaping() {
	defer report("recovers the later panic")
	defer func() {
		panic("second")
	}()
	panic("first")
}

// After recovering, a deferred call may panic again.
func sequential() {
	defer report("after sequential")
	defer func() {
		fmt.Println("first recover", recover())
		defer report("second")
		panic(3)
	}()
	panic(2)
}

// A deferred recover() run by the return of a deferred function recovers.
func deferredRecoverOnReturn() {
	defer report("nothing left")
	defer func() {
		defer recover()
	}()
	panic(5)
}

// Run by a panic, a deferred recover() has no effect.
func deferredRecoverByPanic() {
	defer report("outer sees 2")
	defer func() {
		defer report("inner sees 3")
		defer recover()
		panic(3)
	}()
	panic(2)
}

// recover called by a function the deferred function calls sees nothing.
func indirect() {
	defer report("direct")
	defer func() {
		notDirect()
	}()
	panic("indirect")
}

func main() {
	nestedRecovered()
	nestedEscaping()
	sequential()
	deferredRecoverOnReturn()
	deferredRecoverByPanic()
	indirect()
	fmt.Println("done")
}
