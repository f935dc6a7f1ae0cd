package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func idx(s string) int {
	trace = append(trace, s)
	return 0
}

func main() {
	// Function calls, method calls and communication operations in
	// expressions are evaluated in lexical left-to-right order.
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(trace)

	trace = nil
	arr := []int{0, 0}
	arr[idx("lhs")] = t("rhs", 5)
	fmt.Println(trace, arr)

	trace = nil
	fmt.Println(t("x", 1), t("y", 2), trace)

	trace = nil
	m := map[int]int{t("k1", 1): t("v1", 10), t("k2", 2): t("v2", 20)}
	fmt.Println(trace, len(m))

	trace = nil
	f := func(a, b, c int) int { return a + b + c }
	fmt.Println(f(t("p1", 1), t("p2", 2), t("p3", 3)), trace)

	x := 1
	x, y := x+1, x+2
	fmt.Println(x, y)
}
