package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	add := func(n int) func(int) int {
		return func(x int) int { return x + n }
	}
	double := func(x int) int { return x * 2 }
	fmt.Println(compose(add(1), double)(5), compose(double, add(1))(5))
	fmt.Println(apply([]int{1, 2, 3}, add(10)))

	// Closures capture variables, not values.
	x := 1
	get := func() int { return x }
	x = 2
	fmt.Println(get())

	// Per-iteration copies.
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Recursive closure via a declared variable.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	// Immediately invoked.
	res := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(res)
}
