package main

import "fmt"

func gen(start, step int) func() int {
	cur := start - step
	return func() int {
		cur += step
		return cur
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	g := gen(10, 5)
	fmt.Println(g(), g(), g())
	h := gen(0, -1)
	fmt.Println(h(), h(), g())
	f := compose(adder(1), func(x int) int { return x * 3 }, adder(-2))
	fmt.Println(f(5), f(0))
	fns := map[string]func(float64) float64{
		"sq":  func(x float64) float64 { return x * x },
		"neg": func(x float64) float64 { return -x },
	}
	fmt.Println(fns["sq"](3), fns["neg"](2))
	var nilf func()
	fmt.Println(nilf == nil)
	func() {
		fmt.Println("iife")
	}()
	r := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(r)
}
