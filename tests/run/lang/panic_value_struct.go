// exit: 2
package main

import "fmt"

type T struct {
	A int
	B string
}

type ErrT struct {
	Op   string
	Code int
}

func (e ErrT) Error() string { return fmt.Sprintf("%s failed with %d", e.Op, e.Code) }

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v|%+v|%#v|%T\n", r, r, r, r)
		}()
		panic(T{1, "x"})
	}()
	panic(ErrT{"write", 5})
}
