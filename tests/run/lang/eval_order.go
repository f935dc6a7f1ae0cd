package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func main() {
	x := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(x, trace)
	trace = nil
	s := []int{t("s0", 0), t("s1", 1), t("s2", 2)}
	fmt.Println(s, trace)
	trace = nil
	m := map[int]int{t("k", 1): t("v", 2)}
	fmt.Println(m, trace)
	trace = nil
	fmt.Println(t("arg1", 1), t("arg2", 2))
	fmt.Println(trace)
	trace = nil
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = t("i", 2), t("val", 9)
	fmt.Println(i, arr, trace)
	trace = nil
	y := t("l", 1) < t("r", 2) && t("and", 1) > 5 || t("or", 0) == 0
	fmt.Println(y, trace)
	a, b := pair()
	fmt.Println(a, b)
}
