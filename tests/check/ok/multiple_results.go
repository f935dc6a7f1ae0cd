package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(a, b string) (string, string) { return b, a }

func pair() (int, string) { return 1, "one" }

func takesTwo(q, r int) int { return q*10 + r }

func forward() (int, int) { return divmod(17, 5) }

func variadicSink(xs ...int) int { return len(xs) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(takesTwo(divmod(23, 10)))
	fmt.Println(forward())
	fmt.Println(variadicSink(divmod(1, 1)))
	n, s := pair()
	fmt.Println(n, s)
	_, s2 := pair()
	fmt.Println(s2)
	v, err := strconv.Atoi("12x")
	fmt.Println(v, err != nil)
	var x, y int
	x, y = divmod(9, 2)
	fmt.Println(x, y)
	x, y = y, x
	fmt.Println(x, y)
	m := map[string]int{"k": 3}
	val, ok := m["k"]
	fmt.Println(val, ok)
	fmt.Println(pair())
}
