package main

import "fmt"

type token struct{}

type Visitor interface{}

func describe(vals ...interface{}) {
	for _, v := range vals {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
}

func main() {
	seen := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a"} {
		seen[w] = struct{}{}
	}
	fmt.Println(len(seen))

	sem := make(chan token, 2)
	sem <- token{}
	fmt.Println(len(sem))

	var v Visitor = 5
	var e interface{} = v
	fmt.Println(e)

	describe(1, "s", 2.5, token{}, nil, []interface{}{1})
	var xs []interface{}
	xs = append(xs, 1, "two", 3.0)
	fmt.Println(len(xs))
	fmt.Println(xs...)
	var arr [0]int
	var t1, t2 token
	fmt.Println(len(arr), t1 == t2)
}
