// exit: 2
// A panic value's Error method that panics while the uncaught panic is
// being printed: Go's preprintpanics throws "panic while printing panic
// value" with the inner value (a string) or its type.
package main

import "fmt"

type Bad struct{}

func (Bad) Error() string { panic("inside Error") }

type Quiet struct{}

// A panic that String recovers itself does not count.
func (Quiet) String() string {
	defer func() { recover() }()
	panic("hidden")
}

func main() {
	fmt.Println(Quiet{})
	defer fmt.Println("deferred runs first")
	panic(Bad{})
}
