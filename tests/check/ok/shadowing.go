package main

import (
	"fmt"
	"strings"
)

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 3; x > 2 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	switch x := 1.5; {
	case x > 1:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(x)

	// Shadowing predeclared identifiers.
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
		nil := 0
		fmt.Println(nil)
		type int string
		var v int = "int is now a string type"
		fmt.Println(v)
	}

	// Shadowing an imported package name in an inner scope.
	up := strings.ToUpper("ok")
	{
		strings := []string{up, "b"}
		fmt.Println(strings)
	}

	// := with at least one new variable reuses existing ones.
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("e")
	fmt.Println(a, b, err)
	if err := (error)(nil); err == nil {
		fmt.Println("inner err is nil")
	}
	fmt.Println(err)
}
