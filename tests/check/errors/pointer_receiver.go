// errorcheck

package main

type Counter interface {
	Inc()
	Get() int
}

type C struct{ n int }

func (c *C) Inc()    { c.n++ }
func (c C) Get() int { return c.n }

func take(c Counter) {}

func newC() C { return C{} }

func main() {
	var c C
	var i Counter = c // ERROR "cannot use c \(variable of type C\) as type Counter in variable declaration:\n\tC does not implement Counter \(Inc method has pointer receiver\)"
	take(C{}) // ERROR "cannot use C\{\} \(value of type C\) as type Counter in argument to take:\n\tC does not implement Counter \(Inc method has pointer receiver\)"
	i = &c // ok
	newC().Inc() // ERROR "cannot call pointer method Inc on C"
	C{}.Inc() // ERROR "cannot call pointer method Inc on C"
	m := map[string]C{}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on C"
	f := C{}.Inc // ERROR "cannot call pointer method Inc on C"
	_ = f
	_ = i
}
