// More of gc's order of evaluation (see evaluation_order.go): type switch
// guards, package variable initializers, conversions to []byte and []rune
// (evaluated ahead), map literals (built ahead, entry by entry), and a
// select case's channel expression, evaluated exactly once.
package main

import "fmt"

var x = 1

func f() int { x += 100; return 1 }

var y = x + f()

var s string

func fs() int { s = "ZZ"; return 0 }

var n int

func c(ch chan int) chan int { n++; fmt.Println("eval", n); return ch }

func g(a map[int]int, b int) { fmt.Println(a, b) }

func main() {
	fmt.Println(y)
	x = 1
	switch v := interface{}(x + f()).(type) {
	case int:
		fmt.Println("ts", v)
	}

	s = "ab"
	r := []rune(s)[0] + rune(fs())
	s = "ab"
	b := []byte(s)[1] + byte(fs())
	s = "ab"
	t := string([]byte(s)) + fmt.Sprint("!"[fs():])
	fmt.Println(string(r), string(b), t)

	x = 1
	m := map[int]int{1: x, 2: f()}
	x = 1
	ms := map[string]int{"a": x, "b": f(), "c": x}
	fmt.Println(m, ms)
	x = 1
	g(map[int]int{1: x}, f())

	a := make(chan int, 1)
	a <- 1
	select {
	case v := <-c(a):
		fmt.Println("got", v)
	}
	a <- 2
	select {
	case v, ok := <-c(a):
		fmt.Println("got", v, ok)
	default:
		fmt.Println("default")
	}
	fmt.Println(n)
}
