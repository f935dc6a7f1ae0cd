package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s:%d:%v", prefix, len(vals), vals)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func isNil(xs ...int) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(sum(s[1:]...))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	fmt.Println(isNil(), isNil(s[:0]...), isNil(nil...))
	fmt.Println(info("a"), info("b", 1, "x", nil))
	is := []interface{}{1, 2}
	fmt.Println(info("c", is...))
	fmt.Println(info("d", is))
	f := func(xs ...string) int { return len(xs) }
	fmt.Println(f("a", "b"))
	fmt.Printf("%T\n", sum)
}
