package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func count(xs ...interface{}) int { return len(xs) }

func isNil(xs ...int) bool { return xs == nil }

type logger struct{ lines []string }

func (l *logger) logf(format string, args ...interface{}) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	fmt.Println(count(1, "a", nil), count(), count([]interface{}{1, 2}...))
	fmt.Println(isNil(), isNil(nums...), isNil([]int{}...))
	var l logger
	l.logf("%d-%s", 1, "x")
	l.logf("plain")
	fmt.Println(l.lines)
	s := append([]byte("hello "), "world"...)
	fmt.Println(string(s))
	a := append([]int{1}, nums...)
	fmt.Println(a)
	f := sum
	fmt.Println(f(nums[1:]...))
	fmt.Printf("%T\n", f)
}
