// exit: 2
package main

type E struct{ code int }

func (e *E) Error() string { return "E error" }

func main() {
	var err error = &E{5}
	panic(err)
}
