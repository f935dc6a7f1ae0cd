// Chains of string + are evaluated left to right and concatenated by one
// runtime call per four operands: side effects in order, named string types,
// empty operands, constants folded first.
package main

import (
	"fmt"
	"strconv"
)

type S string

func side(tag string, log *[]string) string {
	*log = append(*log, tag)
	return tag
}

func main() {
	var log []string
	a, b := "a", "bb"
	fmt.Println(a + b + "c" + side("d", &log) + (b + a) + side("e", &log) + "" + strconv.Itoa(42) + a)
	fmt.Println(log)
	var s S = "x"
	t := s + "y" + S(a) + s
	fmt.Printf("%T %v\n", t, t)
	e := ""
	fmt.Println(e+e+e+e+e == "", len(e+a+e+e+e), e+e+b+e+e+e+e+e+e)
	x := a
	for i := 0; i < 3; i++ {
		x = x + "-" + strconv.Itoa(i) + "+" + x
	}
	fmt.Println(x, len(x))
	const c = "con" + "st"
	fmt.Println(c + a + c)
}
