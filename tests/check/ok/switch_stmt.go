package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	return "other"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
	}
	return out
}

type Dir int

const (
	North Dir = iota
	South
)

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	fmt.Println(kind('e'), kind(' '), kind('z'))
	fmt.Println(fall(0), fall(1), fall(3), fall(9))
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
	}
	d := South
	switch d {
	case North:
		fmt.Println("north")
	case South:
		fmt.Println("south")
	}
	// Switch with a non-constant case expression.
	y, z := 3, 3
	switch y {
	case z:
		fmt.Println("y == z")
	}
	// Switch on strings and an interface value.
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang")
	}
	var v interface{} = 2
	switch v {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two as interface")
	case "2":
		fmt.Println("string")
	}
	// default not last.
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
	switch {
	}
}
