// defer and go of calls whose results do not fit the return registers: the
// results are dropped, and nothing is written through a missing result
// area. A deferred function that recovers still sees the panic.
package main

import "fmt"

func big() [10]int {
	fmt.Println("big runs")
	return [10]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
}

type T struct{ a, b, c, d, e string }

func (t T) many() (int, int, int, int, string, string) {
	fmt.Println("many", t.a)
	return 1, 2, 3, 4, "x", "y"
}

func floats() (float64, float64, float64, int) {
	fmt.Println("floats")
	return 1, 2, 3, 4
}

var done = make(chan bool)

func bigSignal() [10]int {
	fmt.Println("bigSignal")
	done <- true
	return [10]int{1}
}

func floatsSignal() (float64, float64, float64, int) {
	fmt.Println("floatsSignal")
	done <- true
	return 1, 2, 3, 4
}

func rec() [5]int {
	if r := recover(); r != nil {
		fmt.Println("recovered", r)
	}
	return [5]int{1}
}

func panics() {
	defer rec()
	panic("x")
}

func f() {
	defer big()
	t := T{"a", "b", "c", "d", "e"}
	defer t.many()
	g := t.many
	defer g()
	var h func() [10]int = big
	defer h()
	defer floats()
	defer func() [8]string { fmt.Println("literal"); return [8]string{"z"} }()
	fmt.Println("f body")
}

func main() {
	f()
	panics()
	go func() [6]int { big(); done <- true; return [6]int{} }()
	<-done
	h := bigSignal
	go h()
	<-done
	go floatsSignal()
	<-done
	fmt.Println("done")
}
