package main

import (
	"fmt"
	"strings"
)

func main() {
	var parts []string
	for i := 0; i < 5; i++ {
		parts = append(parts, fmt.Sprintf("%d^2=%d", i, i*i))
	}
	fmt.Println(strings.Join(parts, ", "))
	s := fmt.Sprint("a", 1, 2, "b", 3.5, "c", true)
	fmt.Println(s, len(s))
	ln := fmt.Sprintln("x", 1)
	fmt.Print(ln)
	fmt.Print(fmt.Sprintf("%s=%v;", "k", []int{1}), "\n")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len())
}
