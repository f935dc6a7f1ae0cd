package main

import "fmt"

func build() (out []string, count int) {
	add := func(s string) {
		out = append(out, s)
		count++
	}
	add("a")
	add("b")
	defer add("deferred")
	return out, count
}

func accumulate() (total int) {
	for i := 1; i <= 3; i++ {
		defer func() { total += i }()
	}
	return 0
}

func main() {
	o, c := build()
	fmt.Println(o, c)
	fmt.Println(accumulate())
	x := 0
	fs := [3]func(){}
	for i := range fs {
		fs[i] = func() { x += i }
	}
	for _, f := range fs {
		f()
	}
	fmt.Println(x)
}
