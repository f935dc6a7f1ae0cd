package main

import "fmt"

type T struct{ n int }

func (t T) Show()   { fmt.Println("value recv", t.n) }
func (t *T) ShowP() { fmt.Println("ptr recv", t.n) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	t := T{1}
	defer t.Show()
	defer t.ShowP()
	t.n = 5
	defer un(trace("a"))
	fn := func() { fmt.Println("fn 1") }
	defer fn()
	fn = func() { fmt.Println("fn 2") }
	s := []int{1, 2, 3}
	defer fmt.Println("slice", s)
	s[0] = 100
	fmt.Println("end of main")
}
