// Zero-size objects on the stack have addresses of their own, as in Go.
package main

import "fmt"

type E struct{}

func main() {
	a, b := new(E), new(E)
	fmt.Println(a == b)
	var x, y [0]int
	px, py := &x, &y
	fmt.Println(px == py, len(px), len(py))
	e1, e2 := &E{}, &E{}
	fmt.Println(e1 == e2, *e1 == *e2)
}
