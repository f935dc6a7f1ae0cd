package main

import (
	"fmt"
	"strings"
)

type op struct {
	name string
	fn   func(a, b int) int
}

func main() {
	ops := []op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
		{"div", func(a, b int) int { return a / b }},
	}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(17, 5))
	}
	arr := [3]func(string) string{strings.ToUpper, strings.ToLower, strings.TrimSpace}
	for _, f := range arr {
		fmt.Printf("%q\n", f(" MiXeD "))
	}
	dispatch := map[string]func() string{}
	for _, name := range []string{"x", "y"} {
		dispatch[name] = func() string { return "handler " + name }
	}
	fmt.Println(dispatch["x"](), dispatch["y"]())
	var f func(int) int
	fmt.Println(f == nil)
	f = func(n int) int { return n * n }
	fmt.Println(f != nil, f(9))
}
